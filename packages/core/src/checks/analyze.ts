/**
 * One linear pass over a text that every check shares: lines, regions (greeting, body,
 * signature, quoted reply, forwardable blurb), word tokens, sentences and paragraphs.
 * No regular expression runs over the whole text, so time grows linearly with its size.
 */

/** Where a token sits. Only `body` and `blurbBody` count towards words, sentences and grade. */
export const enum Region {
  Body = 0,
  Greeting = 1,
  Signature = 2,
  BlurbBody = 3,
  BlurbGreeting = 4,
  BlurbSignature = 5,
}

/** A word or number, with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, with typographic apostrophes made straight. */
  lower: string;
  /** The token contains a digit. */
  digit: boolean;
  region: Region;
  /** Index of its sentence in `Analysis.sentences`, or -1 outside body regions. */
  sentence: number;
}

/** A sentence of a body region. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
  question: boolean;
  blurb: boolean;
}

/** A paragraph (or list item) of a body region. */
export interface Paragraph {
  start: number;
  end: number;
  words: number;
  sentences: number;
  blurb: boolean;
}

/** A span of text. */
export interface Span {
  start: number;
  end: number;
}

/** A greeting line, with the words after the greeting word (the name, usually). */
export interface Greeting extends Span {
  name: string;
}

/** Everything the rules need to know about a text. */
export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  greeting: Greeting | undefined;
  signature: Span | undefined;
  /** The forwardable blurb between separator lines, when the text has one. */
  blurb: (Span & { greeting: Greeting | undefined; signature: Span | undefined }) | undefined;
  /** Text from the first quoted-reply line on. */
  quoted: Span | undefined;
  /** URLs and email addresses, excluded from counts. */
  links: Span[];
  /** Where counted text ends: the start of a quoted reply, or the end of the text. */
  end: number;
}

/** A line with something on it; blank lines are not stored, only noted on the line after them. */
interface Line {
  start: number;
  end: number;
  /** First and last non-space character. */
  first: number;
  last: number;
  /** A blank line comes before this one (or it is the first line with text). */
  blankBefore: boolean;
}

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'morning', 'afternoon', 'evening', 'hiya']);
const SIGN_OFFS = new Set([
  'best',
  'best regards',
  'best wishes',
  'regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'warmly',
  'thanks',
  'thanks again',
  'thanks so much',
  'thanks very much',
  'thanks in advance',
  'many thanks',
  'thank you',
  'thank you again',
  'thank you so much',
  'with thanks',
  'with gratitude',
  'cheers',
  'sincerely',
  'yours sincerely',
  'sincerely yours',
  'yours truly',
  'all the best',
  'respectfully',
  'talk soon',
  'take care',
]);
const ABBREVIATIONS = new Set([
  'e.g.',
  'i.e.',
  'mr.',
  'ms.',
  'mrs.',
  'dr.',
  'vs.',
  'st.',
  'jr.',
  'sr.',
  'no.',
  'approx.',
  'a.m.',
  'p.m.',
]);
const SIGNATURE_WINDOW = 8;

const unicodeWord = /[\p{L}\p{N}\p{M}]/u;

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1;
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 1;
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 1;

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return unicodeWord.test(text[i] as string);
}

function isSpace(c: number): boolean {
  return c === 32 || (c <= 13 && c >= 9) || c === 160 || c === 0x2028 || c === 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The lines that have text on them. Blank lines are only marked on the next line
 * (`blankBefore`): a text of a million newlines allocates nothing per line.
 */
function splitLines(text: string, end: number): Line[] {
  const lines: Line[] = [];
  let blank = true;
  let start = 0;
  while (start <= end) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > end) nl = end;
    let stop = nl;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    let first = start;
    while (first < stop && isSpace(text.charCodeAt(first))) first++;
    let last = stop - 1;
    while (last >= first && isSpace(text.charCodeAt(last))) last--;
    if (first >= stop) blank = true;
    else {
      lines.push({ start, end: stop, first, last, blankBefore: blank });
      blank = false;
    }
    if (nl >= end) break;
    start = nl + 1;
  }
  return lines;
}

function lineText(text: string, line: Line): string {
  return text.slice(line.first, line.last + 1);
}

/** Short lines only: a long line cannot be a marker, a greeting or a sign-off. */
function shortLine(line: Line, max: number): boolean {
  return line.last - line.first < max;
}

function isQuoteHeader(text: string, line: Line, previousBlank: boolean): boolean {
  if (!shortLine(line, 300)) return false;
  // Only lines starting with "On", "-----", "From:" or "____" can be reply headers.
  const first = text.charCodeAt(line.first) | 0x20;
  if (first !== 111 && first !== 45 && first !== 102 && first !== 127) return false;
  const s = lineText(text, line);
  const lower = s.toLowerCase();
  if (lower.startsWith('on ') && lower.endsWith('wrote:')) return true;
  if (lower.includes('original message') && s.startsWith('-----')) return true;
  if (previousBlank && lower.startsWith('from:') && lower.includes('@')) return true;
  return s.length >= 10 && /^_+$/.test(s);
}

/** A line of three or more `-`, `=`, `_` or `*` at its start, with or without words after. */
function isSeparator(text: string, line: Line): boolean {
  if (!shortLine(line, 120)) return false;
  const c = text.charCodeAt(line.first);
  if (c !== 45 && c !== 61 && c !== 95 && c !== 42) return false;
  return text.charCodeAt(line.first + 1) === c && text.charCodeAt(line.first + 2) === c;
}

function normalizedWords(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(s, i, c) || c === 39 || c === 0x2019) {
      if (space && out.length > 0) out += ' ';
      out += c === 0x2019 ? "'" : (s[i] as string).toLowerCase();
      space = false;
    } else space = true;
  }
  return out;
}

function findGreeting(text: string, lines: Line[], from: number, to: number): Greeting | undefined {
  if (from >= to) return undefined;
  const line = lines[from] as Line;
  // The greeting ends at the first comma, colon, exclamation mark or dash within reach.
  const reach = Math.min(line.last + 1, line.first + 60);
  let stop = -1;
  for (let j = line.first; j < reach; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 58 || c === 33 || c === 0x2014) {
      stop = j + 1;
      break;
    }
  }
  const head = text.slice(line.first, stop === -1 ? line.last + 1 : stop);
  if (stop === -1 && line.last - line.first > 40) return undefined;
  const words = normalizedWords(head).split(' ');
  const firstWord = words[0] ?? '';
  const isGreeting =
    GREETING_WORDS.has(firstWord) ||
    (firstWord === 'good' && (words[1] === 'morning' || words[1] === 'afternoon' || words[1] === 'evening'));
  if (!isGreeting || words.length > 8) return undefined;
  const skip = firstWord === 'good' ? 2 : 1;
  const name = words.slice(skip).join(' ');
  return { start: line.first, end: stop === -1 ? line.last + 1 : stop, name };
}

function findSignature(text: string, lines: Line[], from: number, to: number): Span | undefined {
  if (to <= from) return undefined;
  const end = (lines[to - 1] as Line).last + 1;
  for (let i = to - 1; i >= from && i >= to - SIGNATURE_WINDOW; i--) {
    const line = lines[i] as Line;
    const raw = text.slice(line.start, line.end);
    if (raw === '-- ' || raw === '--') return { start: line.start, end };
    if (shortLine(line, 40) && SIGN_OFFS.has(normalizedWords(lineText(text, line)))) {
      return { start: line.first, end };
    }
  }
  return undefined;
}

function listMarker(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.first);
  const next = text.charCodeAt(line.first + 1);
  if ((c === 45 || c === 42 || c === 0x2022) && isSpace(next)) return true;
  if (isDigit(c)) {
    let j = line.first + 1;
    while (j < line.last && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    return (d === 46 || d === 41) && isSpace(text.charCodeAt(j + 1));
  }
  return false;
}

class Scanner {
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly links: Span[] = [];
  private sentenceFrom = -1;
  private paraStart = -1;
  private paraWords = 0;
  private paraSentences = 0;
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  /** Scans `[from, to)` of one line as `region`: chunks between spaces, words within chunks. */
  scan(from: number, to: number, region: Region): void {
    const text = this.text;
    const tokens = this.tokens;
    const counted = region === Region.Body || region === Region.BlurbBody;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      // One chunk: [chunkStart, chunkEnd).
      const chunkStart = i;
      let chunkEnd = i;
      let at = false;
      while (chunkEnd < to) {
        const d = text.charCodeAt(chunkEnd);
        if (isSpace(d)) break;
        if (d === 64) at = true;
        chunkEnd++;
      }
      const first = c | 0x20;
      if ((at || first === 104 || first === 119 || c === 60) && isLink(text, chunkStart, chunkEnd)) {
        this.links.push({ start: chunkStart, end: chunkEnd });
        i = chunkEnd;
        // "…a call at sam@acme.example?" still ends its sentence, as a question.
        if (counted && this.sentenceFrom !== -1) this.endOfChunk(chunkStart, chunkEnd);
        continue;
      }
      let any = false;
      while (i < chunkEnd) {
        c = text.charCodeAt(i);
        while (i < chunkEnd && !isWordCode(text, i, c)) c = text.charCodeAt(++i);
        if (i >= chunkEnd) break;
        const start = i;
        let digit = false;
        // Lower-casing allocates: do it only for tokens with a capital, a non-ASCII letter or a ’.
        let plain = true;
        while (i < chunkEnd) {
          c = text.charCodeAt(i);
          if (c >= 97 && c <= 122) {
            i++;
            continue;
          }
          if (isWordCode(text, i, c)) {
            if (c >= 48 && c <= 57) digit = true;
            else plain = false;
            i++;
            continue;
          }
          const next = i + 1 < chunkEnd ? text.charCodeAt(i + 1) : 0;
          const joins =
            c === 39 || c === 0x2019 || c === 45
              ? i + 1 < chunkEnd && isWordCode(text, i + 1, next)
              : (c === 46 || c === 44) && digit && next >= 48 && next <= 57;
          if (!joins) break;
          if (c === 0x2019) plain = false;
          i++;
        }
        let end = i;
        if (digit && end < chunkEnd && text.charCodeAt(end) === 37) end++;
        let lower = text.slice(start, end);
        if (!plain) {
          lower = lower.toLowerCase();
          if (lower.includes('\u2019')) lower = lower.replaceAll('\u2019', "'");
        }
        if (counted) {
          if (this.sentenceFrom === -1) this.sentenceFrom = tokens.length;
          if (this.paraStart === -1) this.paraStart = start;
          this.paraWords++;
        }
        tokens.push({ start, end, lower, digit, region, sentence: counted ? this.sentences.length : -1 });
        this.lastEnd = end;
        any = true;
        i = end;
      }
      i = chunkEnd;
      // A chunk of punctuation alone ("in *?") can end the open sentence too, or make the
      // sentence that just ended a question ("…at a(–. ;?").
      if (counted && (any || this.sentenceFrom !== -1)) this.endOfChunk(chunkStart, chunkEnd);
      else if (counted) this.questionAfter(chunkStart, chunkEnd);
    }
  }

  /** Ends the sentence when the chunk ends with `.`, `!`, `?` or `…` (closing quotes and brackets aside). */
  private endOfChunk(from: number, to: number): void {
    const text = this.text;
    let k = to - 1;
    while (k > from) {
      const c = text.charCodeAt(k);
      if (c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 42 || c === 95) k--;
      else break;
    }
    // One backward pass over the closing run of `.`, `!`, `?` and `…`; whether a full stop ends
    // the sentence depends only on the chunk and what follows it, so it is decided once, after the
    // run: the work is bounded by the chunk's length, whatever the number of dots.
    let question = false;
    let stop = false;
    let dot = false;
    for (let m = k; m >= from; m--) {
      const c = text.charCodeAt(m);
      if (c === 63) question = stop = true;
      else if (c === 33 || c === 0x2026) stop = true;
      else if (c === 46) dot = true;
      else break;
    }
    if (
      dot &&
      !stop &&
      !(k - from < 7 && ABBREVIATIONS.has(text.slice(from, k + 1).toLowerCase())) &&
      !(k - from === 1 && this.upperInitial(from)) &&
      !this.lowercaseFollows(to)
    )
      stop = true;
    if (stop) this.endSentence(to, question);
  }

  /** A `?` in a chunk of punctuation after a sentence ended makes that sentence a question. */
  private questionAfter(from: number, to: number): void {
    const last = this.sentences[this.sentences.length - 1];
    if (last === undefined || last.to !== this.tokens.length) return;
    for (let i = from; i < to; i++) {
      if (this.text.charCodeAt(i) === 63) {
        last.question = true;
        return;
      }
    }
  }

  /** A full stop followed by a lower-case word ("U.S. market", "approx. three") ends no sentence. */
  private lowercaseFollows(at: number): boolean {
    let i = at;
    while (i < this.text.length && (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9)) i++;
    const c = this.text.charCodeAt(i);
    return c >= 97 && c <= 122;
  }

  private upperInitial(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return c >= 65 && c <= 90;
  }

  endSentence(end: number, question = false): void {
    if (this.sentenceFrom === -1) return;
    const first = this.tokens[this.sentenceFrom] as Token;
    this.sentences.push({
      start: first.start,
      end: Math.max(end, this.lastEnd),
      from: this.sentenceFrom,
      to: this.tokens.length,
      question,
      blurb: first.region === Region.BlurbBody,
    });
    this.sentenceFrom = -1;
    this.paraSentences++;
  }

  endParagraph(blurb: boolean): void {
    this.endSentence(this.lastEnd);
    if (this.paraStart !== -1 && this.paraWords > 0) {
      this.paragraphs.push({
        start: this.paraStart,
        end: this.lastEnd,
        words: this.paraWords,
        sentences: this.paraSentences,
        blurb,
      });
    }
    this.paraStart = -1;
    this.paraWords = 0;
    this.paraSentences = 0;
  }
}

function isLink(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from) | 0x20;
  if (c === 104 && to - from > 7) {
    // http:// or https://
    const lower = text.slice(from, from + 8).toLowerCase();
    if (lower.startsWith('http://') || lower === 'https://') return true;
  } else if (c === 119 && to - from > 4) {
    if (text.slice(from, from + 4).toLowerCase() === 'www.') return true;
  } else if (text.charCodeAt(from) === 60 && to - from > 5 && text.slice(from, from + 5).toLowerCase() === '<http')
    return true;
  // An email address: `@` inside the chunk, then a dot before its end. Searched within the chunk
  // only, so a long text without `@` stays linear.
  let at = -1;
  for (let i = from + 1; i < to - 3; i++) {
    if (text.charCodeAt(i) === 64) {
      at = i;
      break;
    }
  }
  if (at === -1) return false;
  for (let i = at + 2; i < to - 1; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/**
 * Analyzes a text once for all rules.
 */
export function analyze(text: string): Analysis {
  const lines = splitLines(text, text.length);
  // Quoted reply: from a reply header on, and every `>` line.
  let quotedLine = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const previousBlank = i === 0 || line.blankBefore;
    if (isQuoteHeader(text, line, previousBlank)) {
      quotedLine = i;
      break;
    }
  }
  const end = quotedLine < lines.length ? (lines[quotedLine] as Line).start : text.length;
  // Forwardable blurb: from a separator line that mentions forwarding to the next separator.
  let blurbFrom = -1;
  let blurbTo = -1;
  for (let i = 0; i < quotedLine; i++) {
    const line = lines[i] as Line;
    if (isSeparator(text, line) && lineText(text, line).toLowerCase().includes('forward')) {
      blurbFrom = i;
      blurbTo = quotedLine;
      for (let j = i + 1; j < quotedLine; j++) {
        if (isSeparator(text, lines[j] as Line)) {
          blurbTo = j;
          break;
        }
      }
      break;
    }
  }
  const mainTo = blurbFrom === -1 ? quotedLine : blurbFrom;
  const greeting = findGreeting(text, lines, 0, mainTo);
  const signature = findSignature(text, lines, 0, mainTo);
  let blurb: Analysis['blurb'];
  if (blurbFrom !== -1) {
    const bg = findGreeting(text, lines, blurbFrom + 1, blurbTo);
    const bs = findSignature(text, lines, blurbFrom + 1, blurbTo);
    const last = lines[Math.max(blurbFrom, blurbTo - 1)] as Line;
    blurb = {
      start: (lines[blurbFrom] as Line).start,
      end: last.end,
      greeting: bg,
      signature: bs,
    };
  }

  const scanner = new Scanner(text);
  const scanPart = (from: number, to: number, inBlurb: boolean, g: Greeting | undefined, s: Span | undefined): void => {
    const body = inBlurb ? Region.BlurbBody : Region.Body;
    let listItem = false;
    for (let i = from; i < to; i++) {
      const line = lines[i] as Line;
      if (line.blankBefore) {
        scanner.endParagraph(inBlurb);
        listItem = false;
      }
      if (text.charCodeAt(line.first) === 62) continue; // `>` quoted line
      const marker = listMarker(text, line);
      if (marker || listItem) scanner.endParagraph(inBlurb);
      listItem = marker;
      if (s !== undefined && line.first >= s.start) {
        scanner.endParagraph(inBlurb);
        scanner.scan(line.first, line.end, inBlurb ? Region.BlurbSignature : Region.Signature);
        continue;
      }
      if (g !== undefined && line.first === g.start) {
        scanner.scan(g.start, g.end, inBlurb ? Region.BlurbGreeting : Region.Greeting);
        scanner.scan(g.end, line.end, body);
        continue;
      }
      scanner.scan(line.first, line.end, body);
    }
    scanner.endParagraph(inBlurb);
  };
  scanPart(0, mainTo, false, greeting, signature);
  if (blurbFrom !== -1) {
    scanPart(blurbFrom + 1, blurbTo, true, blurb?.greeting, blurb?.signature);
    scanPart(Math.min(blurbTo + 1, quotedLine), quotedLine, false, undefined, undefined);
  }
  return {
    text,
    tokens: scanner.tokens,
    sentences: scanner.sentences,
    paragraphs: scanner.paragraphs,
    greeting,
    signature,
    blurb,
    quoted: end < text.length ? { start: end, end: text.length } : undefined,
    links: scanner.links,
    end,
  };
}
