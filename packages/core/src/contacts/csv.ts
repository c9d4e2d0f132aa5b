import Papa from 'papaparse';
import { InputError } from '../errors/input-error.js';

/** One data row of a CSV file, with the line it starts on (1-based, as an editor shows it). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV file's header row. */
export interface CsvHeader {
  /** Lower-cased, trimmed column names, in file order. */
  header: string[];
  headerLine: number;
}

/** How many lines before the header may be notes ("Notes:" and LinkedIn's explanation). */
const MAX_PREAMBLE_LINES = 40;

/**
 * Reads a CSV export with papaparse, after finding its header row by scanning the first lines
 * for one that `isHeader` accepts; `onHeader` gets the header and returns what to do with each
 * row, so rows are not all kept. Values stay text: nothing is evaluated, whatever it starts with.
 *
 * @throws {InputError} naming the file and line: no header found, an unterminated quote, or a row
 * with more values than the header has columns.
 */
export function readTable(
  text: string,
  file: string,
  isHeader: (cells: string[]) => boolean,
  expected: string,
  onHeader: (header: CsvHeader) => (row: CsvRow) => void,
): void {
  let offset = 0;
  let line = 1;
  let found: { header: string[]; line: number; end: number } | undefined;
  while (offset < text.length && line <= MAX_PREAMBLE_LINES) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const cells = parseLine(text.slice(offset, end));
    if (cells !== undefined && isHeader(cells)) {
      found = { header: cells.map((c) => c.trim().toLowerCase()), line, end: Math.min(end + 1, text.length) };
      break;
    }
    offset = end + 1;
    line++;
  }
  if (found === undefined) {
    throw new InputError([
      {
        path: [],
        message: `${file}: expected a header row like \`${expected}\` in the first ${MAX_PREAMBLE_LINES} lines, found none. Is this the right file from the LinkedIn export?`,
      },
    ]);
  }
  const { header } = found;
  const headerLine = found.line;
  const onRow = onHeader({ header, headerLine });
  const issues: string[] = [];
  let rowLine = found.line + 1;
  let counted = found.end;
  const body = text.slice(found.end);
  // Lines are counted once, from one row's start to the next, so the whole read stays linear.
  const bodyStart = found.end;
  const advance = (to: number) => {
    const limit = Math.min(bodyStart + to, text.length);
    for (let i = counted; i < limit; i++) if (text.charCodeAt(i) === 10) rowLine++;
    counted = limit;
  };
  Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    step(result) {
      const start = rowLine;
      const cells = result.data;
      for (const error of result.errors) {
        if (issues.length < 5) issues.push(`${file}: line ${start}: ${describe(error)}`);
      }
      advance(result.meta.cursor);
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (cells.length > header.length && hasValueAfter(cells, header.length)) {
        if (issues.length < 5)
          issues.push(
            `${file}: line ${start}: expected ${header.length} values as in the header on line ${headerLine}, found ${cells.length}. Is a value with a comma missing its quotes?`,
          );
        return;
      }
      if (issues.length === 0) onRow({ line: start, cells });
    },
  });
  if (issues.length > 0) throw new InputError(issues.map((message) => ({ path: [], message })));
}

function hasValueAfter(cells: string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
  return false;
}

function parseLine(line: string): string[] | undefined {
  const result = Papa.parse<string[]>(line, { delimiter: ',', newline: '\n' });
  return result.data[0];
}

function describe(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted value never ends: expected a closing `"`.';
  if (error.code === 'InvalidQuotes') return 'a quoted value has text after its closing `"`.';
  return `${error.message}.`;
}

/**
 * A cell as plain text for display: control characters (including terminal escapes and
 * bidirectional overrides) removed, line breaks and tabs turned into spaces, runs of spaces
 * collapsed, trimmed. A leading `=`, `+`, `-` or `@` is kept as the literal character it is.
 */
export function cleanCell(value: string | undefined): string {
  if (value === undefined) return '';
  if (isClean(value)) return value;
  let out = '';
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const blank = c === 9 || c === 10 || c === 13 || c === 32 || c === 0xa0;
    if (blank) {
      space = out.length > 0;
      continue;
    }
    if (c < 32 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) continue;
    if (space) out += ' ';
    space = false;
    out += value[i];
  }
  return out;
}

/** Whether a cell needs no cleaning: most do not, and copying them would cost time and memory. */
function isClean(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || (c >= 0x7f && c <= 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      return false;
    if (c === 32 && previous === 32) return false;
    previous = c;
  }
  return true;
}
