import type { Kind } from '../kinds.js';

/** How much a finding matters: an `error` blocks "ready to send". */
export type Severity = 'error' | 'warning' | 'info';

/** What the catalog says about one rule (`rules`). */
export interface RuleInfo {
  /** Stable id, e.g. `proof/missing`. */
  id: string;
  /** What the rule looks for, in one line. */
  summary: string;
  /** Highest severity the rule reports. */
  severity: Severity;
  /** Kinds it runs for; `undefined` means every text, with or without a kind. */
  kinds?: readonly Kind[];
  /** Why it matters. */
  rationale: string;
  /** Where the number or the advice comes from. */
  source: string;
}

const EMAIL_KINDS: readonly Kind[] = ['managerPitch', 'introRequest', 'forwardableBlurb', 'followUp', 'thankYou'];
const BOOMERANG = 'Boomerang, study of ~40M emails (2016)';
const LAVENDER = 'Lavender cold-email benchmarks';
const METHOD = '"Ask The Headhunter", N. Corcodilos (2006)';

/**
 * What `check()` needs of a rule: everything but its one-line summary, which only the list of
 * rules shows (`rules`, summaries.ts), so that a bundle that checks but never lists the rules
 * leaves the summaries out.
 */
export type RuleText = Omit<RuleInfo, 'summary'>;

/** Every rule `check()` can report, in the order of METHOD.md §3, without its summary. */
export const ruleTexts = [
  {
    id: 'length/words',
    severity: 'error',
    kinds: ['managerPitch', 'introRequest', 'forwardableBlurb', 'followUp', 'thankYou'],
    rationale:
      'Emails of 50–125 words got replies more than half the time; 75–100 did best, and very short notes do better still.',
    source: `${BOOMERANG}; ${LAVENDER}`,
  },
  {
    id: 'subject/missing',
    severity: 'error',
    rationale: 'Emails with no subject were answered 14% of the time.',
    source: BOOMERANG,
  },
  {
    id: 'subject/length',
    severity: 'warning',
    rationale: 'Three- and four-word subjects did best; phones cut subjects off at about 30–40 characters.',
    source: BOOMERANG,
  },
  {
    id: 'readability/grade',
    severity: 'warning',
    rationale: 'Mail written at a third-grade level got 53% replies, against 39% at college level.',
    source: `${BOOMERANG}; ${LAVENDER}`,
  },
  {
    id: 'sentence/length',
    severity: 'warning',
    rationale: 'Long sentences are skimmed, and most outreach is first read on a phone.',
    source: LAVENDER,
  },
  {
    id: 'questions/count',
    severity: 'warning',
    rationale: 'Emails with 1–3 questions got about 50% more replies than those with none; more than three hurt.',
    source: BOOMERANG,
  },
  {
    id: 'ask/interview-only',
    severity: 'error',
    rationale:
      'Asking to be interviewed puts the manager in the screener’s seat; prove you are worth meeting and ask for a short conversation.',
    source: `${METHOD}, point 5`,
  },
  {
    id: 'ask/vague',
    severity: 'warning',
    rationale: 'A vague ask gives the reader work; asking for "any openings" wastes an introduction.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'ask/missing',
    severity: 'error',
    kinds: ['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote'],
    rationale:
      'A message to the manager that asks for nothing leaves them nothing to say yes to; one specific, low-cost step gets the meeting.',
    source: `${METHOD}, point 5`,
  },
  {
    id: 'proof/missing',
    severity: 'error',
    kinds: ['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote', 'introRequest', 'followUp'],
    rationale: 'If you cannot say what makes you worth the manager’s time, do not send anything.',
    source: `${METHOD}, points 4–6`,
  },
  {
    id: 'followup/no-new-value',
    severity: 'error',
    rationale: 'A status check gives the manager work and nothing new.',
    source: 'Career-coaching consensus',
  },
  {
    id: 'tone/hr-criticism',
    severity: 'error',
    rationale:
      'Criticising the screener or the process hurts the sender, whatever the merits; stay assertive and good-humoured.',
    source: `${METHOD}, point 2`,
  },
  {
    id: 'tone/resentment',
    severity: 'error',
    rationale:
      'A resentful reply to a rejection closes the door for good, whoever is named; the reader remembers the tone, not the argument.',
    source: `${METHOD}, point 2; Ask a Manager’s collections of replies to rejections (2007, 2008); AFINN-165 sentiment lexicon (F. Å. Nielsen)`,
  },
  {
    id: 'tone/hedging',
    severity: 'warning',
    rationale: 'Hedges and apologies undercut the case you are making; polite asks ("could we", "would you") are fine.',
    source: 'Grammarly confident-writing advice; wooorm’s hedges and fillers lists',
  },
  {
    id: 'tone/desperation',
    severity: 'error',
    rationale: 'Desperation reads as a lack of options; a peer offering value gets the meeting.',
    source: 'Ladders voicemail anti-patterns',
  },
  {
    id: 'focus/self',
    severity: 'warning',
    rationale: 'Reader-centred mail talks about the reader’s problem.',
    source: LAVENDER,
  },
  {
    id: 'personalization/name',
    severity: 'warning',
    kinds: [...EMAIL_KINDS, 'linkedinNote', 'callScript'],
    rationale: 'Personalised mail gets about twice the replies.',
    source: LAVENDER,
  },
  {
    id: 'personalization/company',
    severity: 'warning',
    rationale: 'Naming the company shows the note was written for this reader.',
    source: LAVENDER,
  },
  {
    id: 'personalization/hook',
    severity: 'warning',
    kinds: ['managerPitch', 'linkedinNote'],
    rationale:
      'A hook says why this team and why now. A forwardable note is exempt: the contact who forwards it says why, and the note leads with the sender and the result.',
    source: `${LAVENDER}; ${METHOD}`,
  },
  {
    id: 'placeholder/left',
    severity: 'error',
    rationale: 'A leftover placeholder shows a mail merge; a forwarded note must have none.',
    source: 'Snov.io missing-variables check; forwardable-email practice',
  },
  {
    id: 'format/paragraphs',
    severity: 'error',
    rationale: '61% of B2B mail is first opened on a phone, where long blocks are skipped.',
    source: LAVENDER,
  },
  {
    id: 'intro/one-ask',
    severity: 'error',
    kinds: ['introRequest'],
    rationale:
      'One clear ask is easy to say yes to; asks chained in one sentence ("introduce me, or pass my resume along") are several.',
    source: `${METHOD}, point 3`,
  },
  {
    id: 'intro/opt-out',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'Double opt-in introductions keep everyone comfortable; the contact must be free to say no.',
    source: 'Fred Wilson, "The Double Opt-In Introduction" (2009)',
  },
  {
    id: 'intro/relationship',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'It tells the contact why you are asking them.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'intro/blurb',
    severity: 'warning',
    kinds: ['introRequest', 'forwardableBlurb'],
    rationale: 'A note the contact can forward unedited makes the introduction one click.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'intro/contacts',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'A manager who hears about you from three people feels campaigned at.',
    source: `${METHOD}, point 3`,
  },
  {
    id: 'call/name-number-twice',
    severity: 'error',
    kinds: ['callScript'],
    rationale: 'A voicemail is heard once; the number said twice can be written down.',
    source: 'CareerBuilder and Beshara voicemail advice',
  },
  {
    id: 'call/length',
    severity: 'error',
    kinds: ['callScript'],
    rationale: 'Voicemails over 40–60 seconds are cut off or skipped.',
    source: 'CareerBuilder and Beshara voicemail advice',
  },
  {
    id: 'channel/limit',
    severity: 'error',
    kinds: ['linkedinNote'],
    rationale: 'LinkedIn refuses longer notes.',
    source: 'LinkedIn Help',
  },
] as const satisfies readonly RuleText[];

/** The id of a rule in the catalog. */
export type RuleId = (typeof ruleTexts)[number]['id'];

/** The catalog by id. */
export const ruleById: ReadonlyMap<string, RuleText> = new Map(ruleTexts.map((r) => [r.id, r]));
