/**
 * `value` with each accented Latin letter replaced by its base letter ("Søren Núñez" → "Soren
 * Nunez"), and any combining mark removed. Other characters are kept as they are.
 */
export default function normalize(value: string): string;
