/** A PNG of the icon (a door ajar on the brand blue) at `size` × `size` pixels. */
export function icon(size: number): Buffer;
/** The app package's outline icon: 32 × 32, white on transparent. */
export function outline(): Buffer;
