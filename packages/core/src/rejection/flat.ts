/**
 * A letter's text made easy to search: lower case, straight apostrophes and quotes, each run of
 * spaces or single line breaks as one space, a blank line as `\n` — with, for every character,
 * its offset in the original, so what is found can be quoted exactly.
 */
export interface FlatText {
  text: string;
  /** The same characters in their original case, with every line break kept as `\n` (names stop there). */
  cased: string;
  /** `origin[i]` is the offset in the original text of `text[i]`; one extra entry for the end. */
  origin: number[];
}

/** Builds the searchable form of `original` in one pass. */
export function flatten(original: string): FlatText {
  const out: string[] = [];
  const cased: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < original.length) {
    const c = original[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\u00a0') {
      const start = i;
      let breaks = 0;
      while (i < original.length) {
        const d = original[i]!;
        if (d === '\n') breaks++;
        else if (d !== ' ' && d !== '\t' && d !== '\r' && d !== '\u00a0') break;
        i++;
      }
      if (out.length > 0 && i < original.length) {
        out.push(breaks >= 2 ? '\n' : ' ');
        cased.push(breaks >= 1 ? '\n' : ' ');
        origin.push(start);
      }
      continue;
    }
    const lower = c === '’' || c === '‘' ? "'" : c === '“' || c === '”' ? '"' : c.toLowerCase();
    out.push(lower.length === 1 ? lower : c);
    cased.push(c === '’' || c === '‘' ? "'" : c === '“' || c === '”' ? '"' : c);
    origin.push(i);
    i++;
  }
  origin.push(original.length);
  return { text: out.join(''), cased: cased.join(''), origin };
}

/** The original words behind `flat.text.slice(start, end)`. */
export function quote(
  original: string,
  flat: FlatText,
  start: number,
  end: number,
): { evidence: string; start: number; end: number } {
  const from = flat.origin[start]!;
  const to = end > start ? flat.origin[end - 1]! + 1 : from;
  return { evidence: original.slice(from, to), start: from, end: to };
}

/** Every offset where `phrase` occurs in `text`. */
export function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  let at = text.indexOf(phrase);
  while (at !== -1) {
    found.push(at);
    at = text.indexOf(phrase, at + phrase.length);
  }
  return found;
}

/** Whether the character at `i` is a letter or digit (so a phrase starts or ends on a word boundary). */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 0xbf;
}
