import type { IntroRequestInput } from '../schemas/index.js';
import { monthYear } from './dates.js';
import type { Candidate, ContactTarget } from './rank.js';

/** The part of an intro request the export can fill, and what the user must still confirm. */
export interface IntroPrefill {
  /** Fields of `introRequest`'s input: contact, manager, company, role, relationship and help. */
  input: Partial<IntroRequestInput>;
  /**
   * A suggestion for `connection` (how the contact knows the manager), from the export alone
   * ("work at Acme with Sam"). Left out of `input`: only the user knows whether it is true.
   */
  suggestedConnection?: string;
  /**
   * Fields the user still has to write or confirm before drafting. `relationship` is in it too:
   * the export only knows when you connected or last wrote, and "we worked together at Globex"
   * makes a better opening.
   */
  toConfirm: ('relationship' | 'connection' | 'proof' | 'sender')[];
}

/**
 * Prefills an intro request to a chosen candidate: the contact (with the email when known), the
 * manager, company and role of the target, the relationship from what the export says (when you
 * last wrote each other, or when you connected), and the `introduce` help. The connection is left
 * for the user to confirm, with a suggestion.
 *
 * @example
 * const { input, suggestedConnection } = introPrefill(rankContacts(people, target)[0], target)
 * introRequest({ ...me, ...input, connection: suggestedConnection, proof })
 */
export function introPrefill(candidate: Candidate, target: ContactTarget): IntroPrefill {
  const { connection, tie } = candidate;
  const manager = typeof target.manager === 'string' ? { name: target.manager } : target.manager;
  const input: Partial<IntroRequestInput> = {
    contact: connection.email === null ? { name: connection.name } : { name: connection.name, email: connection.email },
    company: target.company,
    relationship:
      tie !== null && tie.last !== null
        ? `last wrote to each other on LinkedIn in ${monthYear(tie.last)}`
        : connection.connectedOn !== null
          ? `connected on LinkedIn in ${monthYear(connection.connectedOn)}`
          : 'are connected on LinkedIn',
    help: 'introduce',
  };
  if (manager !== undefined) {
    input.manager = manager.title === undefined ? { name: manager.name } : { name: manager.name, title: manager.title };
  }
  if (target.role !== undefined) input.role = target.role;
  const first = manager?.name.trim().split(/\s+/)[0];
  const prefill: IntroPrefill = { input, toConfirm: ['relationship', 'connection', 'proof', 'sender'] };
  if (first !== undefined && first !== '') prefill.suggestedConnection = `work at ${target.company} with ${first}`;
  return prefill;
}

/**
 * The prefill as flat form values keyed by field name (`contact.name`, `relationship`…), the shape
 * the Outlook pane and the Gmail card keep their forms in; `connection` is left out for the user
 * to write. The inverse of `inputFromFields('introRequest', values)` for these fields.
 *
 * @example
 * prefillFields(introPrefill(candidate, target)) // { 'contact.name': 'Ana Souza', company: 'Acme', … }
 */
export function prefillFields(prefill: IntroPrefill): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') values[path] = value;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) walk(inner, path === '' ? key : `${path}.${key}`);
  };
  walk(prefill.input, '');
  return values;
}
