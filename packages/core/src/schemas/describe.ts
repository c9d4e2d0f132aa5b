import type * as z from 'zod/mini';
import { InputError } from '../errors/input-error.js';
import { isKind, kinds, type Kind } from '../kinds.js';
import { fieldMeta } from './fields.js';
import { schemas } from './index.js';

/** One input of a generated form. */
export interface FieldDescriptor {
  /** Path of the value in the input, e.g. `['manager', 'name']`. */
  path: string[];
  /** The path joined with dots, e.g. `manager.name`: a stable form-field name. */
  name: string;
  label: string;
  help: string;
  example?: string;
  /** What input to show. A `list` holds up to `maxItems` text values. */
  type: 'text' | 'textarea' | 'email' | 'tel' | 'url' | 'list' | 'choice' | 'number' | 'boolean';
  required: boolean;
  /** The choices of a `choice` field. */
  options?: string[];
  /** The value used when the field is left out. */
  default?: unknown;
  /** Most values of a `list` field. */
  maxItems?: number;
  /** Label of the group the field belongs to (e.g. "Hiring manager"). */
  group?: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function walk(
  schema: z.ZodMiniType,
  path: string[],
  required: boolean,
  group: string | undefined,
  out: FieldDescriptor[],
): void {
  let def = defOf(schema);
  let fallback: unknown;
  let meta = fieldMeta.get(schema);
  while (def.type === 'optional' || def.type === 'default') {
    if (def.type === 'optional') required = false;
    if (def.type === 'default') {
      fallback = def.defaultValue;
      required = false;
    }
    schema = def.innerType!;
    def = defOf(schema);
    meta ??= fieldMeta.get(schema);
  }
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {}))
      walk(child, [...path, key], required, meta?.label ?? group, out);
    return;
  }
  const field: FieldDescriptor = {
    path,
    name: path.join('.'),
    label: meta?.label ?? path.join('.'),
    help: meta?.help ?? '',
    type: 'text',
    required,
  };
  if (meta?.example !== undefined) field.example = meta.example;
  if (group !== undefined) field.group = group;
  if (fallback !== undefined) field.default = fallback;
  if (def.type === 'string') field.type = meta?.format ?? (meta?.multiline ? 'textarea' : 'text');
  else if (def.type === 'enum') {
    field.type = 'choice';
    field.options = Object.values(def.entries ?? {});
  } else if (def.type === 'number') field.type = 'number';
  else if (def.type === 'boolean') field.type = 'boolean';
  else if (def.type === 'array') {
    field.type = 'list';
    const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    if (max !== undefined) field.maxItems = max;
  }
  out.push(field);
}

/**
 * The fields of a kind's input, in order, with labels and help text from the schema: what the
 * Outlook pane, the Gmail card and the CLI prompts are generated from.
 *
 * The list is shared and frozen: copy it to change it.
 *
 * @throws {InputError} when `kind` is unknown.
 * @example
 * fields('managerPitch').map((f) => f.label) // ['Your name', 'Your email', …]
 */
export function fields(kind: Kind): FieldDescriptor[] {
  if (!isKind(kind)) {
    throw new InputError([
      { path: ['kind'], message: `Expected \`kind\` to be one of ${kinds.join(', ')}, found ${JSON.stringify(kind)}.` },
    ]);
  }
  // The schemas never change: walk each once (forms and batches ask on every request or row).
  let out = described.get(kind);
  if (out === undefined) {
    out = [];
    walk(schemas[kind], [], true, undefined, out);
    Object.freeze(out);
    described.set(kind, out);
  }
  return out;
}

const described = new Map<Kind, FieldDescriptor[]>();

/**
 * Turns flat form values, keyed by field name (`manager.name`, `proof`, `ask.minutes`), into the
 * input of a kind: nested objects, lists (`a|b` strings are split), numbers and yes/no read by the
 * field's type. Every group object exists, so a missing field is reported as itself
 * (`sender.name`) rather than as its group. Values that cannot be read are passed on as they are,
 * for the schema to name.
 *
 * @throws {InputError} when `kind` is unknown.
 * @example
 * safeBuild('managerPitch', inputFromFields('managerPitch', { 'manager.name': 'Sam Lee', proof: 'Cut costs 30%|Won the award' }))
 */
export function inputFromFields(kind: Kind, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields(kind)) {
    let node = input;
    for (const key of field.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    const raw = values[field.name];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    let value: unknown = raw;
    if (field.type === 'list') {
      const list: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split('|') : [raw];
      const items = list.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
      if (items.length === 0) continue;
      value = items;
    } else if (field.type === 'number' && typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw))
      value = Number(raw);
    else if (field.type === 'boolean' && typeof raw === 'string') {
      if (/^(?:true|yes|y|1|on)$/i.test(raw.trim())) value = true;
      else if (/^(?:false|no|n|0|off)$/i.test(raw.trim())) value = false;
    }
    node[field.path[field.path.length - 1]!] = value;
  }
  return input;
}
