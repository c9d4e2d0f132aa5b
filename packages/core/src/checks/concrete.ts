import { analyze, type Token } from './analyze.js';
import { effortNouns, measuredBy, months, numberWords, resultVerbs, tenureWords, timeWords } from './vocabulary.js';

const SUFFIXES = new Set(['k', 'm', 'b', 'x', 'mm', 'bn', 'pp', 'pts']);

function phoneLike(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i] as Token;
  let digits = 0;
  for (let k = token.start; k < token.end; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) digits++;
  if (digits >= 7) return true;
  const near = (other: Token | undefined, gapFrom: number, gapTo: number) =>
    other !== undefined && other.digit && gapTo - gapFrom <= 3 && !/[a-z]/.test(other.lower);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return near(prev, prev?.end ?? 0, token.start) || near(next, token.end, next?.start ?? 0);
}

/**
 * Whether token `i` quantifies a result: a number that is not a time, a date, a year or a phone
 * number, a number word, or a result verb ("launched", "cut", "doubled"…).
 */
export function isResultToken(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i] as Token;
  const lower = token.lower;
  if (!token.digit) {
    if (resultVerbs.has(lower)) return true;
    if (!numberWords.has(lower)) return false;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next !== undefined && effortNouns.has(next.lower)) return false;
    return !(next !== undefined && tenureWords.has(next.lower) && !(prev !== undefined && measuredBy.has(prev.lower)));
  }
  // Letters after the digits must be a magnitude ("10k", "$2m", "3x"), not "15-minute" or "2pm".
  const letters = lower.replace(/[^a-z]+/g, ' ').trim();
  if (letters !== '' && !letters.split(' ').every((w) => SUFFIXES.has(w))) return false;
  const next = tokens[i + 1];
  if (next !== undefined && (timeWords.has(next.lower) || effortNouns.has(next.lower))) return false;
  const prev = tokens[i - 1];
  // "10 years of experience", "out of work for 8 months": time served proves nothing; "from 3
  // weeks to 4 days", "in 6 weeks" measure a result.
  if (next !== undefined && tenureWords.has(next.lower) && !(prev !== undefined && measuredBy.has(prev.lower))) {
    return false;
  }
  if (prev !== undefined && months.has(prev.lower)) return false;
  if (/^(?:19|20)\d\d$/.test(lower)) return false;
  return !phoneLike(tokens, i, text);
}

/** Index of the first result token in `tokens[from, to)` that `keep` accepts, or -1. */
export function findResult(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  keep: (t: Token) => boolean,
): number {
  for (let i = from; i < to; i++) if (keep(tokens[i] as Token) && isResultToken(tokens, i, text)) return i;
  return -1;
}

/**
 * Whether a short text names a concrete result — the same test `proof/missing` applies to a
 * whole message, so a proof point accepted by a schema also satisfies the check.
 */
export function isConcrete(text: string): boolean {
  const { tokens } = analyze(text);
  return findResult(tokens, 0, tokens.length, text, () => true) !== -1;
}
