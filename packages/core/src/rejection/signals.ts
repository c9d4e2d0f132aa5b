// A scored reading of a rejection letter's structure, for letters that say no in words no phrase
// list holds ("has moved on to other applicants", "the headcount was withdrawn"). A rejection
// carries several independent signals — a decision aimed at the reader's application, a softener,
// thanks for applying, a well-wishing close — and none of the counter-signals of a letter that keeps
// the reader in (an invitation, an offer, "if you are not selected", a review still to come, a
// questionnaire, a reference request). Every list is searched with indexOf, sentence by sentence,
// so the read stays linear in the letter's length.

import { CONDITIONAL_WORDS, OFFER_CUES } from './cues.js';
import { isWordChar, occurrences } from './flat.js';

/** One signal found in the flat text: which, its weight, and where (offsets into the flat text). */
export interface Signal {
  name: 'decision' | 'softener' | 'gratitude' | 'well-wishing';
  weight: number;
  start: number;
  end: number;
}

/** A counter-signal: something a rejection does not say. */
export interface Counter {
  name:
    | 'invitation'
    | 'offer'
    | 'if-not-selected'
    | 'review-to-come'
    | 'questionnaire'
    | 'reference-request'
    | 'from-the-candidate';
  start: number;
  end: number;
}

/** The score a letter needs: a decision (weight 2) and at least one other signal. */
export const REJECTION_SCORE = 3;

/** Words that name the reader's job or application in a sentence. */
const JOB_WORDS = [
  'role',
  'position',
  'job',
  'post',
  'vacancy',
  'opening',
  'headcount',
  'requisition',
  'candidacy',
  'application',
  // Several openings the reader applied for: "both posts have now gone to applicants with longer
  // experience". A bare plural is not enough: "positions that have been filled are marked in grey"
  // and "we could not find any remote roles" speak of jobs in general.
  ...['posts', 'roles', 'positions', 'jobs', 'vacancies', 'openings'].flatMap((w) => [`both ${w}`, `both the ${w}`]),
] as const;

/** Words of a decision that goes against the reader, whatever the rest of the sentence says. */
const DECISION_WORDS = [
  'decided not',
  'chose',
  'chosen',
  'choose to',
  'unable',
  'no longer',
  'moved on',
  'move on',
  'moving on',
  'someone else',
  'somebody else',
  'someone whose',
  'another candidate',
  'another applicant',
  'another person',
  'another direction',
  'different direction',
  'other candidate',
  'other finalist',
  'a candidate whose',
  'a candidate with',
  'a candidate who',
  'gone with',
  'went with',
  'go with',
  'other candidates',
  'other applicants',
  'other people',
  'other profiles',
  'others whose',
  'instead',
  'withdrawn',
  'withdrew',
  'closed',
  'filled',
  'cancelled',
  'canceled',
  'pursue',
  'promote',
  'promoted',
  'elsewhere',
  'declined',
  'decline',
  'unsuccessful',
  'passed on',
  'pass on',
  // The job handed to others: "both posts have now gone to applicants with longer experience".
  'gone to applicants',
  'gone to applicant',
  'gone to candidates',
  'gone to another',
  'gone to other',
  'gone to someone',
  'gone to a candidate',
  'gone to an applicant',
  'went to another',
  'went to someone',
  'went to a candidate',
  'went to an applicant',
  // Someone appointed: "we have appointed a colleague from our Bristol office to the role".
  'have appointed',
  'has appointed',
  "'ve appointed",
  'have now appointed',
  'has now appointed',
  'not ',
  "n't ",
] as const;

/** Decision words that are not negations: aimed at "you" ("we have appointed you", "chosen you") they choose the reader. */
const NEGATION_WORDS = new Set<string>(['not ', "n't ", 'unable', 'no longer', 'decided not']);

/** Words after a negation that make an idiom, or a step still to come, rather than a refusal. */
const NOT_A_REFUSAL = ['hesitate', 'only', 'forget', 'worry', 'miss', 'yet', 'be charged', 'need to', 'have to'];

/** Softeners: how a letter breaks bad news. */
const SOFTENERS = [
  'unfortunately',
  'regret',
  'regrettably',
  'sadly',
  'after careful consideration',
  'after much consideration',
  'after careful review',
  'carefully reviewed',
  'carefully considered',
  'careful thought',
  'much thought',
  'difficult decision',
  'tough decision',
  'hard decision',
  'difficult choice',
  'not an easy decision',
  'sorry to',
  "i'm sorry",
  'i am sorry',
  'we are sorry',
  "we're sorry",
  "i'm afraid",
  'afraid that',
  'bad news',
  'not the news',
  'disappointing',
  'strong field',
  'close decision',
  'was close',
  'genuinely close',
  'in the end',
] as const;

/** Thanks, which a rejection opens with when it is thanks for applying. */
const THANKS = ['thank you', 'thanks', 'we appreciate', 'appreciated', 'appreciate your', 'grateful for'] as const;
/** What the thanks must be for. */
const THANKS_FOR = [
  'appl',
  'interest',
  'interview',
  'the time',
  'your time',
  'patience',
  'candidacy',
  'considering',
  'talking',
  'speaking',
  'meeting',
  'conversation',
  'take-home',
  'going through',
  'presentation',
  'spending',
  'the chance',
  'the opportunity',
  'your effort',
] as const;

/** A well-wishing close: luck in the search, details kept on file, future roles. */
const WELL_WISHING = [
  'best of luck',
  'good luck',
  'wish you',
  'every success',
  'in your search',
  'job search',
  'on file',
  'future opportunit',
  'future role',
  'future opening',
  'future vacanc',
  'future position',
  'apply again',
  'encourage you to apply',
  'keep applying',
  'in the future',
  'other roles',
  'other opportunities',
  'all the best',
  'paths cross',
  'try again',
  'stay in touch',
  'best wishes',
  'your search',
  'hold on to your',
] as const;

const INVITATION = [
  'invite you',
  'like to invite',
  'schedule',
  'availability',
  'book a',
  'calendly',
  'next round',
  'next stage',
  'next step',
  'move you forward',
  'forward with you',
  'like to meet',
  'love to meet',
  'chat with you',
  'speak with you',
  'keen to meet',
  'could we meet',
  'still open',
] as const;
/** A letter the candidate writes: declining an offer, withdrawing. */
const FROM_THE_CANDIDATE = [
  'offering me',
  'offered me',
  'another offer',
  'accept the position',
  'accepting the position',
  'accept the role',
  'accepting the role',
  'withdraw my',
  'withdrawing my',
  'withdraw from the process',
  'withdraw from consideration',
  'i have accepted',
  "i've accepted",
  'i accepted',
  'i have recently accepted',
  "i've recently accepted",
  'i have now accepted',
  'i have since accepted',
  'accepted a position elsewhere',
  'accepted a role elsewhere',
  'accepted a job elsewhere',
  'accepted an offer elsewhere',
  'accepted an offer from another',
  'inviting me',
  'invited me',
  'invitation to interview me',
  'cancel our interview',
  'cancel my interview',
  'decline the interview',
  'decline your invitation',
  'decline the invitation',
  'my candidacy',
] as const;
const OFFERED = [...OFFER_CUES, 'offer you the', 'offer you a', 'offer you this'] as const;
const NOT_SELECTED = ['not selected', 'unsuccessful', 'not successful', 'not shortlisted', 'not progress', 'not hear'];
const TO_COME = [
  'still reviewing',
  'currently reviewing',
  'are reviewing',
  'will review',
  'will be reviewing',
  'under review',
  'will let you know',
  'will contact',
  'will decide',
  'will make a decision',
  'will be making',
  'are still',
  'still considering',
] as const;
const QUESTIONNAIRE = ['questionnaire', 'survey', 'complete the', 'fill in', 'fill out'] as const;
const REFERENCE = ['referee', 'reference for', 'reference check', 'as a reference', 'provide a reference'] as const;

/** A sentence of the flat text: `[start, end)`. */
interface Sentence {
  start: number;
  end: number;
}

/** The letter's sentences: split at line breaks and at a stop, "!", "?" or ";" before a space. */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const ends =
      i === text.length || c === '\n' || ((c === '.' || c === '!' || c === '?' || c === ';') && text[i + 1] === ' ');
    if (!ends) continue;
    if (i > start) found.push({ start, end: i });
    start = i + 1;
  }
  return found;
}

/** The first word-bounded occurrence of any phrase in `text[from, to)`, as offsets into `text`. */
function first(text: string, s: Sentence, phrases: readonly string[]): { start: number; end: number } | undefined {
  const sentence = text.slice(s.start, s.end);
  let best: { start: number; end: number } | undefined;
  for (const phrase of phrases) {
    for (const at of occurrences(sentence, phrase)) {
      // A phrase ending in a space or a stem ("appl", "future opportunit") bounds only its start.
      const open = phrase.endsWith(' ') || !isWordChar(phrase, phrase.length - 1) || STEMS.has(phrase);
      // "n't " ends a word: only a phrase that starts with a letter bounds its start.
      const bounded = !phrase.startsWith("n'");
      if ((bounded && isWordChar(sentence, at - 1)) || (!open && isWordChar(sentence, at + phrase.length))) continue;
      if (best === undefined || s.start + at < best.start)
        best = { start: s.start + at, end: s.start + at + phrase.length };
      break;
    }
  }
  return best;
}

/** Negations, and wishes that say the thing is not done ("I wish I could offer you the job"). */
export const NEGATED_BEFORE = [
  ' not ',
  "n't ",
  'unable ',
  'no longer ',
  'cannot ',
  'not ',
  'wish i could ',
  'wish we could ',
  'wish i were able to ',
  'wish we were able to ',
  'if only we could ',
  'if only i could ',
] as const;

const STEMS = new Set<string>(['future opportunit', 'future vacanc', 'regret', 'offer']);

/** Whether the sentence says "if", "should", "whether"… before `at`. */
function conditionalBefore(text: string, s: Sentence, at: number): boolean {
  const before = ` ${text.slice(s.start, at)} `;
  return CONDITIONAL_WORDS.some((w) => before.includes(` ${w} `));
}

/** Whether a negation ends within the few words before `at` ("not able to make you an offer", "I wish I could offer you"). */
function negatedBefore(text: string, s: Sentence, at: number): boolean {
  const before = text.slice(Math.max(s.start, at - 40), at);
  return NEGATED_BEFORE.some((n) => before.includes(n));
}

/**
 * A decision aimed at the reader: a word of a decision against them ("moved on", "withdrawn",
 * "decided not", "someone else", a negation) in a sentence that names their job or application,
 * or just after one that does; never in a hypothetical ("if you are not selected").
 */
export function decisionSignal(text: string): Signal | undefined {
  const all = sentences(text);
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!;
    const word = first(text, s, DECISION_WORDS);
    if (word === undefined) continue;
    if (conditionalBefore(text, s, word.start)) continue;
    const rest = text.slice(word.end, Math.min(s.end, word.end + 20));
    // "please don't hesitate", "not only": a negation that refuses nothing.
    if (text[word.end - 1] === ' ' && NOT_A_REFUSAL.some((w) => rest.startsWith(w))) continue;
    if (rest.startsWith('yet') || text.slice(s.start, s.end).includes(' yet')) continue;
    if (!NEGATION_WORDS.has(text.slice(word.start, word.end)) && /^ you\b/u.test(rest)) continue;
    const job = first(text, s, JOB_WORDS);
    const previous = k > 0 ? all[k - 1] : undefined;
    if (job === undefined && (previous === undefined || first(text, previous, JOB_WORDS) === undefined)) continue;
    const start = job !== undefined && job.start < word.start && word.start - job.start <= 80 ? job.start : word.start;
    return { name: 'decision', weight: 2, start, end: clauseEnd(text, s, word.end) };
  }
  return undefined;
}

/** The end of the clause holding `from` (a comma, colon or the sentence's end; at most 60 characters on). */
function clauseEnd(text: string, s: Sentence, from: number): number {
  const limit = Math.min(s.end, from + 60);
  let end = from;
  while (end < limit && !',:.!?;'.includes(text[end]!)) end++;
  if (end === limit && end < s.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > from) end = space;
  }
  return end;
}

/** A softener: "unfortunately", "we regret", "after careful consideration", "a difficult decision". */
export function softenerSignal(text: string): Signal | undefined {
  return phraseSignal(text, SOFTENERS, 'softener');
}

/** Thanks for applying, for the interview, for the reader's time or patience. */
export function gratitudeSignal(text: string): Signal | undefined {
  for (const s of sentences(text)) {
    const thanks = first(text, s, THANKS);
    if (thanks === undefined) continue;
    const window = text.slice(thanks.end, Math.min(s.end, thanks.end + 60));
    const what = THANKS_FOR.map((w) => ({ w, at: window.indexOf(w) })).find((x) => x.at !== -1);
    if (what !== undefined)
      return { name: 'gratitude', weight: 1, start: thanks.start, end: thanks.end + what.at + what.w.length };
  }
  return undefined;
}

/** A well-wishing close: "best of luck in your search", "keep your details on file", future roles. */
export function wellWishingSignal(text: string): Signal | undefined {
  return phraseSignal(text, WELL_WISHING, 'well-wishing');
}

function phraseSignal(text: string, phrases: readonly string[], name: Signal['name']): Signal | undefined {
  for (const s of sentences(text)) {
    const f = first(text, s, phrases);
    if (f !== undefined && !conditionalBefore(text, s, f.start)) return { name, weight: 1, ...f };
  }
  return undefined;
}

/**
 * The counter-signals: an invitation to schedule or a next step, an offer, a conditional "if you
 * are not selected", a review still to come, a questionnaire, a reference request. A phrase just
 * after a negation ("we won't be inviting you to the next stage") does not count.
 */
export function counterSignals(text: string): Counter[] {
  const found: Counter[] = [];
  const lists: [Counter['name'], readonly string[]][] = [
    ['invitation', INVITATION],
    ['offer', OFFERED],
    ['review-to-come', TO_COME],
    ['questionnaire', QUESTIONNAIRE],
    ['reference-request', REFERENCE],
    ['from-the-candidate', FROM_THE_CANDIDATE],
  ];
  for (const s of sentences(text)) {
    for (const [name, phrases] of lists) {
      const f = first(text, s, phrases);
      if (f !== undefined && !negatedBefore(text, s, f.start)) found.push({ name, ...f });
    }
    const outcome = first(text, s, NOT_SELECTED);
    if (outcome !== undefined && conditionalBefore(text, s, outcome.start))
      found.push({ name: 'if-not-selected', ...outcome });
  }
  return found;
}

/** The scored reading: the signals found, their total, and the counter-signals. */
export interface Scored {
  signals: Signal[];
  score: number;
  counters: Counter[];
  /** A decision, a total of at least `REJECTION_SCORE`, and no counter-signal. */
  isRejection: boolean;
}

/** Scores a letter's flat text (see `flatten`) over the independent signals and counter-signals. */
export function scoreRejection(text: string): Scored {
  const signals = [decisionSignal(text), softenerSignal(text), gratitudeSignal(text), wellWishingSignal(text)].filter(
    (s) => s !== undefined,
  );
  const score = signals.reduce((n, s) => n + s.weight, 0);
  const counters = counterSignals(text);
  const isRejection = signals.some((s) => s.name === 'decision') && score >= REJECTION_SCORE && counters.length === 0;
  return { signals, score, counters, isRejection };
}
