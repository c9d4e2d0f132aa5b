/**
 * JSON Schemas for Google's card and add-on deployment messages, generated when the tests run
 * from the `.proto` files of the `google-proto-files` package (googleapis/googleapis, Apache-2.0).
 * Nothing is read from outside the repository and its dependencies.
 *
 * A message becomes a draft-07 schema of its proto3 JSON form (https://protobuf.dev/programming-guides/json/):
 * lowerCamelCase member names (the proto's snake_case name accepted too), enums by name, 64-bit
 * integers as a string or a number, repeated fields as arrays, maps as objects, the well-known
 * wrapper types as the value they wrap. Unknown members are refused, as Google's parser does; two
 * members of one `oneof` at once are refused; `(google.api.field_behavior) = REQUIRED` members are
 * required.
 */
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';

type Schema = Record<string, unknown>;

/** Where google-proto-files keeps its `google/…` tree. */
const protoRoot = dirname(require.resolve('google-proto-files/package.json'));

/** The proto files this project validates against, relative to {@link protoRoot}. */
export const protoFiles = ['google/apps/card/v1/card.proto', 'google/cloud/gsuiteaddons/v1/gsuiteaddons.proto'];

const scalars: Record<string, Schema> = {
  double: { type: 'number' },
  float: { type: 'number' },
  int32: { type: 'integer' },
  sint32: { type: 'integer' },
  sfixed32: { type: 'integer' },
  uint32: { type: 'integer', minimum: 0 },
  fixed32: { type: 'integer', minimum: 0 },
  bool: { type: 'boolean' },
  string: { type: 'string' },
  bytes: { type: 'string' },
};
for (const wide of ['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64'])
  scalars[wide] = { type: ['string', 'integer'], pattern: '^-?[0-9]+$' };

/** The well-known types that proto3 JSON writes as something other than an object of fields. */
const wellKnown: Record<string, Schema> = {
  'google.protobuf.BoolValue': scalars.bool!,
  'google.protobuf.StringValue': scalars.string!,
  'google.protobuf.BytesValue': scalars.bytes!,
  'google.protobuf.Int32Value': scalars.int32!,
  'google.protobuf.UInt32Value': scalars.uint32!,
  'google.protobuf.Int64Value': scalars.int64!,
  'google.protobuf.UInt64Value': scalars.uint64!,
  'google.protobuf.FloatValue': scalars.float!,
  'google.protobuf.DoubleValue': scalars.double!,
  'google.protobuf.Struct': { type: 'object' },
  'google.protobuf.Value': {},
  'google.protobuf.ListValue': { type: 'array' },
  'google.protobuf.Duration': { type: 'string', pattern: '^-?[0-9]+(?:\\.[0-9]{1,9})?s$' },
  'google.protobuf.Timestamp': { type: 'string' },
  'google.protobuf.FieldMask': { type: 'string' },
  'google.protobuf.Empty': { type: 'object', additionalProperties: false },
};

let loaded: protobuf.Root | undefined;

/** The parsed protos (with their imports), loaded once. */
function root(): protobuf.Root {
  if (loaded) return loaded;
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => join(protoRoot, target);
  r.loadSync(protoFiles, { keepCase: true });
  r.resolveAll();
  return (loaded = r);
}

/** lower_snake → lowerCamel, as proto3 JSON names a field. */
const jsonName = (name: string) => name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

const nameOf = (type: protobuf.ReflectionObject) => type.fullName.slice(1);

function required(field: protobuf.Field): boolean {
  const options = (field.parsedOptions ?? []) as Record<string, unknown>[];
  const behaviors = options.flatMap((option) => {
    const value = option['(google.api.field_behavior)'];
    return Array.isArray(value) ? (value as unknown[]) : [value];
  });
  return behaviors.includes('REQUIRED');
}

/**
 * The strict JSON Schema (draft-07) of one message and everything it references, each referenced
 * message or enum under `definitions` by its full name.
 */
export function protoSchema(message: string): Schema & { definitions: Record<string, Schema> } {
  const definitions: Record<string, Schema> = {};
  const pending: protobuf.ReflectionObject[] = [];
  const reference = (type: protobuf.ReflectionObject): Schema => {
    const wkt = wellKnown[nameOf(type)];
    if (wkt) return { ...wkt };
    if (!(nameOf(type) in definitions)) {
      definitions[nameOf(type)] = {};
      pending.push(type);
    }
    return { $ref: `#/definitions/${nameOf(type)}` };
  };
  const fieldSchema = (field: protobuf.Field): Schema => {
    const value = field.resolvedType ? reference(field.resolvedType) : { ...scalars[field.type] };
    if (field.map) return { type: 'object', additionalProperties: value };
    return field.repeated ? { type: 'array', items: value } : value;
  };
  const convert = (type: protobuf.ReflectionObject): Schema => {
    if (type instanceof protobuf.Enum) return { type: 'string', enum: Object.keys(type.values) };
    if (!(type instanceof protobuf.Type)) throw new Error(`${nameOf(type)} is not a message or an enum`);
    const properties: Record<string, Schema> = {};
    for (const field of type.fieldsArray) {
      properties[jsonName(field.name)] = fieldSchema(field);
      if (jsonName(field.name) !== field.name) properties[field.name] = fieldSchema(field);
    }
    const schema: Schema = { type: 'object', properties, additionalProperties: false };
    const needed = type.fieldsArray.filter(required).map((field) => jsonName(field.name));
    if (needed.length) schema.required = needed;
    // A oneof allows at most one member, under either of its names.
    const exclusive = type.oneofsArray
      .map((oneof) => oneof.fieldsArray.flatMap((f) => [...new Set([jsonName(f.name), f.name])]))
      .filter((names) => names.length > 1);
    if (exclusive.length)
      schema.allOf = exclusive.map((names) => ({
        not: {
          anyOf: names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ required: [a, b] }))),
        },
      }));
    return schema;
  };

  const top = root().lookup(message);
  if (!top) throw new Error(`${message} is in none of ${protoFiles.join(', ')}`);
  const entry = reference(top);
  for (let type = pending.shift(); type; type = pending.shift()) definitions[nameOf(type)] = convert(type);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:sidedoor:proto:${message}`,
    ...entry,
    definitions,
  };
}
