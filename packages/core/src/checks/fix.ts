import { found } from '../errors/found.js';
import { InputError } from '../errors/input-error.js';
import { excerptOf } from './excerpt.js';
import type { Finding } from './types.js';

/** A text with one finding's fix applied, and where the replacement now sits in it. */
export interface FixedText {
  text: string;
  /** Offset of the replacement in `text` (for a deletion, where the words were). */
  start: number;
  /** End offset (exclusive) of the replacement: `start` for a deletion. */
  end: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
/** Punctuation that hangs on the word before it. */
const CLOSING = new Set([',', '.', ';', ':', '!', '?', ')', '…']);

/** Whether `before` ends where a sentence starts: nothing, a line break, or ". ", "! ", "? ". */
function sentenceStart(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isSpace(before[i])) i--;
  if (i < 0 || isBreak(before[i])) return true;
  return (before[i] === '.' || before[i] === '!' || before[i] === '?') && i < before.length - 1;
}

/**
 * The text with `finding`'s replacement put in place of the words it concerns (`[start, end)`),
 * tidied as a person would after deleting words: no double space, no space before a comma or a
 * full stop, no comma left alone where a word was ("I was, basically, the lead" → "I was the
 * lead"), a sentence that lost its first word starting with a capital, and no run of empty lines
 * where a sentence was cut. The replacement itself is put in as it is.
 *
 * @throws {InputError} when `text` is not a string, the finding has no replacement or offsets,
 * or its words are not at its offsets in `text` (it was found in another version of the text:
 * check the text again).
 * @example
 * const [hedge] = check(text).findings.filter((f) => f.replacement !== undefined)
 * applyFix('I basically rebuilt checkout.', hedge).text // 'I rebuilt checkout.'
 */
export function applyFix(text: string, finding: Finding): FixedText {
  if (typeof text !== 'string') {
    throw new InputError([{ path: ['text'], message: `Expected \`text\` to be a string, found ${found(text)}.` }]);
  }
  const { start, end, replacement, excerpt } = finding ?? {};
  if (typeof replacement !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) {
    throw new InputError([
      {
        path: ['finding'],
        message: 'Expected a finding with a replacement and its offsets (`start`, `end`), as check() gives for a fix.',
      },
    ]);
  }
  const from = start as number;
  const to = end as number;
  if (from < 0 || to < from || to > text.length || (excerpt !== undefined && excerptOf(text, from, to) !== excerpt)) {
    throw new InputError([
      {
        path: ['finding'],
        message: 'Expected the text the finding was made from; this text has changed since, so check it again.',
      },
    ]);
  }
  if (replacement !== '') {
    return { text: text.slice(0, from) + replacement + text.slice(to), start: from, end: from + replacement.length };
  }
  return tidyDeletion(text.slice(0, from), text.slice(to), text.slice(from, to));
}

/** Length of the run at the end of `s` of characters `is` accepts. */
function tailRun(s: string, is: (c: string | undefined) => boolean): number {
  let i = s.length;
  while (i > 0 && is(s[i - 1])) i--;
  return s.length - i;
}

/** Length of the run at the start of `s` of characters `is` accepts. */
function headRun(s: string, is: (c: string | undefined) => boolean): number {
  let i = 0;
  while (i < s.length && is(s[i])) i++;
  return i;
}

/** Line breaks (`\n` or `\r\n`) in a run of them. */
const breaks = (run: string) => run.split('\n').length - 1;

/** Joins what was before and after deleted `words`, tidying the seam. */
function tidyDeletion(before: string, after: string, words: string): FixedText {
  const capital = /^\p{Lu}/u.test(words);
  const atStart = sentenceStart(before);
  const afterSpace = headRun(after, isSpace);
  // A cut sentence alone on its line leaves no empty line behind.
  if ((before === '' || isBreak(before.at(-1))) && (after.length === afterSpace || isBreak(after[afterSpace]))) {
    const head = before.slice(0, before.length - tailRun(before, isBreak));
    const rest = after.slice(afterSpace);
    const tail = rest.slice(headRun(rest, isBreak));
    if (head === '' || tail.trim() === '') return { text: head + tail, start: head.length, end: head.length };
    // Keep the wider of the two gaps (a paragraph break stays one).
    const gap =
      breaks(before.slice(head.length)) >= breaks(rest.slice(0, rest.length - tail.length))
        ? before.slice(head.length)
        : rest.slice(0, rest.length - tail.length);
    return { text: head + gap + tail, start: head.length + gap.length, end: head.length + gap.length };
  }
  let left = before;
  let right = after;
  // "was, basically, the": both commas go with the word.
  const leftComma = left.length - tailRun(left, isSpace) - 1;
  if (left[leftComma] === ',' && right[afterSpace] === ',') {
    left = `${left.slice(0, leftComma)} `;
    right = right.slice(afterSpace + 1);
  } else if (atStart && right[afterSpace] === ',') {
    // "Basically, I rebuilt": the comma that followed the first word goes too.
    right = right.slice(afterSpace + 1);
  }
  const leftSpace = tailRun(left, isSpace);
  const rightSpace = headRun(right, isSpace);
  const next = right[rightSpace];
  if (next === undefined || CLOSING.has(next) || isBreak(next)) {
    // No space before punctuation, a line break or the end of the text; "it, basically." loses
    // its comma too.
    left = left.slice(0, left.length - leftSpace);
    if (next !== undefined && next !== ',' && CLOSING.has(next) && left.endsWith(',')) left = left.slice(0, -1);
    right = right.slice(rightSpace);
  } else if (atStart || leftSpace > 0) {
    // One space between words (the first of those before them; none at the start of a line).
    right = right.slice(rightSpace);
    if (leftSpace > 1) left = left.slice(0, left.length - leftSpace + 1);
    else if (leftSpace === 0 && !atStart) left += ' ';
  } else if (rightSpace === 0) left += ' ';
  else right = right.slice(rightSpace - 1);
  if (atStart && capital) right = right.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { text: left + right, start: left.length, end: left.length };
}
