import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { fields, InputError, inputFromFields, type Kind } from '@sidedoor/core';

/** One target of a batch: its input and where it came from (the line of the CSV, or the index + 1 in a JSON list). */
export interface Target {
  row: number;
  input: Record<string, unknown>;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const b = out[key];
    out[key] =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof b === 'object' &&
      b !== null &&
      !Array.isArray(b)
        ? merge(b as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/**
 * The line each CSV record starts on (1-based), the header included: a record spanning lines
 * (a quoted line break) is named by its first line, CRLF counts as one line break and empty
 * lines are skipped, as the parser skips them. One pass over the text.
 */
export function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      if (!quoted) atRecordStart = true;
      continue;
    }
    if (atRecordStart) {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === 34) quoted = !quoted;
  }
  return starts;
}

/** The first `__proto__` key in a parsed JSON value, as a path; such keys would change objects' prototypes when merged. */
function protoKey(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = protoKey(value[i], [...path, i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') return [...path, key];
    const found = protoKey(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function refuseProto(value: unknown, path: (string | number)[]): void {
  const found = protoKey(value, path);
  if (found !== undefined)
    throw new InputError([{ path: found, message: 'Expected a field name, found `__proto__`, which is not one.' }]);
}

/**
 * Reads batch targets from a CSV file (columns are field paths such as `manager.name`; `proof`
 * lists are separated by `|`) or a JSON array of inputs. `base` holds what every row shares (the
 * sender, the tone…); row values win over it.
 *
 * Row numbers are the CSV line a record starts on, or the 1-based index in a JSON list.
 *
 * @throws {InputError} naming the file, and the row and column, when the file cannot be read as
 * targets, or when a JSON target or `base` has a `__proto__` key.
 */
export async function readTargets(file: string, kind: Kind, base: Record<string, unknown> = {}): Promise<Target[]> {
  const text = await readFile(file, 'utf8');
  refuseProto(base, ['base']);
  if (/\.json$/i.test(file)) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (error) {
      throw new InputError([{ path: [file], message: `Expected JSON, found an error: ${(error as Error).message}` }]);
    }
    if (!Array.isArray(list)) throw new InputError([{ path: [file], message: 'Expected a JSON array of targets.' }]);
    list.forEach((item, i) => refuseProto(item, [file, i + 1]));
    return list.map((item, i) => ({
      row: i + 1,
      input: merge(base, (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>),
    }));
  }
  const byName = new Map(fields(kind).map((f) => [f.name, f]));
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    throw new InputError([
      { path: [file], message: `Expected CSV with a header row, found an error: ${(error as Error).message}` },
    ]);
  }
  const unknown = Object.keys(records[0]?.record ?? {}).filter((c) => !byName.has(c));
  if (unknown.length > 0) {
    throw new InputError([
      {
        path: [file, 1],
        message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `\`${c}\``).join(', ')}: columns are field paths such as manager.name, sender.email, proof.`,
      },
    ]);
  }
  // Cells are read by the schema's field types (lists split on `|`, numbers, yes/no); what cannot
  // be read is left for the schema to report with the row.
  const starts = recordStartLines(text);
  const exact = starts.length === records.length + 1;
  return records.map(({ record, info }, i) => ({
    row: exact ? starts[i + 1]! : info.lines,
    input: merge(base, inputFromFields(kind, record)),
  }));
}
