import { cleanCell, readTable } from './csv.js';
import { readExportDate } from './dates.js';
import { decodeExport, type ExportInput } from './decode.js';

/** One row of LinkedIn's `Connections.csv`, cleaned for display. */
export interface Connection {
  /** The line of the file the row starts on. */
  line: number;
  firstName: string;
  lastName: string;
  /** First and last name joined. */
  name: string;
  /** The profile URL, or `null` in older exports without the `URL` column. */
  url: string | null;
  /** The address, or `null` when the member does not share it (most do not). */
  email: string | null;
  /** The current employer as the member wrote it, e.g. `ACME Robotics | We're hiring!`. */
  company: string;
  position: string;
  /** `YYYY-MM-DD`, or `null` when the date is missing or unreadable. */
  connectedOn: string | null;
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/**
 * Parses LinkedIn's `Connections.csv` (bytes or text): skips the "Notes:" lines before the header,
 * accepts exports with or without the `URL` column and any column order, and keeps every value as
 * text (a cell starting with `=`, `+`, `-` or `@` is never evaluated).
 *
 * @throws {InputError} naming the file and line: a file of 50 MB or more, an encoding other than
 * UTF-8/UTF-16, no header, an unterminated quote, or a row with too many values.
 * @example
 * const people = parseConnections(await file.arrayBuffer().then((b) => new Uint8Array(b)))
 */
export function parseConnections(input: ExportInput, file = 'Connections.csv'): Connection[] {
  const text = decodeExport(input, file);
  const people: Connection[] = [];
  readTable(
    text,
    file,
    (cells) => {
      const names = cells.map((c) => c.trim().toLowerCase());
      return names.includes('first name') && names.includes('last name');
    },
    HEADER,
    ({ header }) => {
      const at = (name: string) => header.indexOf(name);
      const first = at('first name');
      const last = at('last name');
      const url = at('url');
      const email = at('email address');
      const company = at('company');
      const position = at('position');
      const connected = at('connected on');
      return (row) => {
        const cell = (index: number) => (index === -1 ? '' : cleanCell(row.cells[index]));
        const firstName = cell(first);
        const lastName = cell(last);
        if (firstName === '' && lastName === '') return;
        const link = cell(url);
        const address = cell(email);
        const date = cell(connected);
        people.push({
          line: row.line,
          firstName,
          lastName,
          name: `${firstName} ${lastName}`.trim(),
          url: link === '' ? null : link,
          email: address.includes('@') && !address.includes(' ') ? address : null,
          company: cell(company),
          position: cell(position),
          connectedOn: date === '' ? null : readExportDate(date),
        });
      };
    },
  );
  return people;
}

/**
 * The part of a LinkedIn profile URL that names the member, lower-cased (`linkedin.com/in/dana-kim`),
 * so the same profile matches however the exports wrote it (`https://www.`, a trailing slash, a query).
 */
export function profileKey(url: string): string {
  let text = url.trim().toLowerCase();
  const query = text.search(/[?#]/);
  if (query !== -1) text = text.slice(0, query);
  if (text.startsWith('https://')) text = text.slice(8);
  else if (text.startsWith('http://')) text = text.slice(7);
  if (text.startsWith('www.')) text = text.slice(4);
  while (text.endsWith('/')) text = text.slice(0, -1);
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
