import { syllable } from 'syllable';

const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
/** Words longer than this are not English words; a vowel-group count is enough and stays linear. */
const LONG_WORD = 40;

function vowelGroups(word: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
}

/**
 * Syllables in one lower-cased word, with wooorm's `syllable` (whose accent folding is, in this
 * workspace, packages/fold-diacritics: see pnpm-workspace.yaml). Counts are memoised (the same
 * few thousand words make up most mail); numbers count one syllable per two digits.
 */
export function syllables(lower: string, digit: boolean): number {
  if (digit) {
    let digits = 0;
    for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57) digits++;
    return Math.min(4, Math.max(1, Math.ceil(digits / 2)));
  }
  if (lower.length > LONG_WORD) return vowelGroups(lower);
  let n = cache.get(lower);
  if (n === undefined) {
    n = Math.max(1, syllable(lower));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, n);
  }
  return n;
}
