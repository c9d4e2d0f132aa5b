/**
 * Field schemas shared by every kind. Each carries its label and help text in the `fieldMeta`
 * registry, so forms (the Outlook pane, the Gmail card, the CLI prompts) are generated from them.
 */
import * as z from 'zod/mini';
import { isConcrete } from '../checks/concrete.js';
import { fieldTrouble } from '../checks/field.js';
import { found } from '../errors/found.js';
import { helps, tones } from '../kinds.js';
import { GENERIC_HOOK_MESSAGE, isGenericHook } from './generic-hook.js';

/** Label and help text of a field, for generated forms. */
export interface FieldMeta {
  /** Short label, e.g. "Manager's name". */
  label: string;
  /** One sentence of help shown under the field. */
  help: string;
  /** An example value, shown as a placeholder. */
  example?: string;
  /** The value is a paragraph rather than a line. */
  multiline?: boolean;
  /** What kind of text it is, for input types and keyboards. */
  format?: 'email' | 'tel' | 'url';
}

/** Where each field's label and help text live. */
export const fieldMeta = z.registry<FieldMeta>();

// CR, LF and NUL end a mail header early or end the string; other C0 controls (TAB included:
// MIME refuses it in a display name) are never typed in a one-line value.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

const EMAIL =
  /^[^\s@"<>(),;:\\[\]]{1,64}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/i;

/**
 * Whether a value is a plain email address (`name@example.com`): no display name, no spaces,
 * no control characters, at most 254 characters.
 */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && !CONTROL.test(value) && EMAIL.test(value);
}

function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a value already has single spaces only, and none at its edges. */
function collapsed(s: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (
      c < 32 ||
      c === 160 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x3000 ||
      c === 0xfeff ||
      (c >= 0x2000 && c <= 0x200a)
    )
      return false;
    else previousSpace = false;
  }
  return !previousSpace || s.length === 0;
}

function collapse(s: string): string {
  return collapsed(s) ? s : s.replace(/\s+/g, ' ').trim();
}

/** What `fieldTrouble` says of a value, skipping very long ones (the length checks refuse them). */
function troubleOf(v: string): string | undefined {
  return v.length > 1000 ? undefined : fieldTrouble(v);
}

function required(label: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null
      ? `Expected ${label}, found nothing.`
      : `Expected ${label} as text, found ${found(issue.input)}.`;
}

interface TextOptions {
  max: number;
  maxWords?: number;
  /** One more test of the normalised value: the problem found, or `undefined`. */
  refuse?: (value: string) => string | undefined;
}

/**
 * A text field validated in one step (one issue at most: the first problem found), then
 * normalised. `problem` sees the raw value and the normalised one.
 */
function textField(
  label: string,
  normalize: (raw: string) => string,
  problem: (raw: string, value: string) => string | undefined,
) {
  return z.string({ error: required(label) }).check(
    z.superRefine((raw, ctx) => {
      const message = problem(raw, normalize(raw));
      if (message !== undefined) ctx.addIssue({ code: 'custom', message, input: raw });
    }),
    z.overwrite(normalize),
  );
}

function lengthProblem(label: string, value: string, max: number, maxWords?: number): string | undefined {
  if (value.length === 0) return `Expected ${label}, found an empty value.`;
  if (value.length > max) return `Expected ${label} of at most ${max} characters, found ${value.length}.`;
  if (maxWords !== undefined) {
    const n = words(value);
    if (n > maxWords) return `Expected ${label} of at most ${maxWords} words, found ${n}.`;
  }
  return undefined;
}

const trim = (s: string) => s.trim();

/**
 * A value that goes into a mail header (a name, a company, a role): one line, no control
 * characters, trimmed.
 */
export function headerText(meta: FieldMeta, { max }: TextOptions) {
  const label = meta.label.toLowerCase();
  return textField(label, trim, (raw, v) =>
    CONTROL.test(raw)
      ? `Expected ${label} on one line, found a line break or a control character (it goes into a mail header).`
      : (lengthProblem(label, v, max) ?? troubleOf(v)),
  ).register(fieldMeta, meta);
}

/** A sentence of the body: whitespace collapsed, no NUL, bounded in characters and words. */
export function bodyText(meta: FieldMeta, { max, maxWords, refuse }: TextOptions) {
  const label = meta.label.toLowerCase();
  return textField(label, collapse, (raw, v) =>
    raw.includes('\0')
      ? `Expected ${label} without NUL characters.`
      : (lengthProblem(label, v, max, maxWords) ?? troubleOf(v) ?? refuse?.(v)),
  ).register(fieldMeta, meta);
}

/** An email address, validated and kept as a plain address (never a formatted header). */
export function emailAddress(meta: FieldMeta) {
  const label = meta.label.toLowerCase();
  return textField(label, trim, (raw, v) => {
    if (CONTROL.test(raw)) return `Expected ${label} on one line, found a line break or a control character.`;
    if (v.length === 0) return `Expected ${label}, found an empty value.`;
    if (v.length > 254) return `Expected ${label} of at most 254 characters.`;
    return EMAIL.test(v)
      ? undefined
      : `Expected ${label} to be an email address like name@example.com, found "${v.slice(0, 60)}".`;
  }).register(fieldMeta, { ...meta, format: 'email' });
}

/** A phone number: digits with spaces, `+`, `(`, `)`, `-` or `.`, 7–15 digits. */
export function phoneNumber(meta: FieldMeta) {
  const label = meta.label.toLowerCase();
  return z
    .string({ error: required(label) })
    .check(
      z.trim(),
      z.refine(
        (v) =>
          /^\+?[\d\s().-]{7,25}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7 && (v.match(/\d/g)?.length ?? 0) <= 15,
        {
          error: (i) =>
            `Expected ${label} of 7–15 digits, e.g. +1 415 555 0134, found "${String(i.input).slice(0, 40)}".`,
        },
      ),
    )
    .register(fieldMeta, { ...meta, format: 'tel' });
}

/** `linkedin.com/in/x` or `www.example.com/…` as typed, without a scheme: completed to https. */
const BARE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/|$)/i;

/** An https link, e.g. a LinkedIn profile; a link typed without `https://` is completed. */
export function httpsUrl(meta: FieldMeta) {
  const label = meta.label.toLowerCase();
  return z
    .string({ error: required(label) })
    .check(
      z.trim(),
      z.overwrite((v) => (BARE_HOST.test(v) ? `https://${v}` : v)),
      z.refine((v) => /^https:\/\/[^\s"'<>]{3,200}$/.test(v), {
        error: (i) =>
          `Expected ${label} to be an https:// link without spaces, found "${String(i.input).slice(0, 60)}".`,
      }),
    )
    .register(fieldMeta, { ...meta, format: 'url' });
}

/** What a proof point is, said once for every message that asks for one. */
export const PROOF_HELP =
  'A proof point is a concrete result you achieved: a number, a percentage, money, time saved, or a named outcome — e.g. "cut onboarding from 3 weeks to 4 days".';

/** 1–3 concrete results; blank entries are dropped, and at least one must name a concrete result. */
export function proofList(meta: FieldMeta = { label: 'Proof points', help: PROOF_HELP }, maxChars = 200) {
  const item = textField('a proof point', collapse, (raw, v) => {
    if (raw.includes('\0')) return 'Expected a proof point without NUL characters.';
    if (v.length > maxChars) return `Expected a proof point of at most ${maxChars} characters, found ${v.length}.`;
    const n = words(v);
    return n > 30 ? `Expected a proof point of at most 30 words, found ${n}.` : troubleOf(v);
  });
  return z
    .array(item, {
      error: (i) =>
        i.input === undefined
          ? `Expected at least one proof point, found none. ${PROOF_HELP} sidedoor drafts nothing without one: say what makes you worth the manager's time first.`
          : `Expected \`proof\` as a list of 1–3 results, found ${found(i.input)}.`,
    })
    .check(
      z.overwrite((list) => list.filter((p) => p !== '')),
      z.minLength(1, {
        error: `Expected at least one proof point, found none. ${PROOF_HELP} sidedoor drafts nothing without one: say what makes you worth the manager's time first.`,
      }),
      z.maxLength(3, {
        error: (i) => `Expected at most 3 proof points, found ${(i.input as unknown[]).length}; keep the strongest.`,
      }),
      z.refine((list) => list.length === 0 || list.some(isConcrete), {
        error: `Expected at least one proof point to name a concrete result, found none. ${PROOF_HELP}`,
      }),
    )
    .register(fieldMeta, meta);
}

/** The tone of the draft, `warm` by default. */
export const tone = z
  ._default(z.enum(tones, { error: () => `Expected \`tone\` to be one of ${tones.join(', ')}.` }), 'warm')
  .register(fieldMeta, { label: 'Tone', help: 'Warm is friendly, direct is short and plain, formal is reserved.' });

/** Which of the three helps an intro request asks for. */
export const help = z
  .enum(helps, {
    error: () =>
      `Expected \`help\` to be one of ${helps.join(', ')}: introduce you, urge the manager to reach out, or set up a meeting.`,
  })
  .register(fieldMeta, {
    label: 'What you ask the contact',
    help: 'One ask only: introduce you, urge the manager to contact you, or help set up a meeting.',
  });

/** The sender: who signs the message. */
export const sender = z
  .object({
    name: headerText({ label: 'Your name', help: 'How you sign your mail.', example: 'Alex Rivera' }, { max: 80 }),
    headline: z.optional(
      headerText(
        {
          label: 'Your headline',
          help: 'Optional: who you are in one line, as it completes "I\'m Alex Rivera, a…" — e.g. "ICU charge nurse at Mercy West".',
          example: 'ICU charge nurse at Mercy West',
        },
        { max: 80 },
      ),
    ),
    email: emailAddress({ label: 'Your email', help: 'Where the manager can reply.', example: 'alex@example.com' }),
    phone: z.optional(
      phoneNumber({ label: 'Your phone', help: 'Optional; required for a call script.', example: '+1 415 555 0134' }),
    ),
    linkedin: z.optional(
      httpsUrl({
        label: 'Your LinkedIn',
        help: 'Optional link to your profile.',
        example: 'https://www.linkedin.com/in/alexrivera',
      }),
    ),
  })
  .register(fieldMeta, { label: 'You', help: 'Your details, used in the sign-off.' });

const managerName = headerText(
  { label: "Manager's name", help: 'The person who owns the job, not the recruiter.', example: 'Sam Lee' },
  { max: 80 },
);
const managerTitle = z.optional(
  headerText(
    { label: "Manager's title", help: 'Optional, e.g. "Head of Payments".', example: 'Head of Payments' },
    { max: 80 },
  ),
);
const managerMeta = { label: 'Hiring manager', help: 'Who owns the job you want.' };

/** The hiring manager who owns the job, for a message written to them (their email fills To). */
export const manager = z
  .object({
    name: managerName,
    email: z.optional(
      emailAddress({
        label: "Manager's email",
        help: 'Optional; fills the To line when you write to the manager.',
        example: 'sam.lee@acme.example',
      }),
    ),
    title: managerTitle,
  })
  .register(fieldMeta, managerMeta);

/**
 * The hiring manager as an intro request names them: no email, since the request goes to the
 * contact, who writes to the manager (an `email` passed anyway is dropped, never an error).
 */
export const namedManager = z.object({ name: managerName, title: managerTitle }).register(fieldMeta, managerMeta);

/** The mutual contact who knows the manager. */
export const contact = z
  .object({
    name: headerText(
      { label: "Contact's name", help: 'Someone who knows the manager personally.', example: 'Dana Kim' },
      { max: 80 },
    ),
    email: z.optional(
      emailAddress({ label: "Contact's email", help: 'Optional; fills the To line.', example: 'dana@example.com' }),
    ),
  })
  .register(fieldMeta, { label: 'Mutual contact', help: 'The person you ask for help.' });

/** The company that has the job. */
export const company = headerText({ label: 'Company', help: 'Where the job is.', example: 'Acme' }, { max: 80 });

/** The job title. */
export const role = headerText(
  { label: 'Role', help: 'The job title, as the team writes it.', example: 'Senior Payments Engineer' },
  { max: 80 },
);

/** Why this team, why now. */
export const hook = bodyText(
  {
    label: 'Hook',
    help: 'Why this team, why now: a launch, an expansion, a problem they named. Written as it completes "I saw that…".',
    example: 'your team is rebuilding checkout for the launch in Germany',
    multiline: true,
  },
  { max: 220, maxWords: 32, refuse: (v) => (isGenericHook(v) ? GENERIC_HOOK_MESSAGE : undefined) },
);

/** How the sender would apply the proof to the manager's problem. */
export const offer = bodyText(
  {
    label: 'Your offer',
    help: 'How you would apply your results to their problem. Written as it completes "I would…".',
    example: 'bring the same playbook to your checkout before the launch',
    multiline: true,
  },
  { max: 220, maxWords: 32 },
);

/** The next step: a short conversation. */
export const ask = z
  .object({
    minutes: z.optional(
      z
        .int({ error: () => 'Expected `ask.minutes` to be a whole number of minutes.' })
        .check(
          z.gte(5, { error: 'Expected at least 5 minutes.' }),
          z.lte(60, { error: 'Expected at most 60 minutes; a first talk should be short.' }),
        )
        .register(fieldMeta, {
          label: 'Minutes',
          help: 'How long a talk you ask for. 15 is easy to say yes to.',
          example: '15',
        }),
    ),
    when: z.optional(
      bodyText(
        {
          label: 'When',
          help: 'Days or a window, e.g. "Tuesday or Wednesday" or "next week".',
          example: 'Tuesday or Wednesday',
        },
        { max: 60, maxWords: 8 },
      ),
    ),
  })
  .register(fieldMeta, { label: 'Your ask', help: 'One short, specific next step.' });

/** Whether the sender was screened out before writing. */
export const screenedOut = z
  .boolean({ error: () => 'Expected `screenedOut` to be true or false.' })
  .register(fieldMeta, {
    label: 'I applied and was screened out',
    help: 'Optional. sidedoor then says so neutrally — never as a complaint.',
  });
