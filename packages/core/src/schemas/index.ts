import * as z from 'zod/mini';
import { helps, type Kind } from '../kinds.js';
import {
  ask,
  bodyText,
  company,
  contact,
  fieldMeta,
  help,
  hook,
  manager,
  namedManager,
  offer,
  PROOF_HELP,
  proofList,
  role,
  screenedOut,
  sender,
  tone,
} from './fields.js';
import { isStatusCheck, STATUS_CHECK_MESSAGE } from './status-check.js';

const relationship = bodyText(
  {
    label: 'How you know the contact',
    help: 'One line, as it completes "We…", e.g. "worked together on the billing team at Globex".',
    example: 'worked together on the billing team at Globex',
  },
  { max: 160, maxWords: 24 },
);
const connection = bodyText(
  {
    label: 'How the contact knows the manager',
    help: 'As it completes "You…", e.g. "worked with Sam at Initech".',
    example: 'worked with Sam at Initech',
  },
  { max: 160, maxWords: 24 },
);

/** Input of `managerPitch`: the direct pitch to the hiring manager. */
export const managerPitchSchema = z.object({
  sender,
  manager,
  company,
  role,
  hook,
  proof: proofList(),
  offer,
  ask: z.optional(ask),
  tone,
  screenedOut: z.optional(screenedOut),
});

/** Input of `introRequest`: asking a mutual contact for one of the three helps. */
export const introRequestSchema = z.object({
  sender,
  contact,
  manager: namedManager,
  company,
  role,
  relationship,
  connection,
  help,
  hook: z.optional(hook),
  proof: proofList(),
  offer: z.optional(offer),
  ask: z.optional(ask),
  tone,
  contactsAsked: z.optional(
    z
      .int({ error: () => 'Expected `contactsAsked` to be a whole number.' })
      .check(
        z.gte(1, { error: 'Expected at least 1 contact (this one).' }),
        z.lte(20, { error: 'Expected at most 20 contacts.' }),
      )
      .register(fieldMeta, {
        label: 'Contacts asked about this manager',
        help: 'This one included. More than two and the manager feels campaigned at.',
      }),
  ),
});

/** Input of `forwardableBlurb`: the self-contained note a contact forwards to the manager. */
export const forwardableBlurbSchema = z.object({
  sender,
  manager,
  company,
  role,
  hook: z.optional(hook),
  proof: proofList(),
  offer: z.optional(offer),
  ask: z.optional(ask),
  tone,
});

/** Input of `followUp`: one nudge with new value, at least five business days after the first note. */
export const followUpSchema = z.object({
  sender,
  manager,
  company,
  role: z.optional(role),
  update: bodyText(
    {
      label: 'What is new',
      help: 'Something new for the manager since your last note: a result, an artifact (a plan, a sketch, a test), or news that bears on their problem. A status check ("just following up") is not new.',
      example: 'I sketched how your checkout could drop one of its three redirects',
      multiline: true,
    },
    { max: 220, maxWords: 32, refuse: (v) => (isStatusCheck(v) ? STATUS_CHECK_MESSAGE : undefined) },
  ),
  previousSubject: z.optional(
    bodyText(
      {
        label: 'Subject of your first note',
        help: 'Optional; the follow-up replies to it.',
        example: 'Checkout latency',
      },
      { max: 120 },
    ),
  ),
  ask: z.optional(ask),
  tone,
});

/** Input of `callScript`: a voicemail or opening of a call, ≤ 40 s spoken. */
export const callScriptSchema = z.object({
  sender,
  manager,
  company,
  role,
  proof: proofList(),
  offer: z.optional(offer),
  ask: z.optional(ask),
  referrer: z.optional(
    z
      .string({ error: () => 'Expected `referrer` as text.' })
      .check(z.trim(), z.maxLength(80, { error: 'Expected a referrer name of at most 80 characters.' }))
      .register(fieldMeta, {
        label: 'Referred by',
        help: 'Optional: only when someone actually referred you.',
        example: 'Dana Kim',
      }),
  ),
  tone,
});

/** Input of `linkedinNote`: a connection-request note within LinkedIn's limit. */
export const linkedinNoteSchema = z.object({
  sender,
  manager,
  company,
  role: z.optional(role),
  hook: z.optional(hook),
  proof: proofList(
    { label: 'Proof points', help: `${PROOF_HELP} LinkedIn notes are short: at most 140 characters each.` },
    140,
  ),
  premium: z.optional(
    z.boolean({ error: () => 'Expected `premium` to be true or false.' }).register(fieldMeta, {
      label: 'LinkedIn Premium',
      help: 'Premium notes may have 300 characters; free ones 200.',
    }),
  ),
  tone,
});

/** Input of `thankYou`: closing the loop with the contact after an introduction. */
export const thankYouSchema = z.object({
  sender,
  contact,
  manager,
  company,
  help: z.optional(
    z
      .enum(helps, {
        error: () => `Expected \`help\` to be one of ${helps.join(', ')}: what the contact did for you.`,
      })
      .register(fieldMeta, {
        label: 'What the contact did',
        help: 'Optional: introduced you, put in a word with the manager, or helped set up a meeting.',
      }),
  ),
  outcome: z.optional(
    bodyText(
      {
        label: 'What happened',
        help: 'Optional: what came of it, e.g. "Sam and I are meeting on Thursday". Leave it empty while your reply to the manager is still to come.',
        example: 'Sam and I are meeting on Thursday',
      },
      { max: 160, maxWords: 24 },
    ),
  ),
  tone,
});

/** The input schema of every kind, by kind. Use it to validate or to generate a form. */
export const schemas = {
  managerPitch: managerPitchSchema,
  introRequest: introRequestSchema,
  forwardableBlurb: forwardableBlurbSchema,
  followUp: followUpSchema,
  callScript: callScriptSchema,
  linkedinNote: linkedinNoteSchema,
  thankYou: thankYouSchema,
} as const satisfies Record<Kind, z.ZodMiniType>;

/** What a caller passes to the builder of `K` (defaults not yet applied). */
export type InputOf<K extends Kind> = z.input<(typeof schemas)[K]>;
/** The validated input of `K`, defaults applied, as the builders see it. */
export type ParsedOf<K extends Kind> = z.output<(typeof schemas)[K]>;

/** Input of `managerPitch`. */
export type ManagerPitchInput = InputOf<'managerPitch'>;
/** Input of `introRequest`. */
export type IntroRequestInput = InputOf<'introRequest'>;
/** Input of `forwardableBlurb`. */
export type ForwardableBlurbInput = InputOf<'forwardableBlurb'>;
/** Input of `followUp`. */
export type FollowUpInput = InputOf<'followUp'>;
/** Input of `callScript`. */
export type CallScriptInput = InputOf<'callScript'>;
/** Input of `linkedinNote`. */
export type LinkedinNoteInput = InputOf<'linkedinNote'>;
/** Input of `thankYou`. */
export type ThankYouInput = InputOf<'thankYou'>;
