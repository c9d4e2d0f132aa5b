/** The add-in folder. */
export declare const root: string;
/** The development origin. */
export declare const DEV_ORIGIN: string;
/** The manifest for an https origin. */
export declare function manifest(origin: string): string;
