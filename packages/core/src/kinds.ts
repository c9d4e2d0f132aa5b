/** The message kinds sidedoor drafts, in the order of the method. */
export const kinds = [
  'managerPitch',
  'introRequest',
  'forwardableBlurb',
  'followUp',
  'callScript',
  'linkedinNote',
  'thankYou',
] as const;

/** One of the message kinds sidedoor drafts. */
export type Kind = (typeof kinds)[number];

/** The three tones every builder can write in. */
export const tones = ['warm', 'direct', 'formal'] as const;

/** How a draft sounds: `warm` (friendly), `direct` (short, plain), `formal` (reserved). */
export type Tone = (typeof tones)[number];

/** The three helps an intro request can ask a mutual contact for (METHOD.md §1.3). */
export const helps = ['introduce', 'urge', 'meeting'] as const;

/** What an intro request asks the contact to do: introduce, urge the manager to reach out, or set up a meeting. */
export type Help = (typeof helps)[number];

/** Tells whether a value names a message kind. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (kinds as readonly string[]).includes(value);
}

/**
 * A kind as people type it on a command line: `managerPitch` → `manager-pitch`.
 *
 * @example
 * kindName('forwardableBlurb') // 'forwardable-blurb'
 */
export function kindName(kind: Kind): string {
  return kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Reads a kind written as people type it — `manager-pitch`, `managerPitch`, `MANAGER-PITCH`,
 * `manager_pitch` — or returns `undefined` when it names no kind.
 *
 * @example
 * parseKind('manager-pitch') // 'managerPitch'
 * parseKind('pitch') // undefined
 */
export function parseKind(value: unknown): Kind | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().replaceAll('_', '-');
  return kinds.find((kind) => kind.toLowerCase() === key || kindName(kind) === key);
}

const LABELS: Record<Kind, readonly ['a' | 'an', string]> = {
  managerPitch: ['a', 'manager pitch'],
  introRequest: ['an', 'intro request'],
  forwardableBlurb: ['a', 'forwardable note'],
  followUp: ['a', 'follow-up'],
  callScript: ['a', 'call script'],
  linkedinNote: ['a', 'LinkedIn note'],
  thankYou: ['a', 'thank-you note'],
};

/** How `kindLabel` writes a kind's name: bare, with its article, or capitalised for a label. */
export type KindLabelForm = 'name' | 'article' | 'title';

/**
 * A kind's name as people say it — the one table every shell and message uses: `name` for
 * running text ("manager pitch"), `article` inside a sentence ("a manager pitch", "an intro
 * request"), `title` for a menu or a heading ("Manager pitch", "LinkedIn note").
 *
 * @example
 * kindLabel('introRequest') // 'intro request'
 * kindLabel('introRequest', 'article') // 'an intro request'
 * kindLabel('thankYou', 'title') // 'Thank-you note'
 */
export function kindLabel(kind: Kind, form: KindLabelForm = 'name'): string {
  const [article, name] = LABELS[kind];
  if (form === 'article') return `${article} ${name}`;
  if (form === 'title') return name.charAt(0).toUpperCase() + name.slice(1);
  return name;
}

/** Kinds that travel with a subject line. */
export const kindsWithSubject: ReadonlySet<Kind> = new Set([
  'managerPitch',
  'introRequest',
  'forwardableBlurb',
  'followUp',
  'thankYou',
]);
