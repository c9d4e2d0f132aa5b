import type * as z from 'zod/mini';
import { InputError, type InputIssue } from '../errors/input-error.js';
import type { Kind } from '../kinds.js';
import { schemas, type ParsedOf } from '../schemas/index.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

/** Validates `input` against the schema of `kind`, throwing an `InputError` that names every field. */
export function parse<K extends Kind>(kind: K, input: unknown): ParsedOf<K> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError([
      { path: [], message: `Expected the input of \`${kind}\` to be an object, found ${describe(input)}.` },
    ]);
  }
  const schema = schemas[kind] as unknown as z.ZodMiniType<ParsedOf<K>>;
  const result = schema.safeParse(input);
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
          ? `Expected \`${key}\` to be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, found ${describe((issue as { input?: unknown }).input)}.`
          : `Expected a valid value for \`${key}\`.`;
    }
    issues.push({ path, message });
  }
  throw new InputError(issues);
}
