/**
 * The words and phrases the rules look for. Hedges and fillers come from wooorm's `hedges` and
 * `fillers` lists, minus words that are neutral or polite in outreach mail (modal verbs used to
 * ask, "about", "find", "read"…), compiled into hedge-words.ts by scripts/compile-hedges.mjs; the
 * rest are sidedoor's own, from METHOD.md §3.
 */
import { hedgeWords } from './hedge-words.js';
import { Lexicon, PhraseSet } from './phrases.js';

/** First-person hedges and apologies that the word lists cannot express on their own. */
const APOLOGIES = [
  'i just (wanted|thought|wanted to|thought i)',
  'just wanted to',
  'sorry to (bother|bug|trouble|disturb|reach out|email|intrude)',
  'sorry for (bothering|the intrusion|reaching out|the cold email)',
  'i (apologize|apologise) for',
  'i hate to (bother|bug|ask)',
  "i know you (are|'re) (busy|very busy|so busy)",
  "i know you're (busy|very busy|so busy)",
  'i was wondering (if|whether)',
  'i was hoping (you|that|to)',
  'i (think|believe|guess|feel|hope) (that|i|my|this|it|you)',
  "i'm not sure (if|whether)",
  "if (it's|it is) not too much trouble",
  'if you (have|get) a chance',
  'when you get a chance',
  'this may be a long shot',
  'long shot',
];

/** Tag of a hedging phrase: `word` from the lists, `apology` from sidedoor's own. */
export type HedgeTag = 'word' | 'apology';

/** Hedges, fillers and apologies (`tone/hedging`). */
export const hedging = new PhraseSet<HedgeTag>([
  ...hedgeWords.map((w) => [w, 'word'] as const),
  ...APOLOGIES.map((w) => [w, 'apology'] as const),
]);

/** How strongly a phrase begs: `strong` blocks the message, `mild` advises. */
export type DesperationTag = 'strong' | 'mild';

/** Phrases that sound desperate (`tone/desperation`). */
export const desperation = new PhraseSet<DesperationTag>([
  ...[
    'any (job|position)',
    'any (role|opening|opportunity) at all',
    '(perfect|ideal) (for|fit for) (the|this) (job|position|role)',
    "i'm the perfect (candidate|fit)",
    'i am the perfect (candidate|fit)',
    "(i'll|i will) take anything",
    'whatever (you have|is available|you can offer)',
  ].map((p) => [p, 'mild'] as const),
  ...[
    '(desperate|desperately)',
    '(please|just|please just) give me a (chance|shot)',
    'give me a (chance|shot) please',
    "i'll do anything",
    'i will do anything',
    '(i|i really|i just|i badly) (need|needed) (this|a|any) (job|role|position|break|chance)',
    "(i|i've|i have) (have|got|had) (bills|rent|a family|kids|children) to (pay|feed|support)",
    "(i|i am|i'm) (begging|pleading)",
    'i beg (you|of you)',
    'please (help|hire) me',
    "(i'm|i am) running out of (money|time|options|savings)",
    "(i|i've|i have) (applied to|sent) (hundreds|dozens|over|more than)",
    '(nobody|no one) (will|wants to) (hire|give)',
    'at this point (i|any)',
    "(i'm|i am) willing to (work for|take) (less|free|nothing|any)",
    '(for free|unpaid) if',
  ].map((p) => [p, 'strong'] as const),
]);

/** Asks with no concrete next step (`ask/vague`). */
export const vagueAsks = new PhraseSet<true>(
  [
    "(would|i'd) love to (chat|connect|talk) (sometime|at some point|)",
    'pick your brain',
    'any (openings|opportunities|open roles|positions)',
    'touch base (sometime|at some point|)',
    'keep me in mind',
    'let me know if anything (comes up|opens up)',
    '(grab|get) (a|) coffee sometime',
    'connect sometime',
    'hop on a call sometime',
  ].map((p) => [p, true] as const),
);

/** Asks for an interview or a position rather than a conversation (`ask/interview-only`). */
export const interviewAsks = new PhraseSet<true>(
  [
    '(an|the|a job|a) interview',
    'interview me',
    '(be|get|getting|being) interviewed',
    'consider me for (the|this|your|a) (position|role|job|opening)',
    'consider my (application|candidacy|resume|cv)',
    '(please|kindly) (review|look at|consider|read) my (application|resume|cv)',
    '(could|would|can) you (please|) (review|look at|consider) my (application|resume|cv)',
    '(move|moving|put|putting) me (forward|to the next round|through)',
    '(a|an) (interview|interview slot|chance to interview)',
    '(hire|hiring) me',
    'i should be (hired|interviewed|considered)',
  ].map((p) => [p, true] as const),
);

/** Words and phrases that make a next step concrete: a time, a day, a length of call. */
export const concreteStep = new PhraseSet<true>(
  [
    'minute*',
    'mins',
    'min',
    'hour',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'tomorrow',
    '(next|this|later this|early next) (week|month)',
    'this (afternoon|morning)',
    'calendar',
    'call',
    'phone call',
    'video call',
    'coffee',
    'meet',
    'meeting',
  ].map((p) => [p, true] as const),
);

/** Status-only follow-up lines (`followup/no-new-value`). */
export const statusOnly = new PhraseSet<true>(
  [
    'just (following|checking|circling|bumping) (up|in|back)',
    '(following|checking|circling) (up|back) on my (last|previous|earlier) (email|message|note)',
    'checking (on|in on) the status',
    'any (update|updates|news)',
    'bumping this',
    'bump this',
    'did you (get|see|receive) my (last|previous|earlier)? (email|message|note)',
    'wanted to (follow|check) up',
    'checking in',
    '(follow|following|check|checking) (up|in) on my (previous|last|earlier|recent) (email|message|note|application)',
    '(follow|following|check|checking) (up|in) on (my|the) (application|candidacy|status|position|role)',
    '(write|writing) to (follow|check) up',
    '(did|have) you (get|had) a chance to (read|look|review)',
  ].map((p) => [p, true] as const),
);

/** Who the HR-criticism rule listens for. */
export const screeners = new PhraseSet<true>(
  [
    'hr',
    'human resources',
    'recruiter*',
    'recruiting',
    'screener*',
    'talent acquisition',
    'hiring (process|team|system)',
    'applicant tracking',
    'ats',
    'your (system|process|portal)',
    'rejection',
    'rejected',
    'rejecting',
    'screened out',
    'turned down',
  ].map((p) => [p, true] as const),
);

/** Blame, next to one of `screeners` in a sentence (`tone/hr-criticism`). */
export const blame = new PhraseSet<true>(
  [
    'unfair*',
    'incompetent',
    'clueless',
    'lazy',
    'ridiculous',
    'absurd',
    'mistake',
    'wrong*',
    'broken',
    'useless',
    'careless',
    'insult*',
    'frustrat*',
    'joke',
    'blind*',
    'robot*',
    'ignorant',
    'stupid',
    'idiot*',
    'waste of',
    "(did not|didn't|never|don't) (even|bother|bothered|read|understand|look)",
    'failed to (see|read|understand|notice|recognize|recognise)',
    "obviously (missed|did not|didn't)",
    'overlooked',
    'ignored',
    'no idea',
    "clearly (missed|did not|didn't)",
  ].map((p) => [p, true] as const),
);

/** The three helps of an intro request, as people write them (`intro/one-ask`). */
export const helpAsks = new PhraseSet<'introduce' | 'urge' | 'meeting'>([
  ['(introduce|introducing) (me|us)', 'introduce'],
  ['(an|a quick|a short|an email) (introduction|intro)', 'introduce'],
  ['forward (the|this|my) (note|blurb|email|message)', 'introduce'],
  ['pass (along|on) (the|this|my) (note|blurb|email|message)', 'introduce'],
  ['connect (me|us) with', 'introduce'],
  ['put in a (good|) word', 'urge'],
  ['(refer|referring) me', 'urge'],
  ['(submit|put) me (in|forward|as a referral)', 'urge'],
  ['(a|an|the|an employee|your) referral', 'urge'],
  [
    '(pass|passing|forward|forwarding|send|sending|share|sharing) (along|on|) my (resume|cv|profile|name|details|note) (to|along|on)',
    'introduce',
  ],
  ['(mention|recommend) me to', 'urge'],
  [
    '(ask|tell|encourage|urge|nudge) (her|him|them) to (reach out|contact me|call me|give me a call|get in touch|email me|write to me)',
    'urge',
  ],
  ['suggest (that|) (she|he|they) (reach|reaches) out', 'urge'],
  ['(set|setting) up a (meeting|call|time|coffee)', 'meeting'],
  ['(arrange|arranging) a (meeting|call|time|coffee)', 'meeting'],
  ['help (me|us) (get|set up|arrange) a (meeting|call)', 'meeting'],
  ['(join|host) (us|a call|a meeting)', 'meeting'],
]);

/** An easy way out for the contact (`intro/opt-out`). */
export const optOuts = new PhraseSet<true>(
  [
    "if you'd rather not",
    'if you would rather not',
    'no pressure',
    'no problem at all',
    'no worries (if not|at all|either way)',
    "(totally|completely|fully|i'll|i will|i) understand if",
    "if (it's|it is) not a (fit|good fit)",
    "if it doesn't feel right",
    'feel free to say no',
    "if (now|this) (isn't|is not) a good time",
    "if you're not comfortable",
    'if you are not comfortable',
    'no hard feelings',
    'either way',
  ].map((p) => [p, true] as const),
);

/** Signs that the request says how the contact knows the manager (`intro/relationship`). */
export const relationshipSigns = new PhraseSet<true>(
  [
    'you know',
    'you (worked|work|served|studied|built|ran|led) (with|together|alongside)',
    "you've (worked|known)",
    'you have (worked|known)',
    'worked together',
    'your (colleague|former colleague|friend|old|former|teammate|manager|boss|classmate|co-founder|cofounder)',
    'you (two|both)',
    'you (mentioned|introduced|met)',
    '(knows|know) you',
    'you (reported|report|used to report) to',
    '(she|he|they) (was|were|is|are|used to be) your',
    '(reported|reports) to you',
    'you (hired|mentored|managed|trained|recruited)',
    'you (two|both) (worked|were|are)',
  ].map((p) => [p, true] as const),
);

/** References a forwarded note must not make (`intro/blurb`). */
export const earlierMail = new PhraseSet<true>(
  [
    'as (i|) mentioned',
    'see (below|above)',
    'my (previous|last|earlier) (email|message|note)',
    'per my',
    'as discussed',
    'as we discussed',
    '(the|this|my) (note|email|message) below',
  ].map((p) => [p, true] as const),
);

/** Words that show a hook: a launch, an expansion, something the sender read or saw (`personalization/hook`). */
export const hookSigns = new PhraseSet<true>(
  [
    'saw',
    'read',
    'noticed',
    'heard',
    'watched',
    'listened',
    'congratulations',
    'congrats',
    'launch*',
    'expan*',
    'announc*',
    'raised',
    'funding',
    'series',
    'opening',
    'opened',
    'new',
    'growing',
    'growth',
    'building',
    'rebuilding',
    'moving',
    'migrating',
    'acquired',
    'acquisition',
    'merger',
    'your (post|talk|article|interview|podcast|paper|blog|roadmap|keynote|newsletter|report)',
    'recently',
    'just (shipped|launched|announced|opened|raised)',
  ].map((p) => [p, true] as const),
);

/**
 * Hooks that say nothing about this team (`personalization/hook`): the job ad, the role, "your
 * team", "you're hiring". A hook sign inside one of these does not count.
 */
export const genericHooks = new PhraseSet<true>(
  [
    '(saw|noticed|read|found|seen|came across|heard about|spotted) (your|the|a|an|this) (job|posting|job posting|job ad|job advert|ad|advert|listing|job listing|vacancy|opening|job opening|open role|open position|role|position|post for|opening for|recent opening|new role|new position|new opening)',
    "(saw|noticed|read|seen|heard) (that|) (you are|you're|your team is|the team is|your company is|you were) (hiring|looking|recruiting)",
    '(a|the|your) (new|open) (role|position|opening|job|vacancy)',
    'your (team|company) is (growing|hiring)',
    '(is|are) (hiring|recruiting)',
    '(is|are) looking for (a|an|someone|people|candidates)',
    '(posted|advertised|listed) (a|an|the|your|this) (role|job|position|opening|vacancy)',
    '(has|have) (a|an) (new|open) (role|position|opening|vacancy|job)',
  ].map((p) => [p, true] as const),
);

/**
 * Signs that a message asks for something (`ask/missing`), beside any question: a time offered,
 * an invitation to reply, an offer to send something.
 */
export const askSigns = new PhraseSet<true>(
  [
    "(i'm|i am) (free|available|around|open)",
    '(like|love|glad|happy) to connect',
    "(let's|lets) (talk|meet|set up|find|grab|schedule|connect|chat|plan)",
    'let me know (if|when|what|whether|how)',
    "(happy|glad|i'd be happy|i would be happy) to (send|share|walk|talk|meet|chat|show|come|drop|set)",
    "(i'd|i would) (welcome|appreciate|value|love) (a|the|15|20|10|30|some|your|to|any|an)",
    // First-person requests: "I'd like 15 minutes to…", "I'm hoping for a short call".
    "(i'd|i would|we'd|we would) like (a|an|the|some|your|any|1*|2*|3*|4*|5*|6*|9*|ten|fifteen|twenty|thirty|half)",
    "(i'd|i would|we'd|we would) like to (talk|chat|meet|speak|show|walk|bring|hear|learn|discuss|share|set up|grab|book|schedule|find|come|drop|send|connect|compare|buy)",
    "(i'm|i am|i was|we're|we are) (hoping|hopeful|keen) (for|to get|to have|to find|to grab|to book|to set up|to talk|to chat|to meet|to speak|to show|to hear|to learn|to connect|to walk|to bring|to compare|we can|we could|you can|you could|you'd|you might|you have)",
    "(i'd|i would) (be grateful|be glad|be happy|be delighted) (for|of) (a|an|the|some|your|any|1*|2*|3*|4*|5*|6*|9*|ten|fifteen|twenty|thirty|half)",
    '(please|feel free to|do) (call|email|reply|write|text|ring|get in touch|let me know|reach)',
    '(reply|respond|write back) (with|to|here)',
    '(give|drop) me a (call|line|ring)',
    '(call|text|email|reach) me (at|on|any)',
    '(send|share) (it|them|the plan|the write-up|the deck|the sketch) (over|along)',
    '(can|could|shall|may) (i|we) (send|share|call|book|set up|grab|meet|talk|come)',
    '(are|is) (you|there) (free|open|available|a time)',
    "if (you're|you are|you'd be) (open|free|interested|up for)",
    '(book|grab|pick) a (time|slot)',
    'my calendar',
    'worth a (call|chat|conversation|look)',
    '(connect|talk|meet) (on|this|next) (monday|tuesday|wednesday|thursday|friday|week)',
  ].map((p) => [p, true] as const),
);

/** Results a proof point can name without a number (`proof/missing`). */
export const resultVerbs = new Set(
  (
    'launched shipped won doubled tripled quadrupled halved cut saved grew grown reduced increased raised ' +
    'closed eliminated automated delivered boosted recovered landed signed published patented awarded scaled ' +
    'migrated rebuilt built lifted'
  ).split(' '),
);

/** Number words that quantify a result. "one" is left out: it is mostly a pronoun. */
export const numberWords = new Set(
  (
    'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ' +
    'seventy eighty ninety hundred hundreds thousand thousands million millions billion billions double ' +
    'twice triple half'
  ).split(' '),
);

/** Words that turn a number into a time or a length of call, which proves nothing. */
export const timeWords = new Set("minute minutes min mins hour hours am pm a.m p.m o'clock".split(' '));

/** Units of time served: "10 years", "8 months" (of experience, out of work) prove nothing on their own. */
export const tenureWords = new Set('year years yrs yr month months week weeks decade decades'.split(' '));

/** Words before a length of time that make it a measured result: "from 3 weeks", "in 6 weeks". */
export const measuredBy = new Set('from to in within under by'.split(' '));

/** Things a follow-up can bring that are new value on their own: a plan, a test, a write-up. */
export const artifactWords = new Set(
  'plan plans write-up writeup sketch sketches test tests prototype mock-up mockup outline checklist tally analysis audit map draft deck memo list schedule model spreadsheet demo teardown'.split(
    ' ',
  ),
);

/** Verbs of making such an artifact: "I sketched how…", "I tested…", "I wrote up…" (with `up`). */
export const artifactVerbs = new Set(
  'sketched drafted mapped tested outlined prototyped mocked audited analysed analyzed modelled modeled charted benchmarked wrote written'.split(
    ' ',
  ),
);

/** Nouns after a number that count effort or credentials, not results: "50 applications", "3.9 GPA". */
export const effortNouns = new Set(
  'applications application interviews times rounds gpa certifications certificates courses classes degrees credits languages emails messages calls resumes'.split(
    ' ',
  ),
);

/** Month names: a number after one is a date. */
export const months = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** First-person words (`focus/self`). */
export const firstPerson = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);

/** Second-person words (`focus/self`). */
export const secondPerson = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll"]);

/**
 * Who a resentful sentence is aimed at (`tone/resentment`): the reader, the company, the
 * people who decided, the process and the decision.
 */
export const resentmentTargets = new PhraseSet<true>(
  [
    'you',
    'your',
    "you're",
    "you've",
    'yours',
    'they',
    'their',
    'them',
    'whoever',
    'nobody',
    'no one',
    'anyone',
    'hr',
    'human resources',
    'recruiter*',
    'recruiting',
    'screener*',
    'interviewer*',
    'panel',
    'hiring (manager|managers|team|process|committee|system)',
    '(the|this|your) (company|process|decision|team|organization|organisation|firm|system|portal|interview|interviews|position|role|feedback|job|people|department|management|leadership|email|rejection|response|reply|choice|outcome)',
    'management',
    'leadership',
    'this place',
    'decision',
    'rejection',
    'rejected',
    'ats',
    'applicant tracking',
  ].map((p) => [p, true] as const),
);

/**
 * Sarcasm, insults, blame and entitlement that are resentful whatever the word scores say
 * (`tone/resentment`): the sentences a coach cuts first from a reply to a rejection.
 */
export const resentmentPhrases = new PhraseSet<true>(
  [
    'your loss',
    "(it's|it is|that's|that is) (your|their) loss",
    'thanks for nothing',
    'thank you for nothing',
    '(i|i really|i think i) (deserve|deserved) (an|a|to|better|more|at least)',
    '(you|your company|you guys|they) (owe|owes) me',
    '(waste|wasted|wasting) (of|) my time',
    'a waste of (time|everyone)',
    'good luck (finding|replacing|with that|getting)',
    'best of luck finding',
    "(you'll|you will|they'll|they will) regret",
    '(big|huge|serious|grave|costly) mistake',
    'shame on',
    '(without|before) (even|ever|actually|properly|) (reading|looking at|reviewing|opening|considering|talking to|speaking to|understanding)',
    "(didn't|did not|never|don't|do not|doesn't|does not|won't) (even|actually|properly|bother to|bothered to|care to) (read|look|open|review|consider|reply|respond|listen|check|understand|care)",
    "(didn't|did not|never) (even|) (bother|bothered)",
    "(don't|do not|didn't|did not) think (he|she|they|it|anyone|you|) (understood|read|looked|knew|got|understands|cared|listened)",
    "(don't|do not) (think|believe|feel) (your|the|that) (recruiter|interviewer|screener|team|panel|hr|hiring manager|company|person|people|manager) (understood|understands|understand|read|looked|knew|know|gave|saw|got|realized|realised|appreciated|bothered|cared)",
    "(don't|do not) (think|believe|feel) (you|they|he|she|anyone|anybody|whoever) (understood|understand|read|looked|knew|gave|realized|realised|appreciated|bothered|cared)",
    '(clearly|obviously|evidently) (nobody|no one|you|your|they|the|whoever|someone)',
    '(nobody|no one) (even|actually|bothered|cared|read|looked|there)',
    'not even (a|the|one) (reply|response|call|phone call|interview|explanation|reason|courtesy)',
    '(the|basic|common|simple) (courtesy|decency)',
    'the decency to',
    '(form|canned|generic|automated|cookie-cutter|copy-paste|copy and paste) (letter|rejection|response|reply|email)',
    "(i|i'm|i am) (still|) (baffled|shocked|appalled|stunned|insulted|offended|disgusted) (by|that|at)",
    'how (dare|could) (you|they)',
    "(you|they|your team|your recruiter) (clearly|obviously|never|didn't|did not) (understand|understood|read|looked|know|knew)",
    'makes no sense',
    'beyond me',
    'i expected better',
    '(a|an|complete|total) (joke|sham|farce|disgrace|insult)',
    'were not qualified to',
    "(isn't|is not|wasn't|was not|aren't|are not|weren't|were not) qualified to (judge|assess|evaluate|screen|interview)",
    "(don't|do not|didn't|did not) know what (they|you) (are|were|'re) (doing|looking for)",
    'you (people|guys) (are|were|have|need)',
    "(i|i am|i'm|i will) (demand|demanding|insist) (an|a|to|that|on)",
    '(reconsider|overturn|reverse) (your|the|this) decision',
    '(your|the|this) (decision|choice|process) (was|is) (wrong|unfair|a mistake|flawed|biased|broken)',
    "(i'm|i am) (far|clearly|obviously|much) (more|better) qualified",
    '(better|more) qualified than (whoever|the person|anyone|the candidate|the one)',
    'whoever you (hired|picked|chose)',
    '(seemed|seems|appeared|appears) (not to|to not|unable to) (understand|know|read|grasp|get)',
    "(doesn't|didn't|did not|does not) (seem to|even|) (understand|know|grasp) what (a|an|the|i|my|this)",
    "(wasn't|was not|isn't|is not|weren't|were not|aren't|are not) (really|even|remotely) qualified to",
    "(doesn't|does not|don't|do not|didn't|did not) (count|matter|mean) (for|) (much|anything|a thing|nothing)",
    "(that's|that is|this is|it's|it is|it was|that was|how|so|very|pretty|really|extremely|incredibly|totally|completely|frankly|simply|just) (unprofessional|disrespectful|insulting|rude|condescending|unacceptable|shameful|disgraceful|outrageous|appalling|laughable|pathetic|absurd|ridiculous)",
    'i expected (better|more)',
    '(a|the|your) reputation for (treating|ghosting|ignoring|rejecting)',
    '(treat|treats|treating|treated) (applicants|candidates|people|employees|us) (badly|poorly|like)',
    'interesting choice',
    'hope (it|that) works out (for you|for them|for you guys)',
    'half (my|the) (experience|skills|qualifications)',
    "(i'm|i am) owed",
    'owe me an',
    '(thanks|thank you) for (wasting|ghosting|ignoring|nothing)',
    '(weeks|days|months|hours) of my life',
    "(wasting|wasted) (my|our|everyone's) (time|life|weekend|weekends)",
    // Disbelief at the decision, entitlement and sarcasm, with no blame word.
    '(hard|difficult|impossible) to (believe|understand) (that|) (you|they|your|the decision|the choice|this decision|anyone|someone)',
    "(can't|cannot|couldn't|could not) (believe|understand) (that|) (you|they|your|the decision|the choice|this decision|anyone)",
    'the least (you|they|your team|anyone|someone|the company|hr) (could|can|should|might) (do|have done|have)',
    '(i|i really|i clearly|i obviously|i honestly|i frankly) should have (been chosen|been picked|been hired|been selected|been offered|been the|been your|gotten the|got the|had the|gotten this|gotten an|got an)',
    '(should|would|must) have been the (obvious|clear|natural|right|best|only|easy) (pick|choice|candidate|hire|fit|person)',
    '(surprised|shocked|stunned|disappointed|puzzled) (by|at|with) (your|the|this|their) (decision|choice|call|verdict)',
    '(hope|urge|ask|beg) (that|) (you|they|your team) (will|would|) (reconsider|rethink|think again)',
    '(wow|gee|geez|oh wow|well wow) (thanks|thank you|just|so|what|really)',
    '(just|only) to (get|receive|be sent) (a|an|the) (form|canned|generic|automated|one-line|one line|two-line|rejection|no)',
    "(i'm|i am) sure (they'll|they will|he'll|he will|she'll|she will|whoever|the person|your new hire|the new hire) (be|is|will be) (great|amazing|wonderful|perfect|fantastic|brilliant|terrific)",
    'good luck with (whoever|the person you|your pick|your choice|the one you)',
    '(after|despite) (all|everything) (i|i have|i had|i did|i gave|i put|i went)',
    '(after|given) how (well|hard|much|long) (the|i|my|we|our|it|you)',
    '(a company|a team|an organization|an organisation|someone) like (yours|you)',
  ].map((p) => [p, true] as const),
);

/**
 * Negative words of the sentiment lexicon that name the manager's problems rather than judge
 * anyone: a pitch is about fraud losses, errors and delays, and is not resentful for it.
 */
export const problemWords = new Set(
  (
    'problem problems risk risks error errors bug bugs fail fails failure failures failed miss missed missing ' +
    'delay delays delayed crisis pain churn debt cut cuts cutting loss losses lost lose fraud fraudulent ' +
    'outage outages downtime defect defects shortage shortages conflict collide collides block blocked ' +
    'blocking stuck limit limited pressure demand late low slow damage damages disaster threat threats attack ' +
    'attacks kill killed cancel cancelled canceled hard difficult challenge challenges struggle struggling ' +
    'worry worried concern concerned issue issues no not reject rejected rejection rejections sorry unfortunately ' +
    'fired unemployed layoff layoffs laid stress stressed bother disappointed disappointing sad ' +
    'leave left injury injuries accident accidents complaint complaints pay cost costs costly expensive waste ' +
    'fear weak stop stopped vulnerable vulnerability breach breaches war fight urgent emergency critical sick ' +
    'catastrophic catastrophe ' +
    'hurt dead die died bad poor doubt negative mess tough drop dropped falling fell decline declined'
  ).split(' '),
);

/** Words that judge people: in a sentence aimed at someone, each counts as strongly negative. */
export const insultWords = new Set(
  (
    'unprofessional disrespectful insulting condescending incompetent clueless arrogant rude ridiculous pathetic ' +
    'absurd idiots idiotic stupid laughable unacceptable shameful disgraceful outrageous appalling useless inept ' +
    'lazy careless biased unfair dishonest ignorant rigged sham farce'
  ).split(' '),
);

/** Words that turn the next positive word around ("not fair", "never helpful"). */
export const negators = new Set(
  "not no never n't don't didn't doesn't isn't wasn't weren't aren't won't cannot can't nothing".split(' '),
);

/** The phrase sets the rules read (kind inference adds its own: `signs.ts`). */
export const ruleSets = [
  hedging,
  desperation,
  vagueAsks,
  interviewAsks,
  concreteStep,
  statusOnly,
  screeners,
  blame,
  helpAsks,
  optOuts,
  relationshipSigns,
  earlierMail,
  hookSigns,
  resentmentTargets,
  resentmentPhrases,
  genericHooks,
  askSigns,
] as PhraseSet<unknown>[];

/** Every phrase set the rules read, matched together in one pass over a text. */
export const lexicon = new Lexicon(ruleSets);
