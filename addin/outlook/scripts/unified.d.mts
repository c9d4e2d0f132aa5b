/** The unified manifest for the pane served at `address` (an https origin or a folder of one). */
export function unifiedManifest(address: string): string;
/** A zip archive (deflated entries) of `files`, a map of name to bytes. */
export function zip(files: Record<string, string | Buffer>): Buffer;
