import MailComposer from 'nodemailer/lib/mail-composer';
import { type Draft, InputError, type InputIssue, isEmailAddress } from '@sidedoor/core';

/** A mailbox: an address and, optionally, the name shown with it. */
export interface Address {
  email: string;
  name?: string;
}

/** Who a message is from and to, and how it threads. */
export interface MimeOptions {
  from: Address;
  /** Defaults to the draft's recipients (each must have an address). */
  to?: Address[];
  cc?: Address[];
  bcc?: Address[];
  /** Message-ID of the message this one replies to, e.g. `<abc@example.com>`. */
  inReplyTo?: string;
  /** Message-IDs of the thread; defaults to `inReplyTo`. */
  references?: string[];
  /** Message-ID of this message; generated when absent. */
  messageId?: string;
  /** Date header; now when absent. */
  date?: Date;
  /**
   * Adds `X-Unsent: 1`, so mail apps (Outlook, Apple Mail, Thunderbird) open the message as a
   * draft to send rather than as received mail. `writeEml` sets it. @default false
   */
  unsent?: boolean;
}

// CR, LF and NUL would end a header early; other C0 controls and line separators are never typed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

function checkAddress(address: unknown, path: (string | number)[], issues: InputIssue[]): void {
  if (typeof address !== 'object' || address === null) {
    issues.push({ path, message: 'Expected an address `{ email, name? }`.' });
    return;
  }
  const { email, name } = address as Address;
  if (!isEmailAddress(email)) {
    issues.push({
      path: [...path, 'email'],
      message: `Expected an email address like name@example.com, found ${JSON.stringify(email)}.`,
    });
  }
  if (name !== undefined && (typeof name !== 'string' || CONTROL.test(name) || name.length > 200)) {
    issues.push({
      path: [...path, 'name'],
      message: 'Expected a name on one line (no line breaks or control characters), at most 200 characters.',
    });
  }
}

/** The recipients and envelope of a draft, validated: every header value is checked for CR, LF and NUL. */
function envelope(draft: Draft, options: MimeOptions): Required<Pick<MimeOptions, 'to'>> & MimeOptions {
  const issues: InputIssue[] = [];
  if (draft.subject === undefined) {
    issues.push({
      path: ['draft', 'kind'],
      message: `Expected an email draft, found a ${draft.kind} (it has no subject line).`,
    });
  } else if (CONTROL.test(draft.subject)) {
    issues.push({
      path: ['draft', 'subject'],
      message: 'Expected a subject on one line, found a line break or a control character.',
    });
  }
  if (
    typeof draft.text !== 'string' ||
    typeof draft.html !== 'string' ||
    draft.text.includes('\0') ||
    draft.html.includes('\0')
  ) {
    issues.push({
      path: ['draft', 'text'],
      message: 'Expected the draft text and HTML as strings without NUL characters.',
    });
  }
  checkAddress(options.from, ['from'], issues);
  const to = options.to ?? draft.to.map((r) => ({ email: r.email ?? '', name: r.name }));
  if (to.length === 0) issues.push({ path: ['to'], message: 'Expected at least one recipient.' });
  to.forEach((a, i) => checkAddress(a, ['to', i], issues));
  options.cc?.forEach((a, i) => checkAddress(a, ['cc', i], issues));
  options.bcc?.forEach((a, i) => checkAddress(a, ['bcc', i], issues));
  const ids: [string, string | undefined][] = [
    ['inReplyTo', options.inReplyTo],
    ['messageId', options.messageId],
    ...(options.references ?? []).map((r, i) => [`references.${i}`, r] as [string, string]),
  ];
  for (const [key, id] of ids) {
    if (id !== undefined && !MESSAGE_ID.test(id)) {
      issues.push({
        path: key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        message: `Expected a Message-ID like <id@example.com>, found ${JSON.stringify(id)}.`,
      });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return { ...options, to };
}

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
const mailbox = (a: Address) => ({ name: a.name ?? '', address: a.email });

/**
 * Builds an RFC 5322 message from a draft with nodemailer's MailComposer: multipart/alternative
 * (plain text and HTML), RFC 2047-encoded subject and names, CRLF line endings. The bytes are a
 * valid `.eml` file and a valid Gmail `raw` message. Header injection is impossible: every
 * header value is validated and passed as a structured value.
 *
 * @throws {InputError} when the draft has no subject (call scripts, LinkedIn notes) or an address,
 * name, subject or Message-ID is invalid.
 * @example
 * const eml = await toMime(managerPitch(input), { from: { name: 'Alex Rivera', email: 'alex@example.com' } })
 */
export async function toMime(draft: Draft, options: MimeOptions): Promise<Buffer> {
  const e = envelope(draft, options);
  const references = e.references ?? (e.inReplyTo === undefined ? undefined : [e.inReplyTo]);
  const composer = new MailComposer({
    from: mailbox(e.from),
    to: e.to.map(mailbox),
    ...(e.cc === undefined ? {} : { cc: e.cc.map(mailbox) }),
    ...(e.bcc === undefined ? {} : { bcc: e.bcc.map(mailbox) }),
    subject: draft.subject,
    text: crlf(draft.text),
    html: crlf(draft.html),
    ...(e.inReplyTo === undefined ? {} : { inReplyTo: e.inReplyTo }),
    ...(references === undefined ? {} : { references }),
    ...(e.messageId === undefined ? {} : { messageId: e.messageId }),
    ...(e.date === undefined ? {} : { date: e.date }),
    textEncoding: 'quoted-printable',
    ...(e.unsent === true ? { headers: { 'X-Unsent': '1' } } : {}),
  });
  const message = composer.compile();
  // A draft keeps its Bcc line; a transport would strip it before sending.
  message.keepBcc = true;
  return message.build();
}
