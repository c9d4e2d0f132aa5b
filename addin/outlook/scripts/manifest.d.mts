/** The add-in folder. */
export declare const root: string;
/** The development origin. */
export declare const DEV_ORIGIN: string;
/** Where the pane is served: an https origin or a folder of one; throws a one-line Error otherwise. */
export declare function siteOf(address: string, name?: string): { base: string; origin: string };
/** The manifest for the pane served at an https address. */
export declare function manifest(address: string): string;
