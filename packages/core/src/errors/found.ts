/**
 * What a message says it found, in the words of the person who typed the value: `nothing` for
 * undefined or null, `text`, `a number`, `true`, `a list`, `an object`.
 */
export function found(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
