/** The unified manifest for `origin` (checked like the XML manifest's origin). */
export function unifiedManifest(origin: string): string;
/** A zip archive (deflated entries) of `files`, a map of name to bytes. */
export function zip(files: Record<string, string | Buffer>): Buffer;
