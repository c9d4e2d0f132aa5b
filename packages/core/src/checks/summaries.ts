import { type RuleId, type RuleInfo, ruleTexts } from './catalog.js';

/** Each rule's one-line summary: what it looks for. */
const summaries: Record<RuleId, string> = {
  'length/words': 'Body length within the limit of the kind',
  'subject/missing': 'A subject line is present',
  'subject/length': 'Subject of 2–6 words and at most 40 characters',
  'readability/grade': 'Flesch–Kincaid grade of the body at most 8 (aim for 3–6)',
  'sentence/length': 'No sentence over 25 words',
  'questions/count': '1–3 questions; a pitch asks exactly one',
  'ask/interview-only': 'The ask is a conversation, not an interview or a position',
  'ask/vague': 'No vague ask ("would love to chat", "any openings") without a concrete step',
  'ask/missing': 'A pitch, forwardable note, LinkedIn note or call script asks for one next step',
  'proof/missing': 'At least one concrete result: a number, a percentage, money, time, or a named outcome',
  'followup/no-new-value':
    'A follow-up brings something new — a result, or an artifact named or made (a plan, "I sketched how…") — not only a status check (an error in a follow-up)',
  'tone/hr-criticism': 'No blame of HR, recruiters, screeners or the rejection',
  'tone/resentment':
    'No blame, sarcasm, insults or entitlement aimed at the reader, the company, the process or the decision',
  'tone/hedging': 'No hedges, fillers or apologies ("I just", "sorry to bother", "hopefully")',
  'tone/desperation':
    'No desperate phrasing ("any job"); begging ("please give me a chance", "I really need this job") blocks',
  'focus/self': 'I/me/my do not outnumber you/your more than 3 to 1',
  'personalization/name': 'The greeting names the recipient',
  'personalization/company': 'The company is named',
  'personalization/hook': 'A specific hook: a launch, an expansion, a problem the team named',
  'placeholder/left': 'No leftover placeholder: {{…}}, [Name], <Company>, TODO, XXX',
  'format/paragraphs': 'Paragraphs of at most 3 sentences and 60 words; twice that is a wall of text, an error',
  'intro/one-ask': 'Exactly one of the three helps: introduce, urge the manager to reach out, or set up a meeting',
  'intro/opt-out': 'An easy way out for the contact',
  'intro/relationship': 'Says how the contact knows the manager',
  'intro/blurb': 'A self-contained forwardable note, clearly separated (a forwardable note refers to no other mail)',
  'intro/contacts': 'At most two contacts asked about the same manager',
  'call/name-number-twice': 'Name and number said at the start and again at the end',
  'call/length': 'At most 40 seconds spoken (error over 60)',
  'channel/limit': 'LinkedIn connection note within 300 characters (200 on free accounts)',
};

/** Every rule `check()` can report, in the order of METHOD.md §3, with what it looks for, why it matters and its source. */
export const rules: readonly RuleInfo[] = ruleTexts.map(({ id, ...text }) => ({ id, summary: summaries[id], ...text }));
