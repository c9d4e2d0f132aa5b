import { titleFacts } from '../contacts/roles.js';
import { isNameWord, nameBackward, nameForward, type Span } from './capture.js';
import {
  APPLICATION_WORDS,
  CHOICE_VERBS,
  FILLED,
  NEGATIONS,
  PROGRESS_WORDS,
  SOMEONE_ELSE,
  CONDITIONAL_WORDS,
  DECIDED,
  DECISION_CUES,
  HOLD_CUES,
  KEPT_IN,
  NOT_THE_JOB,
  OFFER_CUES,
  OTHERS_DECIDED,
  DEFINITE_OTHERS,
  FROM_WITHIN,
  PASSIVE_CHOICE,
  PASS_CUES,
  GENERIC_JOBS,
  STILL_GOING,
  POSITIVE_CUES,
  STRONG_CUES,
  WEAK_CUES,
} from './cues.js';
import { counterSignals, NEGATED_BEFORE, scoreRejection } from './signals.js';
import { type FlatText, flatten, isWordChar, occurrences, quote } from './flat.js';

/** Where in the letter something was read: the exact words, and their offsets in the text given. */
export interface Evidence {
  evidence: string;
  start: number;
  end: number;
}

/** A value read from the letter, with the words it came from. */
export interface Found<T> extends Evidence {
  value: T;
}

/**
 * What `readRejection` read. Every field is present only when the letter says it, and carries the
 * words it came from (`evidence`, with `start`/`end` offsets into the text): nothing is guessed.
 */
export interface Rejection {
  /** True when the letter says the candidate will not get this job. */
  isRejection: boolean;
  /** The phrases that made it a rejection (empty when it is not one). */
  because: Evidence[];
  /** The company, as the letter names it ("Northwind Traders"). */
  company?: Found<string>;
  /** The job title, as the letter names it ("Senior Payments Engineer"). */
  role?: Found<string>;
  /** Who signed it: a name from the signature, and whether they work in recruiting or HR. */
  sender?: { name?: Found<string>; isRecruiter?: Found<boolean> };
}

/** The longest letter read; beyond it only the first part is read (a letter is a page or two). */
export const MAX_LETTER_LENGTH = 100_000;

const COMPANY_AFTER = [
  'interest in joining ',
  'interest in working at ',
  'interest in working for ',
  'interest in working with ',
  'interest in ',
  'for applying to ',
  'for applying at ',
  'applying to ',
  'applied to ',
  'application to ',
  'considering ',
  'position at ',
  'position with ',
  'role at ',
  'role with ',
  'opening at ',
  'job at ',
  'opportunity at ',
  'opportunity with ',
  'opportunities at ',
  'career at ',
  'careers at ',
  'career with ',
  'employment with ',
  'here at ',
  'us at ',
  'we at ',
  'everyone at ',
  'team at ',
  'interviewing at ',
  'recruiter at ',
  'recruiting at ',
  'partner at ',
  'acquisition at ',
  'application with ',
  'apply to ',
  'roles at ',
  'openings at ',
  'positions at ',
  'jobs at ',
  'post with ',
  'job with ',
  'opening with ',
  'vacancy at ',
  'vacancy with ',
  'interviewing with ',
  'process at ',
  'process with ',
  'search at ',
  'feedback from ',
  'back from ',
];
/** Cues that a person's name may follow as well as a company's: a single word after them is not read. */
const PERSON_PRONE = new Set(['interviewing with ', 'process with ', 'feedback from ', 'back from ']);
/** Organisations named with "the" ("the Westbrook Council"): read after "at the"/"with the" only when they end so. */
const ORGANISATION_WORDS = new Set([
  'council',
  'district',
  'university',
  'college',
  'school',
  'hospital',
  'trust',
  'foundation',
  'institute',
  'museum',
  'agency',
  'authority',
  'department',
  'board',
  'society',
  'association',
  'commission',
  'ministry',
  'office',
  'bank',
  'group',
  'company',
  'library',
  'clinic',
  'centre',
  'center',
  'service',
  'services',
]);
/** Verbs after a sentence's first words that make those words the company deciding ("Northwind has decided…"). */
const COMPANY_SUBJECT_VERBS = [
  ' has decided',
  ' has frozen',
  ' has paused',
  ' have decided',
  ' decided',
  ' has chosen',
  ' has selected',
  ' has filled',
  ' has reviewed',
  ' has made',
  ' has opted',
  ' has elected',
  ' has closed',
  ' has cancelled',
  ' has canceled',
  ' is unable',
  ' is not able',
  ' will not be',
  " won't be",
  ' is not moving',
  ' is moving forward',
  ' has moved forward',
];
const COMPANY_BEFORE = [
  ' recruiting team',
  ' recruitment team',
  ' talent acquisition',
  ' talent team',
  ' hiring team',
  ' people team',
  ' careers team',
  ' hr team',
  ' recruiting',
];
const COMPANY_CONNECTORS = new Set(['&', 'and', 'of', '+', '-', 'de', 'for']);
/** Team qualifiers dropped from the end of a name read before "Recruiting" ("Litware University Recruiting"). */
const TEAM_QUALIFIERS = new Set([
  'early',
  'campus',
  'university',
  'graduate',
  'college',
  'technical',
  'tech',
  'careers',
]);
const COMPANY_STOP_FIRST = new Set([
  'early',
  'campus',
  'university',
  'graduate',
  'college',
  'this',
  'that',
  'these',
  'our',
  'your',
  'us',
  'we',
  'i',
  'you',
  'unfortunately',
  'thank',
  'thanks',
  'please',
  'dear',
  'hi',
  'hello',
  'the',
  'a',
  'an',
  'all',
  'it',
  'my',
  'team',
  'joining',
  'working',
  'his',
  'her',
  'their',
  "we've",
  "we're",
  "we'd",
  "i've",
  "i'm",
  "i'd",
  "it's",
  'there',
  'everyone',
  'nobody',
  // Parts of a company that decide, not the company: "Leadership has frozen hiring".
  'leadership',
  'management',
  'finance',
  'hr',
  'engineering',
  'marketing',
  'sales',
  'product',
  'legal',
  'operations',
]);
const ROLE_NOUNS = [
  'position',
  'role',
  'opening',
  'vacancy',
  'job',
  'opportunity',
  'post',
  'req',
  'requisition',
  'programme',
  'program',
  'interview',
  'interviews',
];
/** Nouns that follow a job title only sometimes ("the Firmware Engineer requirements"): the words must read as a job. */
const JOB_ONLY_NOUNS = ['requirements', 'process', 'search', 'shortlist'];
const ROLE_WORDS_STOP = new Set([...ROLE_NOUNS, ...JOB_ONLY_NOUNS, 'at', 'with', 'here', 'in', 'team']);
const ROLE_CONNECTORS = new Set(['of', 'and', '&', '-', '–', '/', 'for', 'in', 'to']);
const ROLE_AFTER = [
  'position of ',
  'post of ',
  'application as ',
  'applying as ',
  'applied as ',
  'role of ',
  'application for the ',
  'application for ',
  'applying for the ',
  'applying for ',
  'applied for the ',
  'applied for ',
  'interviewing for the ',
  'interviewing for ',
  'interview for the ',
  'interview for ',
  'candidacy for the ',
  'candidacy for ',
  'consideration for the ',
  'consideration for ',
];
const DETERMINERS = new Set(['the', 'our', 'this', 'your', 'a', 'an', 'that']);
const NOT_A_ROLE = new Set([
  'open',
  'exciting',
  'current',
  'available',
  'same',
  'above',
  'advertised',
  'new',
  'other',
  'specific',
  'posted',
  'recent',
  'aforementioned',
  'this',
  'that',
  'position',
  'role',
  'next',
  'right',
  'final',
  'first',
  'second',
  'any',
  'future',
  'similar',
  'great',
  'remote',
  'full-time',
  'part-time',
  'contract',
]);
const SIGN_OFFS = new Set([
  'best',
  'best regards',
  'regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'warmly',
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'thanks',
  'thank you',
  'thanks again',
  'many thanks',
  'cheers',
  'all the best',
  'best wishes',
  'warm wishes',
  'with appreciation',
  'respectfully',
  'take care',
  'with thanks',
  'thanks so much',
  'with gratitude',
  'yours truly',
  'best of luck',
  'good luck',
  'all best',
  'regards and best wishes',
]);
const RECRUITING_WORDS = [
  'recruit',
  'talent',
  'human resources',
  'hr ',
  'hr,',
  'people operations',
  'people partner',
  'people team',
  'sourcer',
  'sourcing',
  'hiring team',
  'careers',
  'staffing',
  'hr business partner',
  'people & culture',
  'people and culture',
];

/**
 * Reads a rejection ("we went with another candidate") letter: whether it is one, and the
 * company, role and sender where the text says them, each with the words it came from. A
 * hypothetical ("if you are not selected…"), an offer or an invitation is not a rejection.
 * Reads in time linear in the text (at most `MAX_LETTER_LENGTH` characters).
 *
 * @example
 * readRejection('Thank you for applying for the Payments Engineer role at Acme. Unfortunately, we have decided to move forward with other candidates.\n\nBest,\nDana Kim\nTechnical Recruiter')
 * // { isRejection: true, company: { value: 'Acme', evidence: 'role at Acme', … }, role: { value: 'Payments Engineer', … },
 * //   sender: { name: { value: 'Dana Kim', … }, isRecruiter: { value: true, evidence: 'Technical Recruiter', … } }, … }
 */
export function readRejection(text: string): Rejection {
  const original = text.length > MAX_LETTER_LENGTH ? text.slice(0, MAX_LETTER_LENGTH) : text;
  const flat = flatten(original);
  const result: Rejection = { isRejection: false, because: [] };

  const composed = composedCues(flat);
  // A stopped search says no only to a reader the letter is written to, and not while it keeps them in.
  const stopped = [...findCues(flat, HOLD_CUES, true), ...composed.filter((c) => c.phrase === STOPPED)];
  const holds = writtenToReader(flat.text) && findCues(flat, KEPT_IN, false).length === 0 ? stopped : [];
  // "roles that have been filled are removed from the list" is about no one's job in particular.
  // Nor does "the position has been closed to new applications" close it on the reader.
  const said = findCues(flat, STRONG_AND_PASS, true).filter(
    (c) =>
      !(
        (c.phrase.includes('filled') &&
          GENERIC_JOBS.some((g) => flat.text.slice(Math.max(0, c.start - 30), c.start).includes(g))) ||
        (c.phrase.includes('closed') && STILL_GOING.some((w) => flat.text.startsWith(w, c.end + 1)))
      ),
  );
  const strong = [...said, ...composed.filter((c) => c.phrase !== STOPPED), ...holds].sort((a, b) => a.start - b.start);
  const weak = findCues(flat, WEAK_CUES, true);
  const positive = findCues(flat, POSITIVE_CUES, false);
  // "we won't be able to make you an offer" is no offer.
  const offer = findCues(flat, OFFER_CUES, false).filter((c) => !isNegatedBefore(flat.text, c.start));
  const weakNames = new Set(weak.map((w) => w.phrase));
  const decided = [...weakNames].some((w) => DECISION_CUES.has(w));
  // A letter the candidate wrote ("I have accepted an offer elsewhere, so I must cancel our
  // interview") declines; it is nobody's rejection, whatever phrase it shares with one.
  const byCandidate = counterSignals(flat.text).some((c) => c.name === 'from-the-candidate');
  if (!byCandidate && strong.length > 0 && (offer.length === 0 || separateCues(strong) >= 2)) {
    result.isRejection = true;
    result.because = separate(strong).map((s) => quote(original, flat, s.start, clauseEnd(flat, s.end)));
  } else if (
    !byCandidate &&
    strong.length === 0 &&
    weakNames.size >= 2 &&
    decided &&
    positive.length === 0 &&
    offer.length === 0 &&
    APPLICATION_WORDS.some((w) => flat.text.includes(w))
  ) {
    result.isRejection = true;
    result.because = separate(weak).map((s) => quote(original, flat, s.start, s.end));
  } else if (!byCandidate && strong.length === 0 && offer.length === 0) {
    // No phrase says it: the letter's structure may — a decision aimed at the reader with a softener,
    // thanks for applying or a well-wishing close, and nothing that keeps the reader in.
    const scored = scoreRejection(flat.text);
    if (scored.isRejection) {
      result.isRejection = true;
      result.because = scored.signals.map((s) => quote(original, flat, s.start, s.end));
    }
  }

  const roles = readRole(original, flat);
  const role = pick(original, flat, roles.roles);
  if (role !== undefined) result.role = role;
  const signature = readSignature(original);
  const people = peopleWords(flat, signature.sender?.name?.value);
  const company = readCompany(original, flat, role?.value, [...roles.companies, ...signature.companies], people);
  if (company !== undefined) result.company = company;
  if (signature.sender !== undefined) result.sender = signature.sender;
  return result;
}

const STOPPED = 'the search stopped';
const STRONG_AND_PASS = [...STRONG_CUES, ...PASS_CUES];
const LONGEST_PROGRESS = Math.max(...PROGRESS_WORDS.map((w) => w.length));
const LONGEST_OTHER = Math.max(...SOMEONE_ELSE.map((w) => w.length));
const LONGEST_PASSIVE = Math.max(...PASSIVE_CHOICE.map((w) => w.length));
/** Words after a negation that make an idiom rather than a refusal. */
const NEGATION_IDIOMS = ['hesitate', 'only', 'forget', 'worry', 'miss '];
/** Choice verbs that speak of a plan as often as of a choice: they count only in a sentence that says it was decided. */
const DECIDED_ONLY_VERBS = new Set<string>(['appoint', 'appointing', 'promote']);
/** What is handed over, after a handing verb: "extending the offer to …", "given the role to …". */
const HANDED_TO = [
  ' the offer to ',
  ' an offer to ',
  ' the role to ',
  ' the position to ',
  ' the job to ',
  ' the post to ',
];
const HANDING_VERBS = new Set([
  'extend',
  'extended',
  'extending',
  'make',
  'made',
  'making',
  'give',
  'gave',
  'given',
  'giving',
  'offer',
  'offered',
  'offering',
]);
/** Nouns a "filled"/"closed" phrase is about when it is the job. */
const JOB_SUBJECTS = ['position', 'role', 'job', 'vacancy', 'opening', 'requisition', 'posting', 'search', 'post'];

/** Whether the letter speaks to its reader ("you", "your", or a greeting), as a notice to a candidate does and an article does not. */
function writtenToReader(text: string): boolean {
  if (/^(?:dear|hi|hello|hey)\b/u.test(text)) return true;
  for (const word of ['you', 'your']) {
    for (const at of occurrences(text, word)) {
      if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) return true;
    }
  }
  return false;
}

/** Whether a negation ends within the few words before `at` ("not able to make you an offer"). */
function isNegatedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return NEGATED_BEFORE.some((n) => before.includes(n));
}

/** The cues that do not overlap an earlier one (sorted by start): one piece of evidence per statement. */
function separate(cues: Cue[]): Cue[] {
  const kept: Cue[] = [];
  let end = -1;
  for (const cue of cues) {
    if (cue.start >= end) kept.push(cue);
    end = Math.max(end, cue.end);
  }
  return kept;
}

/** How many cues say it in separate places (overlapping cues are one statement). Cues come sorted. */
function separateCues(cues: Cue[]): number {
  let count = 0;
  let end = -1;
  for (const cue of cues) {
    if (cue.start >= end) count++;
    end = Math.max(end, cue.end);
  }
  return count;
}

interface Cue {
  phrase: string;
  start: number;
  end: number;
}

function findCues(flat: FlatText, phrases: readonly string[], skipConditional: boolean): Cue[] {
  const found: Cue[] = [];
  for (const phrase of phrases) {
    for (const at of occurrences(flat.text, phrase)) {
      if (isWordChar(flat.text, at - 1) || isWordChar(flat.text, at + phrase.length)) continue;
      if (skipConditional && isConditional(flat.text, at)) continue;
      found.push({ phrase, start: at, end: at + phrase.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the clause holding a cue ends (a comma, stop or line break; at most 60 characters on), so the evidence reads whole. */
function clauseEnd(flat: FlatText, from: number): number {
  const limit = Math.min(flat.text.length, from + 60);
  let end = from;
  while (end < limit && !',.;:!?\n'.includes(flat.text[end]!)) end++;
  // Cut a clause that runs past the limit at its last whole word.
  if (end === limit && end < flat.text.length) {
    const space = flat.text.lastIndexOf(' ', end);
    if (space > from) end = space;
  }
  return end;
}

/**
 * Rejections said in other words, sentence by sentence: a negation just before a progress word
 * with the reader in the sentence ("we won't be moving ahead with your application"), a choice
 * of someone else ("we decided to hire someone else"), or a job no longer open ("this position
 * is now filled"). Hypotheticals are skipped as for the phrases.
 */
function composedCues(flat: FlatText): Cue[] {
  const found: Cue[] = [];
  const text = flat.text;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (
      i < text.length &&
      c !== '\n' &&
      !((c === '.' || c === '!' || c === '?' || c === ';') && text[i + 1] !== undefined && text[i + 1] === ' ')
    )
      continue;
    const sentence = text.slice(start, i);
    const cue = composedCue(sentence, start);
    // The whole cue counts: "who do not finish … will not be considered" is hypothetical.
    if (cue !== undefined && !isConditional(text, cue.end)) found.push(cue);
    start = i + 1;
  }
  return found;
}

function composedCue(sentence: string, offset: number): Cue | undefined {
  const padded = ` ${sentence} `;
  const mentionsReader = padded.includes(' you ') || padded.includes(' your ') || padded.includes(' you,');
  if (mentionsReader) {
    // Every negation in the sentence, each with a look-ahead of a few words: linear in the sentence.
    for (const negation of NEGATIONS) {
      for (const n of occurrences(sentence, negation)) {
        const from = n + negation.length;
        const window = sentence.slice(from, from + 30 + LONGEST_PROGRESS);
        // "we have not yet chosen", "we have not offered anyone the role yet" are still to come.
        if (window.slice(0, 30 + LONGEST_PROGRESS).includes('yet')) continue;
        // "don't hesitate to go ahead", "not only will you progress": idioms, not refusals.
        if (NEGATION_IDIOMS.some((w) => window.startsWith(w))) continue;
        for (const word of PROGRESS_WORDS) {
          const p = window.indexOf(word);
          if (p !== -1 && p <= 30)
            return { phrase: 'a negated next step', start: offset + n, end: offset + from + p + word.length };
        }
      }
    }
  }
  const decided = DECIDED.some((d) => sentence.includes(d));
  for (const verb of CHOICE_VERBS) {
    // "we aim to appoint a candidate who…" is a plan; "we have decided to appoint…" a choice.
    if (DECIDED_ONLY_VERBS.has(verb) && !decided) continue;
    for (const v of occurrences(sentence, verb)) {
      if (isLetter(sentence, v - 1) || isLetter(sentence, v + verb.length)) continue;
      const window = sentence.slice(v + verb.length, v + verb.length + 40 + LONGEST_OTHER);
      for (const other of SOMEONE_ELSE) {
        const o = window.indexOf(other);
        if (o !== -1 && o <= 40)
          return { phrase: 'someone else chosen', start: offset + v, end: offset + v + verb.length + o + other.length };
      }
      // "we have decided to pursue candidates whose…", never "we will select candidates whose…".
      if (decided && DECIDED.some((d) => sentence.slice(0, v).includes(d))) {
        for (const other of OTHERS_DECIDED) {
          const o = window.indexOf(other);
          if (o !== -1 && o <= 12)
            return {
              phrase: 'someone else chosen',
              start: offset + v,
              end: offset + v + verb.length + o + other.length,
            };
        }
      }
    }
  }
  // "a different candidate has been selected": someone definite, then a passive choice.
  for (const other of DEFINITE_OTHERS) {
    for (const o of occurrences(sentence, other)) {
      const rest = sentence.slice(o + other.length, o + other.length + 16 + LONGEST_PASSIVE);
      const passive = PASSIVE_CHOICE.find((p) => {
        const at = rest.indexOf(p);
        return at !== -1 && at <= 16;
      });
      if (passive !== undefined)
        return {
          phrase: 'someone else chosen',
          start: offset + o,
          end: offset + o + other.length + rest.indexOf(passive) + passive.length,
        };
    }
  }
  // "we've decided to fill the position from within the company".
  for (const d of occurrences(sentence, 'decided to fill')) {
    const rest = sentence.slice(d, d + 80);
    const within = FROM_WITHIN.find((w) => rest.includes(w));
    if (within !== undefined)
      return {
        phrase: 'someone else chosen',
        start: offset + d,
        end: offset + d + rest.indexOf(within) + within.length,
      };
  }
  // "we will be extending the offer to them": an offer, a role, handed to anyone but the reader.
  for (const handed of HANDED_TO) {
    for (const h of occurrences(sentence, handed)) {
      const verbAt = sentence.lastIndexOf(' ', h - 1);
      const verb = sentence.slice(verbAt + 1, h);
      if (!HANDING_VERBS.has(verb)) continue;
      const next = sentence.slice(h + handed.length, h + handed.length + 12);
      if (/^(?:you\b|your\b|yourself\b|anyone\b|anybody\b)/u.test(next) || !/^[a-z]/u.test(next)) continue;
      // "we have not offered the position to …" hands nothing over.
      if (isNegatedBefore(sentence, verbAt + 1)) continue;
      return { phrase: 'someone else chosen', start: offset + verbAt + 1, end: offset + h + handed.length };
    }
  }
  for (const filled of FILLED) {
    const f = sentence.indexOf(filled);
    if (f === -1) continue;
    const subject = Math.max(...JOB_SUBJECTS.map((w) => sentence.lastIndexOf(w, f)));
    // "the interview for the Data Analyst role has been cancelled" is about the interview.
    const other = Math.max(...NOT_THE_JOB.map((w) => sentence.lastIndexOf(w, f)));
    // "closed to new applications" goes on; "roles that have been filled", "the jobs", are no one's in particular.
    const after = sentence.slice(f + filled.length + 1, f + filled.length + 30);
    const noun = JOB_SUBJECTS.find((w) => sentence.startsWith(w, subject));
    const plural = noun !== undefined && sentence[subject + noun.length] === 's';
    if (STILL_GOING.some((w) => after.startsWith(w)) || plural) continue;
    // "the interview for the … role" is the interview's, whatever role it is for.
    const interviewFor = other !== -1 && subject - other <= 60 && sentence.slice(other, subject).includes(' for ');
    if (subject !== -1 && f - subject <= 60 && other < subject && !interviewFor) {
      const stopped = /hold|cancel|withdrawn/u.test(filled);
      return { phrase: stopped ? STOPPED : 'the job filled', start: offset + subject, end: offset + f + filled.length };
    }
  }
  return undefined;
}

function isLetter(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && c >= 'a' && c <= 'z';
}

/** Whether the sentence holding `at` says "if", "should", "whether"… before it. */
function isConditional(text: string, at: number): boolean {
  let start = at;
  // Sentences are short; a bound keeps the look-back constant per cue.
  const limit = Math.max(0, at - 300);
  while (start > limit) {
    const c = text[start - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[start] === ' ')) break;
    start--;
  }
  const before = ` ${text.slice(start, at)}`;
  return CONDITIONAL_WORDS.some((word) => {
    const i = before.indexOf(` ${word} `);
    return i !== -1;
  });
}

interface Candidate {
  value: string;
  key: string;
  start: number;
  end: number;
  /** True when `start`/`end` are offsets into the original text rather than the flat text. */
  original?: boolean;
}

/** The most often named candidate, the earliest on a tie. */
function pick(original: string, flat: FlatText, candidates: Candidate[]): Found<string> | undefined {
  if (candidates.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  let best = candidates[0]!;
  for (const c of candidates) {
    const n = counts.get(c.key)!;
    const m = counts.get(best.key)!;
    if (n > m || (n === m && c.start < best.start)) best = c;
  }
  if (best.original)
    return { value: best.value, evidence: original.slice(best.start, best.end), start: best.start, end: best.end };
  return { value: best.value, ...quote(original, flat, best.start, best.end) };
}

function valueOf(original: string, flat: FlatText, span: Span): string {
  return quote(original, flat, span.start, span.end).evidence.replace(/\s+/g, ' ').trim();
}

function readCompany(
  original: string,
  flat: FlatText,
  role: string | undefined,
  more: Candidate[],
  people: ReadonlySet<string>,
): Found<string> | undefined {
  const candidates: Candidate[] = [...more];
  const roleKey = role?.toLowerCase();
  for (const cue of COMPANY_AFTER) {
    for (const at of occurrences(flat.text, cue)) {
      if (isWordChar(flat.text, at - 1)) continue;
      const span =
        nameForward(flat, at + cue.length, COMPANY_CONNECTORS, new Set(), 5) ?? theOrganisation(flat, at + cue.length);
      if (span === undefined) continue;
      const value = valueOf(original, flat, span);
      const first = value.split(' ')[0]!.toLowerCase();
      if (COMPANY_STOP_FIRST.has(first)) continue;
      // "interviewing with Sam": after these, one word may be the interviewer.
      if (PERSON_PRONE.has(cue) && !value.includes(' ')) continue;
      // "interest in Senior Engineer role": a role, not a company.
      const next = flat.text.slice(span.end + 1, span.end + 14);
      if (ROLE_NOUNS.some((noun) => next.startsWith(noun)) && flat.text[span.end] === ' ') continue;
      if (value.toLowerCase() === roleKey) continue;
      candidates.push({ value, key: value.toLowerCase(), start: at, end: span.end });
    }
  }
  for (const cue of COMPANY_BEFORE) {
    for (const at of occurrences(flat.text, cue)) {
      // A cue at the start of a line ("Recruiting Manager, Hooli") has no name before it.
      if (isWordChar(flat.text, at + cue.length) || flat.cased[at] === '\n') continue;
      const span = nameBackward(flat, at, COMPANY_CONNECTORS, 4);
      if (span === undefined) continue;
      const words = valueOf(original, flat, span).split(' ');
      while (words.length > 0 && TEAM_QUALIFIERS.has(words[words.length - 1]!.toLowerCase())) words.pop();
      if (words.length === 0 || COMPANY_STOP_FIRST.has(words[0]!.toLowerCase())) continue;
      const value = words.join(' ');
      candidates.push({ value, key: value.toLowerCase(), start: span.start, end: at + cue.length });
    }
  }
  // "Junior Accountant at Proseware", "the programme at Fabrikam Energy": a job, then the company.
  for (const at of occurrences(flat.text, ' at ')) {
    let s = at;
    while (s > 0 && flat.text[s - 1] !== ' ' && flat.text[s - 1] !== '\n') s--;
    const before = flat.cased.slice(s, at);
    const noun = before.toLowerCase();
    if (!(isNameWord(before) || ROLE_NOUNS.includes(noun) || JOB_ONLY_NOUNS.includes(noun) || isJobWord(before)))
      continue;
    const span = nameForward(flat, at + 4, COMPANY_CONNECTORS, new Set(), 5);
    if (span === undefined) continue;
    const value = valueOf(original, flat, span);
    if (COMPANY_STOP_FIRST.has(value.split(' ')[0]!.toLowerCase()) || value.toLowerCase() === roleKey) continue;
    const next = flat.text.slice(span.end + 1, span.end + 14);
    if (ROLE_NOUNS.some((noun) => next.startsWith(noun)) && flat.text[span.end] === ' ') continue;
    candidates.push({ value, key: value.toLowerCase(), start: s, end: span.end });
  }
  candidates.push(...subjectCompanies(original, flat, people));
  return pick(original, flat, candidates);
}

/** "the Westbrook Council": the capitalised words after "the" when they end in an organisation word. */
function theOrganisation(flat: FlatText, at: number): Span | undefined {
  if (!flat.text.startsWith('the ', at)) return undefined;
  const span = nameForward(flat, at + 4, COMPANY_CONNECTORS, new Set(), 5);
  if (span === undefined) return undefined;
  let s = span.end;
  while (s > at && flat.text[s - 1] !== ' ' && flat.text[s - 1] !== '\n') s--;
  return ORGANISATION_WORDS.has(flat.text.slice(s, span.end)) ? { start: at + 4, end: span.end } : undefined;
}

/**
 * Companies named as the subject that decides, at a sentence's start: "Northwind has decided to…".
 * A person deciding ("Dana has decided…") is told apart by the names the letter gives its people
 * (greeting and signature).
 */
function subjectCompanies(original: string, flat: FlatText, people: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  const starts = [0];
  for (let i = 0; i < flat.cased.length - 1; i++) {
    const c = flat.cased[i];
    // A sentence's start, or a clause's after a comma ("Due to a freeze, Bellweather will not…").
    if (c === '\n' || ((c === '.' || c === '!' || c === '?' || c === ',') && flat.cased[i + 1] === ' '))
      starts.push(i + 1 + (c === '\n' ? 0 : 1));
  }
  for (const at of starts) {
    const span = nameForward(flat, at, COMPANY_CONNECTORS, new Set(), 4);
    if (span === undefined) continue;
    const verb = COMPANY_SUBJECT_VERBS.find((v) => flat.text.startsWith(v, span.end));
    if (verb === undefined) continue;
    const value = valueOf(original, flat, span);
    const words = value.split(' ');
    if (COMPANY_STOP_FIRST.has(words[0]!.toLowerCase()) || isRecruiting(value) || isJobWords(value)) continue;
    if (words.some((w) => people.has(w.toLowerCase()))) continue;
    found.push({ value, key: value.toLowerCase(), start: span.start, end: span.end + verb.length });
  }
  return found;
}

/**
 * The words of the letter's people's names, lower case: the greeting's ("Hi Dana,") and the signature's.
 */
function peopleWords(flat: FlatText, signatureName: string | undefined): Set<string> {
  const people = new Set<string>();
  for (const w of signatureName?.split(/\s+/u) ?? []) people.add(w.toLowerCase());
  const greeting = /^(?:dear|hi|hello|hey)\s+([\p{L}'’-]+)/iu.exec(flat.cased.slice(0, 80));
  if (greeting !== null) people.add(greeting[1]!.toLowerCase());
  return people;
}

function isJobWord(word: string): boolean {
  const facts = titleFacts(word);
  return facts.functions.size > 0 || facts.seniorityWord !== undefined;
}

function isRoleLike(words: string[]): boolean {
  if (words.length === 0 || words.every((w) => NOT_A_ROLE.has(w.toLowerCase()))) return false;
  return titleFacts(words.join(' ')).functions.size > 0 || words.some((w) => isNameWord(w));
}

function readRole(original: string, flat: FlatText): { roles: Candidate[]; companies: Candidate[] } {
  const candidates: Candidate[] = [];
  const companies: Candidate[] = [];
  // "the Senior Payments Engineer role": the words between a determiner and the noun.
  for (const noun of [...ROLE_NOUNS, ...JOB_ONLY_NOUNS]) {
    const jobOnly = JOB_ONLY_NOUNS.includes(noun);
    for (const at of occurrences(flat.text, ` ${noun}`)) {
      if (isWordChar(flat.text, at + noun.length + 1)) continue;
      let start = at;
      let count = 0;
      let determiner = -1;
      while (start > 0 && count < 9) {
        let s = start;
        while (s > 0 && flat.text[s - 1] !== ' ' && flat.text[s - 1] !== '\n') s--;
        const word = flat.text.slice(s, start);
        if (/[.!?;:"]$/u.test(word) && count > 0) break;
        if (DETERMINERS.has(word)) {
          determiner = start + 1;
          break;
        }
        count++;
        if (s === 0 || flat.text[s - 1] !== ' ') break;
        start = s - 1;
      }
      if (determiner === -1 || determiner >= at) continue;
      let words = flat.cased.slice(determiner, at).split(' ');
      while (words.length > 0 && NOT_A_ROLE.has(words[0]!.toLowerCase())) words = words.slice(1);
      if (words.some((w) => /[.!?;:"]$/u.test(w) && !/^(?:sr|jr)\.$/iu.test(w))) continue;
      if (!isRoleLike(words) || (jobOnly && !isJobWords(words.join(' ')))) continue;
      const offset = at - words.join(' ').length;
      const span = { start: offset, end: at };
      const value = valueOf(original, flat, span).replace(/,$/u, '');
      candidates.push({ value, key: value.toLowerCase(), start: offset, end: at + noun.length + 1 });
    }
  }
  // "your application for Senior Payments Engineer at Acme": capitalised words after the cue.
  for (const cue of ROLE_AFTER) {
    for (const at of occurrences(flat.text, cue)) {
      if (isWordChar(flat.text, at - 1)) continue;
      const read = nameForward(flat, at + cue.length, ROLE_CONNECTORS, ROLE_WORDS_STOP, 8);
      if (read === undefined) continue;
      const span = withQualifier(flat, read);
      const value = valueOf(original, flat, span);
      if (!isRoleLike(value.split(' '))) continue;
      if (['position', 'role'].includes(value.toLowerCase())) continue;
      candidates.push({ value, key: value.toLowerCase(), start: at, end: span.end });
      // "the post of Finance Business Partner with Blue Yonder Airlines"
      for (const joint of [' at ', ' with ']) {
        if (flat.text.startsWith(joint, span.end)) {
          const firm =
            nameForward(flat, span.end + joint.length, COMPANY_CONNECTORS, new Set(), 5) ??
            theOrganisation(flat, span.end + joint.length);
          if (firm === undefined) continue;
          const name = valueOf(original, flat, firm);
          if (COMPANY_STOP_FIRST.has(name.split(' ')[0]!.toLowerCase())) continue;
          companies.push({ value: name, key: name.toLowerCase(), start: at, end: firm.end });
        }
      }
    }
  }
  return { roles: candidates, companies };
}

/** A title's qualifier in brackets after it ("Backend Engineer (Payments)"): short, capitalised, on one line. */
function withQualifier(flat: FlatText, span: Span): Span {
  if (!flat.cased.startsWith(' (', span.end)) return span;
  const close = flat.cased.indexOf(')', span.end + 2);
  if (close === -1 || close - span.end > 32) return span;
  const inside = flat.cased.slice(span.end + 2, close);
  return isNameWord(inside) && !/[\n()]/u.test(inside) ? { start: span.start, end: close + 1 } : span;
}

interface Signature {
  sender?: NonNullable<Rejection['sender']>;
  /** Company names the signature gives ("Technical Recruiter | Humongous Insurance"). */
  companies: Candidate[];
}

function readSignature(original: string): Signature {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of original.split('\n')) {
    lines.push({ text: line.replace(/\r$/u, ''), start: offset });
    offset += line.length + 1;
  }
  const companies: Candidate[] = [];
  let signOff = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    const bare = trimEndPunctuation(lines[i]!.text.trim()).toLowerCase();
    if (SIGN_OFFS.has(bare) || isSignOffPhrase(lines[i]!.text.trim())) {
      signOff = i;
      break;
    }
  }
  if (signOff === -1) {
    // No sign-off line: a signature block of its own at the end, a name over a title ("Lena Hartmann" /
    // "Engineering Manager"), is read as if a sign-off stood before it.
    signOff = bareSignatureStart(lines);
  }
  if (signOff === -1) {
    // No sign-off: an automated notice often ends with the team's name ("Oscorp Recruiting").
    const last = lines.filter((l) => l.text.trim() !== '').pop();
    if (last !== undefined && last.text.trim().length <= 60 && isRecruiting(last.text))
      return { sender: { isRecruiter: found(true, last) }, companies };
    return { companies };
  }
  const after = lines.slice(signOff + 1, signOff + 8).filter((l) => l.text.trim() !== '');
  const first = after[0];
  if (first === undefined) return { companies };
  const sender: NonNullable<Rejection['sender']> = {};
  const name = first.text.trim();
  if (isRecruiting(name) || /\bteam\b/iu.test(name)) {
    if (isRecruiting(name)) sender.isRecruiter = found(true, first);
    // "Human Resources, Thornbury Council": the team, then the company.
    const [, firm] = splitTitle(first);
    if (firm !== undefined && isFirmLine(firm.text)) companies.push(firmCandidate(firm));
    return { sender, companies };
  }
  if (isPersonName(name)) {
    sender.name = found(name, first);
    // "Dr. Helen Marsh" is Helen Marsh: the title goes, the evidence keeps it.
    const bare = withoutHonorific(name);
    if (bare !== name && isPersonName(bare)) sender.name.value = bare;
    const title = after[1];
    if (title !== undefined) {
      const line = title.text.trim();
      const [role, firm] = splitTitle(title);
      // "Recruiter, Contoso", or a recruiting firm's consultant ("Senior Consultant, Railpath Recruitment").
      if (isRecruiting(role.text) || (firm !== undefined && isRecruiting(firm.text)))
        sender.isRecruiter = found(true, title);
      else if (line.length <= 60 && !/[@:]|\d{3}|https?/u.test(line) && isJobWords(role.text))
        sender.isRecruiter = found(false, title);
      if (firm !== undefined && isFirmLine(firm.text)) companies.push(firmCandidate(firm));
      else if (firm === undefined && !isJobWords(line) && isFirmLine(line)) companies.push(firmCandidate(title));
      const third = after[2];
      if (third !== undefined && isFirmLine(third.text.trim())) companies.push(firmCandidate(third));
    }
  }
  return { ...(sender.name === undefined && sender.isRecruiter === undefined ? {} : { sender }), companies };
}

interface Line {
  text: string;
  start: number;
}

/** Titles before a name in a signature, lower case, without their stop. */
const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev']);

/** The name without a leading title ("Dr. Helen Marsh" → "Helen Marsh"); the name itself when it has none. */
export function withoutHonorific(name: string): string {
  const space = name.indexOf(' ');
  if (space === -1) return name;
  const word = name.slice(0, space).toLowerCase();
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return HONORIFICS.has(bare) ? name.slice(space + 1).trimStart() : name;
}

/**
 * Where a signature without a sign-off line starts, as the index of the line before it: the last
 * block of two or three lines (after a blank line) whose first is a person's name and whose second
 * is a title or a recruiting team. -1 when the letter does not end that way.
 */
function bareSignatureStart(lines: Line[]): number {
  let end = lines.length - 1;
  while (end >= 0 && lines[end]!.text.trim() === '') end--;
  if (end < 2) return -1;
  let start = end;
  while (start > 0 && lines[start - 1]!.text.trim() !== '' && end - start < 3) start--;
  if (start === 0 || lines[start - 1]!.text.trim() !== '' || end - start < 1 || end - start > 2) return -1;
  const name = lines[start]!.text.trim();
  const title = splitTitle(lines[start + 1]!)[0].text.trim();
  if (!isPersonName(name) || title.length > 60 || !(isJobWords(title) || isRecruiting(title))) return -1;
  return start - 1;
}

/** Lower-case particles of surnames ("Anneke de Vries", "Pieter van der Berg", "María de la Cruz"). */
const SURNAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'du',
  'ten',
  'ter',
  'zu',
  'bin',
  'binti',
  'al',
  'el',
  'y',
]);

/** A signature line that is a person's name: two to four capitalised words, plus surname particles between them. */
function isPersonName(line: string): boolean {
  const words = line.split(/\s+/u);
  if (line.length > 48 || !words.every((w) => /^[\p{L}.'’-]+$/u.test(w))) return false;
  const named = words.filter((w) => isNameWord(w));
  if (named.length < 2 || named.length > 4 || words.length > 6) return false;
  if (!isNameWord(words[0]!) || !isNameWord(words[words.length - 1]!)) return false;
  return words.every((w) => isNameWord(w) || SURNAME_PARTICLES.has(w));
}

const SIGN_OFF_STARTS = new Set([
  'good',
  'wishing',
  'thanks',
  'thank',
  'best',
  'regards',
  'kind',
  'warm',
  'warmest',
  'with',
  'many',
  'all',
  'speak',
  'talk',
  'looking',
  'yours',
  'sincerely',
  'cheers',
]);

/** A closing line in other words: short, ending with a comma, opening like a sign-off ("Thanks for your patience,"). */
function isSignOffPhrase(line: string): boolean {
  if (line.length > 40 || !line.endsWith(',')) return false;
  const first = line.slice(0, line.search(/[\s,]/u)).toLowerCase();
  return SIGN_OFF_STARTS.has(first);
}

function found<T>(value: T, line: Line): Found<T> {
  const lead = line.text.length - line.text.trimStart().length;
  const evidence = line.text.trim();
  return { evidence, start: line.start + lead, end: line.start + lead + evidence.length, value };
}

/** "Talent Partner, Contoso" → the title and the company part (after `,`, `|` or ` at `). */
function splitTitle(line: Line): [Line, Line | undefined] {
  for (const mark of [' | ', ', ', ' at ', ' - ', ' – ']) {
    const at = line.text.indexOf(mark);
    if (at > 0) {
      return [
        { text: line.text.slice(0, at), start: line.start },
        { text: line.text.slice(at + mark.length), start: line.start + at + mark.length },
      ];
    }
  }
  return [line, undefined];
}

function isJobWords(text: string): boolean {
  const facts = titleFacts(text);
  return facts.functions.size > 0 || facts.seniorityWord !== undefined;
}

/** A signature line that names a company: a few capitalised words, not a title, team or contact detail. */
function isFirmLine(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 5 || text.length > 50) return false;
  if (/[@:/]|\d{3}/u.test(text) || isRecruiting(text) || isJobWords(text)) return false;
  if (words.some((w) => ['team', 'department', 'office', 'division', 'committee', 'panel'].includes(w.toLowerCase())))
    return false;
  return words.every((w) => isNameWord(w) || COMPANY_CONNECTORS.has(w.toLowerCase()));
}

function firmCandidate(line: Line): Candidate {
  const f = found(line.text.trim(), line);
  return { value: f.value, key: f.value.toLowerCase(), start: f.start, end: f.end, original: true };
}

function isRecruiting(line: string): boolean {
  const lower = `${line.toLowerCase()} `;
  return RECRUITING_WORDS.some((w) => lower.includes(w)) || /\bhr\b/u.test(lower);
}

/** The line without the commas, dots, dashes or exclamation marks after a sign-off ("Best," → "Best"). */
function trimEndPunctuation(line: string): string {
  let end = line.length;
  while (end > 0 && ',.!-–—'.includes(line[end - 1]!)) end--;
  return line.slice(0, end);
}
