/**
 * `pluralize(word, 1)` as `syllable` uses it: the singular pluralize 8 gives `word` when that
 * singular is in syllable's list of words its rules count wrong, else `word` itself.
 */
export default function pluralize(word: string, count: 1): string;
