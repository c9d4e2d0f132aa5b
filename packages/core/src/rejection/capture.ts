import type { FlatText } from './flat.js';

/** A stretch of the flat text: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st', 'mr', 'ms', 'mrs', 'dr', 'no']);
const STOPS = ' \n,;:!?"()[]<>|';
/** Abbreviations that start a name rather than end it ("St. Columba's", "Mt. Sinai"). */
const PREFIXES = new Set(['st', 'mt', 'ft']);

/** A word of the flat text from `at`: up to a space or punctuation; a final `.` is left out. */
export function wordAt(flat: FlatText, at: number): { start: number; end: number; endsSentence: boolean } | undefined {
  const text = flat.cased;
  let end = at;
  while (end < text.length && !STOPS.includes(text[end]!)) end++;
  if (end === at) return undefined;
  let last = end;
  while (last > at && text[last - 1] === '.') last--;
  if (last === at) return undefined;
  const bare = text.slice(at, last).toLowerCase();
  const endsSentence = last < end && !ABBREVIATIONS.has(bare) && last - at > 1;
  return { start: at, end: last, endsSentence };
}

/** Whether a word reads as part of a name: a capital in its first two letters, or a digit first. */
export function isNameWord(word: string): boolean {
  const a = word[0];
  const b = word[1];
  if (a === undefined) return false;
  if (a >= '0' && a <= '9') return true;
  const upper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
  return upper(a) || (b !== undefined && upper(b) && a === a.toLowerCase());
}

/**
 * Reads a name forward from `at`: words with capitals, joined by the connectors given
 * (`&`, `of`, `and`…), at most `max` words, stopping at punctuation, a lower-case word, the end of
 * a sentence or a word in `stopWords`.
 */
export function nameForward(
  flat: FlatText,
  at: number,
  connectors: ReadonlySet<string>,
  stopWords: ReadonlySet<string>,
  max = 6,
): Span | undefined {
  const words: Span[] = [];
  let i = at;
  let joined = 0;
  while (words.length + joined < max + 2) {
    const word = wordAt(flat, i);
    if (word === undefined) break;
    const text = flat.cased.slice(word.start, word.end);
    const lower = text.toLowerCase();
    if (stopWords.has(lower)) break;
    if (isNameWord(text)) words.push(word);
    else if (connectors.has(lower) && words.length > 0) joined++;
    else break;
    if (word.endsSentence || words.length >= max) break;
    // "St. Columba's Hospital": a name goes on past the dot of a word that only starts names.
    const prefix = PREFIXES.has(flat.cased.slice(word.start, word.end).toLowerCase());
    if (prefix && flat.cased[word.end] === '.' && flat.cased[word.end + 1] === ' ') {
      i = word.end + 2;
      continue;
    }
    // Only a single space continues a name, or a hard-wrapped line's break; punctuation ends it.
    if (flat.cased[word.end] === '\n' ? !isWrapped(flat, word.end) : flat.cased[word.end] !== ' ') break;
    if (word.end < flat.cased.length && flat.text[word.end] === '.') break;
    i = word.end + 1;
  }
  const last = words[words.length - 1];
  return last === undefined ? undefined : { start: at, end: last.end };
}

/** Words that open a new line's sentence rather than continue a name cut at the line break. */
const LINE_OPENERS = new Set([
  'we',
  'i',
  'you',
  'our',
  'your',
  'the',
  'this',
  'that',
  'unfortunately',
  'thank',
  'thanks',
  'please',
  'after',
  'as',
  'at',
  'it',
  'if',
  'best',
  'kind',
  'regards',
  'sincerely',
]);
/** A line this long that breaks without punctuation was wrapped by the sender's mail program. */
const WRAPPED_LINE = 50;

/**
 * Whether the line break at `at` (a single break, not a blank line) only wraps a long line, so a
 * name goes on past it ("…position at Aperture⏎Logistics."). The look-back is bounded.
 */
function isWrapped(flat: FlatText, at: number): boolean {
  if (flat.text[at] !== ' ') return false;
  const from = Math.max(0, at - WRAPPED_LINE);
  if (at - from < WRAPPED_LINE || flat.cased.slice(from, at).includes('\n')) return false;
  let end = at + 1;
  while (end < flat.cased.length && end - at < 40 && !STOPS.includes(flat.cased[end]!)) end++;
  let next = flat.cased.slice(at + 1, end);
  while (next.endsWith('.')) next = next.slice(0, -1);
  return next !== '' && !LINE_OPENERS.has(next.toLowerCase());
}

/** Reads capitalised words backward from just before `at`, at most `max`. */
export function nameBackward(flat: FlatText, at: number, connectors: ReadonlySet<string>, max = 4): Span | undefined {
  let end = at;
  while (end > 0 && flat.cased[end - 1] === ' ') end--;
  let start = end;
  let count = 0;
  let firstName = -1;
  while (start > 0 && count < max + 2) {
    let s = start;
    while (s > 0 && !STOPS.includes(flat.cased[s - 1]!)) s--;
    if (s === start) break;
    const word = flat.cased.slice(s, start).replace(/'s$/u, '');
    if (isNameWord(word) && word.toLowerCase() !== 'the') {
      firstName = s;
      count++;
    } else if (!(connectors.has(word.toLowerCase()) && count > 0)) break;
    if (s === 0 || flat.cased[s - 1] !== ' ') break;
    start = s - 1;
  }
  if (firstName === -1) return undefined;
  let finish = end;
  if (flat.cased.slice(finish - 2, finish) === "'s") finish -= 2;
  return { start: firstName, end: finish };
}
