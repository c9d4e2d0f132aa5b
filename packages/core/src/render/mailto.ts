import type { Draft } from '../builders/draft.js';
import { InputError } from '../errors/input-error.js';

/** Longest `mailto:` link `mailtoUrl` makes by default: Outlook and older browsers cut URLs near 2,083 characters. */
export const MAILTO_MAX_LENGTH = 2000;

/** What `mailtoUrl` needs besides the draft. */
export interface MailtoOptions {
  /** Addresses to send to; defaults to the draft's recipients that have one. */
  to?: string[];
  cc?: string[];
  bcc?: string[];
  /** Longest link to make. @default 2000 */
  maxLength?: number;
}

// Every character outside RFC 3986 "unreserved" is percent-encoded, in every field.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function encodeAddress(address: unknown, path: (string | number)[]): string {
  if (typeof address !== 'string') {
    throw new InputError([
      {
        path,
        message: `Expected an email address like name@example.com, found ${address === null ? 'null' : typeof address}.`,
      },
    ]);
  }
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1 || /[\s\0,]/.test(address)) {
    throw new InputError([
      { path, message: `Expected an email address like name@example.com, found "${address.slice(0, 60)}".` },
    ]);
  }
  return `${encode(address.slice(0, at))}@${encode(address.slice(at + 1))}`;
}

/**
 * A `mailto:` link (RFC 6068) that opens the draft in the default mail app: recipients, subject
 * and plain-text body, every field percent-encoded, line breaks as `%0D%0A`.
 *
 * @throws {InputError} when an address is invalid or not a string, there is no recipient, or the link would be
 * longer than `maxLength` (most clients cut longer links: copy the text instead).
 * @example
 * window.location.href = mailtoUrl(managerPitch(input))
 */
export function mailtoUrl(draft: Pick<Draft, 'subject' | 'text' | 'to'>, options: MailtoOptions = {}): string {
  const requireList = (name: 'to' | 'cc' | 'bcc') => {
    const values: unknown = options[name];
    if (values !== undefined && !Array.isArray(values))
      throw new InputError([{ path: [name], message: `Expected \`${name}\` as a list of addresses.` }]);
  };
  requireList('to');
  requireList('cc');
  requireList('bcc');
  const recipients: unknown = draft.to;
  if (options.to === undefined && !Array.isArray(recipients))
    throw new InputError([{ path: ['to'], message: 'Expected the draft recipients as a list.' }]);
  if (typeof draft.text !== 'string')
    throw new InputError([{ path: ['text'], message: 'Expected the draft text as a string.' }]);
  if (draft.subject !== undefined && typeof draft.subject !== 'string')
    throw new InputError([{ path: ['subject'], message: 'Expected the subject as a string.' }]);
  const to = options.to ?? draft.to.flatMap((r) => (r?.email === undefined ? [] : [r.email]));
  const path = to.map((a, i) => encodeAddress(a, ['to', i])).join(',');
  const fields: string[] = [];
  const field = (name: 'cc' | 'bcc') => {
    const values = options[name];
    if (values !== undefined && values.length > 0)
      fields.push(`${name}=${values.map((a, i) => encodeAddress(a, [name, i])).join(',')}`);
  };
  field('cc');
  field('bcc');
  if (draft.subject !== undefined) fields.push(`subject=${encode(draft.subject)}`);
  fields.push(`body=${encode(draft.text.replace(/\r?\n/g, '\r\n'))}`);
  const url = `mailto:${path}?${fields.join('&')}`;
  const max = options.maxLength ?? MAILTO_MAX_LENGTH;
  if (url.length > max) {
    throw new InputError([
      {
        path: ['text'],
        message: `Expected a mailto: link of at most ${max} characters, found ${url.length}: most mail apps cut longer links. Copy the text into a new message instead.`,
      },
    ]);
  }
  return url;
}
