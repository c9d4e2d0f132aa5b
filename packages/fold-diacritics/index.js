// Diacritics folded with the platform's Unicode data (NFD, then combining marks dropped), for
// wooorm's `syllable`, in place of normalize-strings' character table. See README.md.

/** Letters with a stroke or a ligature, which Unicode does not decompose, and their base letter. */
const FROM = 'ØøĐđĦħĿŀŁłŒœŦŧ';
const TO = 'OoDdHhLlLlOoTt';
const COMBINING = /\p{M}/gu;
const LETTER = /[đħŀłœøŧ]/gi;
const ASCII = /^[\0-\x7f]*$/;

/**
 * `value` with each accented Latin letter replaced by its base letter ("Søren Núñez" → "Soren
 * Nunez"), and any combining mark removed. Other characters are kept as they are.
 *
 * @param {string} value
 * @returns {string}
 */
export default function normalize(value) {
  if (ASCII.test(value)) return value;
  return value
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(LETTER, (c) => TO[FROM.indexOf(c)]);
}
