import type * as z from 'zod/mini';
import { found } from '../errors/found.js';
import { InputError, type InputIssue } from '../errors/input-error.js';
import type { Kind } from '../kinds.js';
import { fields } from '../schemas/describe.js';
import { schemas, type ParsedOf } from '../schemas/index.js';

/**
 * The input with every missing group of required fields (`manager`, `sender`…) made an empty
 * object, so that each missing field is named as itself (`manager.name`), in the fields' words,
 * rather than as its group. The caller's object is not changed.
 */
function withGroups(kind: Kind, input: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const field of fields(kind)) {
    if (!field.required || field.path.length !== 2) continue;
    const group = field.path[0]!;
    if (input[group] !== undefined) continue;
    copy ??= { ...input };
    copy[group] = {};
  }
  return copy ?? input;
}

/** The value at `path` in `input` (zod/mini's issues do not carry it). */
function at(input: unknown, path: (string | number)[]): unknown {
  let value = input;
  for (const key of path)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** Validates `input` against the schema of `kind`, throwing an `InputError` that names every field. */
export function parse<K extends Kind>(kind: K, input: unknown): ParsedOf<K> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError([
      { path: [], message: `Expected the input of \`${kind}\` to be an object, found ${found(input)}.` },
    ]);
  }
  const schema = schemas[kind] as unknown as z.ZodMiniType<ParsedOf<K>>;
  const result = schema.safeParse(withGroups(kind, input as Record<string, unknown>));
  if (result.success) return result.data;
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // One message per field: the first is the most useful (e.g. "required" before "too short").
    const key = path.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    let message = issue.message;
    if (message === 'Invalid input') {
      message =
        issue.code === 'invalid_type'
          ? `Expected \`${key}\` to be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, found ${found(at(input, path))}.`
          : `Expected a valid value for \`${key}\`.`;
    }
    issues.push({ path, message });
  }
  throw new InputError(issues);
}
