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

/** Kinds that travel with a subject line. */
export const kindsWithSubject: ReadonlySet<Kind> = new Set([
  'managerPitch',
  'introRequest',
  'forwardableBlurb',
  'followUp',
  'thankYou',
]);
