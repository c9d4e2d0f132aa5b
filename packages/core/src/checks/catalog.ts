import type { Kind } from '../kinds.js';

/** How much a finding matters: an `error` blocks "ready to send". */
export type Severity = 'error' | 'warning' | 'info';

/** What the catalog says about one rule. */
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

/** Every rule `check()` can report, in the order of METHOD.md §3. */
export const rules: readonly RuleInfo[] = [
  {
    id: 'length/words',
    summary: 'Body length within the limit of the kind',
    severity: 'error',
    kinds: ['managerPitch', 'introRequest', 'forwardableBlurb', 'followUp', 'thankYou'],
    rationale:
      'Emails of 50–125 words got replies more than half the time; 75–100 did best, and very short notes do better still.',
    source: `${BOOMERANG}; ${LAVENDER}`,
  },
  {
    id: 'subject/missing',
    summary: 'A subject line is present',
    severity: 'error',
    rationale: 'Emails with no subject were answered 14% of the time.',
    source: BOOMERANG,
  },
  {
    id: 'subject/length',
    summary: 'Subject of 2–6 words and at most 40 characters',
    severity: 'warning',
    rationale: 'Three- and four-word subjects did best; phones cut subjects off at about 30–40 characters.',
    source: BOOMERANG,
  },
  {
    id: 'readability/grade',
    summary: 'Flesch–Kincaid grade of the body at most 8 (aim for 3–6)',
    severity: 'warning',
    rationale: 'Mail written at a third-grade level got 53% replies, against 39% at college level.',
    source: `${BOOMERANG}; ${LAVENDER}`,
  },
  {
    id: 'sentence/length',
    summary: 'No sentence over 25 words',
    severity: 'warning',
    rationale: 'Long sentences are skimmed, and most outreach is first read on a phone.',
    source: LAVENDER,
  },
  {
    id: 'questions/count',
    summary: '1–3 questions; a pitch asks exactly one',
    severity: 'warning',
    rationale: 'Emails with 1–3 questions got about 50% more replies than those with none; more than three hurt.',
    source: BOOMERANG,
  },
  {
    id: 'ask/interview-only',
    summary: 'The ask is a conversation, not an interview or a position',
    severity: 'error',
    rationale:
      'Asking to be interviewed puts the manager in the screener’s seat; prove you are worth meeting and ask for a short conversation.',
    source: `${METHOD}, point 5`,
  },
  {
    id: 'ask/vague',
    summary: 'No vague ask ("would love to chat", "any openings") without a concrete step',
    severity: 'warning',
    rationale: 'A vague ask gives the reader work; asking for "any openings" wastes an introduction.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'ask/missing',
    summary: 'A pitch, forwardable note, LinkedIn note or call script asks for one next step',
    severity: 'error',
    kinds: ['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote'],
    rationale:
      'A message to the manager that asks for nothing leaves them nothing to say yes to; one specific, low-cost step gets the meeting.',
    source: `${METHOD}, point 5`,
  },
  {
    id: 'proof/missing',
    summary: 'At least one concrete result: a number, a percentage, money, time, or a named outcome',
    severity: 'error',
    kinds: ['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote', 'introRequest', 'followUp'],
    rationale: 'If you cannot say what makes you worth the manager’s time, do not send anything.',
    source: `${METHOD}, points 4–6`,
  },
  {
    id: 'followup/no-new-value',
    summary:
      'A follow-up brings something new — a result, or an artifact named or made (a plan, "I sketched how…") — not only a status check (an error in a follow-up)',
    severity: 'error',
    rationale: 'A status check gives the manager work and nothing new.',
    source: 'Career-coaching consensus',
  },
  {
    id: 'tone/hr-criticism',
    summary: 'No blame of HR, recruiters, screeners or the rejection',
    severity: 'error',
    rationale:
      'Criticising the screener or the process hurts the sender, whatever the merits; stay assertive and good-humoured.',
    source: `${METHOD}, point 2`,
  },
  {
    id: 'tone/resentment',
    summary: 'No blame, sarcasm, insults or entitlement aimed at the reader, the company, the process or the decision',
    severity: 'error',
    rationale:
      'A resentful reply to a rejection closes the door for good, whoever is named; the reader remembers the tone, not the argument.',
    source: `${METHOD}, point 2; Ask a Manager’s collections of replies to rejections (2007, 2008); AFINN-165 sentiment lexicon (F. Å. Nielsen)`,
  },
  {
    id: 'tone/hedging',
    summary: 'No hedges, fillers or apologies ("I just", "sorry to bother", "hopefully")',
    severity: 'warning',
    rationale: 'Hedges and apologies undercut the case you are making; polite asks ("could we", "would you") are fine.',
    source: 'Grammarly confident-writing advice; wooorm’s hedges and fillers lists',
  },
  {
    id: 'tone/desperation',
    summary: 'No desperate phrasing ("any job"); begging ("please give me a chance", "I really need this job") blocks',
    severity: 'error',
    rationale: 'Desperation reads as a lack of options; a peer offering value gets the meeting.',
    source: 'Ladders voicemail anti-patterns',
  },
  {
    id: 'focus/self',
    summary: 'I/me/my do not outnumber you/your more than 3 to 1',
    severity: 'warning',
    rationale: 'Reader-centred mail talks about the reader’s problem.',
    source: LAVENDER,
  },
  {
    id: 'personalization/name',
    summary: 'The greeting names the recipient',
    severity: 'warning',
    kinds: [...EMAIL_KINDS, 'linkedinNote', 'callScript'],
    rationale: 'Personalised mail gets about twice the replies.',
    source: LAVENDER,
  },
  {
    id: 'personalization/company',
    summary: 'The company is named',
    severity: 'warning',
    rationale: 'Naming the company shows the note was written for this reader.',
    source: LAVENDER,
  },
  {
    id: 'personalization/hook',
    summary: 'A specific hook: a launch, an expansion, a problem the team named',
    severity: 'warning',
    kinds: ['managerPitch', 'linkedinNote'],
    rationale:
      'A hook says why this team and why now. A forwardable note is exempt: the contact who forwards it says why, and the note leads with the sender and the result.',
    source: `${LAVENDER}; ${METHOD}`,
  },
  {
    id: 'placeholder/left',
    summary: 'No leftover placeholder: {{…}}, [Name], <Company>, TODO, XXX',
    severity: 'error',
    rationale: 'A leftover placeholder shows a mail merge; a forwarded note must have none.',
    source: 'Snov.io missing-variables check; forwardable-email practice',
  },
  {
    id: 'format/paragraphs',
    summary: 'Paragraphs of at most 3 sentences and 60 words; twice that is a wall of text, an error',
    severity: 'error',
    rationale: '61% of B2B mail is first opened on a phone, where long blocks are skipped.',
    source: LAVENDER,
  },
  {
    id: 'intro/one-ask',
    summary: 'Exactly one of the three helps: introduce, urge the manager to reach out, or set up a meeting',
    severity: 'error',
    kinds: ['introRequest'],
    rationale: 'One clear ask is easy to say yes to.',
    source: `${METHOD}, point 3`,
  },
  {
    id: 'intro/opt-out',
    summary: 'An easy way out for the contact',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'Double opt-in introductions keep everyone comfortable; the contact must be free to say no.',
    source: 'Fred Wilson, "The Double Opt-In Introduction" (2009)',
  },
  {
    id: 'intro/relationship',
    summary: 'Says how the contact knows the manager',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'It tells the contact why you are asking them.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'intro/blurb',
    summary: 'A self-contained forwardable note, clearly separated (a forwardable note refers to no other mail)',
    severity: 'warning',
    kinds: ['introRequest', 'forwardableBlurb'],
    rationale: 'A note the contact can forward unedited makes the introduction one click.',
    source: 'Forwardable-email practice',
  },
  {
    id: 'intro/contacts',
    summary: 'At most two contacts asked about the same manager',
    severity: 'warning',
    kinds: ['introRequest'],
    rationale: 'A manager who hears about you from three people feels campaigned at.',
    source: `${METHOD}, point 3`,
  },
  {
    id: 'call/name-number-twice',
    summary: 'Name and number said at the start and again at the end',
    severity: 'error',
    kinds: ['callScript'],
    rationale: 'A voicemail is heard once; the number said twice can be written down.',
    source: 'CareerBuilder and Beshara voicemail advice',
  },
  {
    id: 'call/length',
    summary: 'At most 40 seconds spoken (error over 60)',
    severity: 'error',
    kinds: ['callScript'],
    rationale: 'Voicemails over 40–60 seconds are cut off or skipped.',
    source: 'CareerBuilder and Beshara voicemail advice',
  },
  {
    id: 'channel/limit',
    summary: 'LinkedIn connection note within 300 characters (200 on free accounts)',
    severity: 'error',
    kinds: ['linkedinNote'],
    rationale: 'LinkedIn refuses longer notes.',
    source: 'LinkedIn Help',
  },
];

/** The catalog by id. */
export const ruleById: ReadonlyMap<string, RuleInfo> = new Map(rules.map((r) => [r.id, r]));
