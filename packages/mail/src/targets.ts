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
 * Reads batch targets from a CSV file (columns are field paths such as `manager.name`; `proof`
 * lists are separated by `|`) or a JSON array of inputs. `base` holds what every row shares (the
 * sender, the tone…); row values win over it.
 *
 * @throws {InputError} naming the file, and the row and column, when the file cannot be read as targets.
 */
export async function readTargets(file: string, kind: Kind, base: Record<string, unknown> = {}): Promise<Target[]> {
  const text = await readFile(file, 'utf8');
  if (/\.json$/i.test(file)) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (error) {
      throw new InputError([{ path: [file], message: `Expected JSON, found an error: ${(error as Error).message}` }]);
    }
    if (!Array.isArray(list)) throw new InputError([{ path: [file], message: 'Expected a JSON array of targets.' }]);
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
  return records.map(({ record, info }) => ({ row: info.lines, input: merge(base, inputFromFields(kind, record)) }));
}
