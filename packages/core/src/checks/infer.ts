/**
 * Which kind of message a text is, when the caller does not say: a pitch to a manager, an intro
 * or referral request, a forwardable note, a follow-up, a thank-you, a LinkedIn note, a call
 * script — or none of these. Phrases vote for a kind with a weight (`kindSigns`), the shape of
 * the text adds its own votes (a note to forward between separator lines, a quoted reply, a
 * phone number said twice, a text short enough for LinkedIn), and the highest total wins.
 * Outreach mail with no strong sign of another kind is read as a pitch: that is what most
 * hand-written mail to a manager is, and the pitch's rules are the strictest about proof and ask.
 * How sure the inference is (`Report.confidence`) comes from separate signs of a job search, so
 * everyday mail read as a pitch carries a low confidence and `outreachKind` lets it go.
 */
import type { Kind } from '../kinds.js';
import { Region, type Analysis, type Token } from './analyze.js';
import type { LexiconHits } from './phrases.js';
import { findResult } from './concrete.js';
import type { Report } from './types.js';
import { kindSigns, outreachSigns } from './signs.js';
import { firstPerson, numberWords, relationshipSigns, secondPerson } from './vocabulary.js';

/** Fewest body words for a text to be read as outreach at all. */
const MIN_WORDS = 8;
/** Lowest total for a kind other than the pitch to win. */
const MIN_SCORE = 3;

function phoneRuns(text: string, end: number): Map<string, number> {
  const seen = new Map<string, number>();
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let digits = '';
    let j = i;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) digits += text[j];
      else if (!(d === 32 || d === 45 || d === 46 || d === 40 || d === 41 || d === 43)) break;
      // A sentence end (". " then a capital) stops the run.
      else if (d === 46 && text.charCodeAt(j + 1) === 32) break;
      j++;
    }
    if (digits.length >= 7 && digits.length <= 15) {
      const key = digits.slice(-7);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    i = j + 1;
  }
  return seen;
}

/** Subjects of a note written to be forwarded (lower case): "intro: name", "forwardable", "introduction". */
const FORWARD_SUBJECT = /^(?:(?:intro|introduction)(?: request)?:|forwardable\b|(?:intro|introduction)$)/;

const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's"]);
const RUNS = new Set(['runs', 'leads', 'manages', 'heads', 'now', 'oversees', 'is']);

/** Whether the body speaks of someone in the third person ("she", "who now runs…"). */
function mentionsThirdPerson(analysis: Analysis): boolean {
  const { tokens } = analysis;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.region !== Region.Body) continue;
    if (THIRD_PERSON.has(t.lower)) return true;
    if (t.lower === 'who' && RUNS.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Scores of every kind for a text; exported for tests and the scorer. */
export function kindScores(analysis: Analysis, hits: LexiconHits, subject: string | undefined): Record<Kind, number> {
  const scores: Record<Kind, number> = {
    managerPitch: 0,
    introRequest: 0,
    forwardableBlurb: 0,
    followUp: 0,
    callScript: 0,
    linkedinNote: 0,
    thankYou: 0,
  };
  for (const hit of hits.get(kindSigns) ?? []) {
    const [kind, weight] = hit.tag as readonly [Kind, number];
    scores[kind] += weight;
  }
  const { text } = analysis;
  // "You know Maria Santos, who now runs analytics", "your old boss Steven… he": the manager in the
  // third person, to someone who knows them — a request to a contact, even one that asks nothing.
  if ((hits.get(relationshipSigns) ?? []).length > 0 && mentionsThirdPerson(analysis)) scores.introRequest += 2;
  if (analysis.blurb !== undefined) scores.introRequest += 6;
  if (analysis.quoted !== undefined) scores.followUp += 2;
  const lowerSubject = subject?.trim().toLowerCase() ?? '';
  if (lowerSubject.startsWith('re:')) scores.followUp += 3;
  if (lowerSubject.startsWith('thank')) scores.thankYou += 3;
  // A subject written to travel with a forwarded note: "Intro: Priya Shah, claims analyst",
  // "Forwardable: …", a bare "Introduction". "Intro to Sam?" asks the contact; "Intro: Jen <> Pat"
  // or "Jen and Pat" introduces two people to each other.
  if (FORWARD_SUBJECT.test(lowerSubject) && !lowerSubject.includes('<>') && !lowerSubject.includes(' and '))
    scores.forwardableBlurb += 3;
  let repeated = 0;
  for (const n of phoneRuns(text, analysis.end).values()) repeated = Math.max(repeated, n);
  if (repeated >= 2) scores.callScript += 4;
  if (analysis.signature === undefined && subject === undefined) {
    const counted = text.slice(0, analysis.end).trim();
    if (counted.length <= 300) {
      scores.linkedinNote += 2;
      // One line, greeting included: a note typed into LinkedIn's box, not an email.
      if (!counted.includes('\n')) scores.linkedinNote += 1;
    }
  }
  // A subject line, even an empty one, makes the text an email: LinkedIn notes have none.
  if (subject !== undefined) scores.linkedinNote = 0;
  return scores;
}

/** What the inference decided: the kind (or `null`) and how sure it is, 0..1. */
export interface Inference {
  kind: Kind | null;
  confidence: number;
}

/** Greeting names that address a group: mail to a team, a club, a list is not outreach. */
const GROUPS = new Set(['all', 'team', 'everyone', 'everybody', 'folks', 'members', 'guys', "y'all"]);
/** First person singular: the sender speaking of themself. */
const SELF = new Set(['i', 'my', 'me', "i'm", "i've", "i'd", 'myself']);
/** Words before a number that make it a time of day. */
const TIME_BEFORE = new Set(['at', 'before', 'after', 'until', 'till']);
/** A subject about a job: the role, an application, an introduction. */
const JOB_SUBJECT =
  /\b(?:job|role|position|application|applying|resume|cv|intro|introduction|referral|opening|candidate|interview)\b/i;
const bodyToken = (t: Token): boolean => t.region === Region.Body || t.region === Region.BlurbBody;
/** Signature words of someone who hires, not someone looking. */
const HIRING_SIDE = new Set(['recruiting', 'recruiter', 'recruitment', 'talent', 'acquisition', 'hr', 'people']);

/** How much a text reads as a job seeker's outreach: phrase weights, the greeting, the signature. */
function outreachEvidence(analysis: Analysis, hits: LexiconHits, subject: string | undefined): number {
  const { tokens } = analysis;
  let evidence = 0;
  // Each phrase counts once: "the role" said three times is one sign.
  const seen = new Set<string>();
  for (const hit of hits.get(outreachSigns) ?? []) {
    let words = '';
    for (let i = hit.from; i < hit.to; i++) words += ` ${(tokens[i] as Token).lower}`;
    if (seen.has(words)) continue;
    seen.add(words);
    evidence += hit.tag as number;
  }
  const greeting = analysis.greeting?.name.toLowerCase() ?? '';
  if (GROUPS.has(greeting)) evidence -= 4;
  // "Dear Hiring Manager": written to whoever hires.
  if (greeting.includes('hiring')) evidence += 3;
  // A result the sender claims ("I cut no-shows from 18% to 9%", "on my shift, accuracy went…"),
  // counted for at most two sentences.
  let claims = 0;
  for (const s of analysis.sentences) {
    if (s.blurb) continue;
    if (claims === 2) break;
    let who = 0;
    for (let i = s.from; i < s.to && who < 2; i++) {
      const lower = (analysis.tokens[i] as Token).lower;
      if (SELF.has(lower)) who = 2;
      else if (lower === 'we' || lower === 'our') who = 1;
    }
    if (who === 0) continue;
    const at = findResult(analysis.tokens, s.from, s.to, analysis.text, bodyToken);
    if (at === -1) continue;
    // "at 3", "before 11": a time of day, not a result.
    if (TIME_BEFORE.has(analysis.tokens[at - 1]?.lower ?? '')) continue;
    claims++;
    // A number word ("found two dates", "the three clauses") is a weaker claim than digits or a result verb.
    evidence += numberWords.has((analysis.tokens[at] as Token).lower) ? who / 2 : who;
  }
  if (subject !== undefined && JOB_SUBJECT.test(subject)) evidence += 2;
  // The signature comes last (before any quoted reply): read backwards until the body.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.region === Region.Body) break;
    if (t.region === Region.Signature && HIRING_SIDE.has(t.lower)) {
      evidence -= 4;
      break;
    }
  }
  return evidence;
}

/** Evidence at which a text is as likely outreach as not (`1 - e^-1`, about 0.63, at this value). */
const EVIDENCE_SCALE = 3;

/**
 * The kind a text reads as, or `null` for none of these: too short to be a message, or not
 * addressed by one person to another (no "I" and no "you"). The confidence is the product of how
 * much the text reads as a job seeker's outreach at all (`outreachSigns` plus the winning kind's
 * own votes) and how clearly the kind beat the others; for `null` it is how little the text
 * reads as outreach.
 */
export function inferKind(
  analysis: Analysis,
  hits: LexiconHits,
  subject: string | undefined,
  counts?: { words: number; persons: number },
): Inference {
  let words = counts?.words ?? 0;
  let persons = counts?.persons ?? 0;
  if (counts === undefined) {
    for (const t of analysis.tokens as readonly Token[]) {
      if (t.region !== Region.Body && t.region !== Region.BlurbBody) continue;
      words++;
      if (firstPerson.has(t.lower) || secondPerson.has(t.lower)) persons++;
    }
  }
  const context = outreachEvidence(analysis, hits, subject);
  if (words < MIN_WORDS || persons === 0) {
    return { kind: null, confidence: round(Math.exp(-Math.max(0, context) / EVIDENCE_SCALE)) };
  }
  const scores = kindScores(analysis, hits, subject);
  let best: Kind = 'managerPitch';
  let top = MIN_SCORE - 0.5;
  let second = 0;
  for (const [kind, score] of Object.entries(scores) as [Kind, number][]) {
    if (kind === 'managerPitch') continue;
    if (score > top) {
      if (best !== 'managerPitch') second = Math.max(second, top);
      best = kind;
      top = score;
    } else second = Math.max(second, score);
  }
  const kind = top >= MIN_SCORE ? best : 'managerPitch';
  // A kind's own votes count for a third (many are everyday phrases: "following up", "call me
  // back"); a thank-you's not at all (people thank each other for everything).
  const evidence = context + (kind === 'managerPitch' || kind === 'thankYou' ? 0 : Math.min(top, 6) / 3);
  const outreach = evidence <= 0 ? 0 : 1 - Math.exp(-evidence / EVIDENCE_SCALE);
  // A pitch is the default: it is surer the less another kind scored; another kind, the more it led.
  const clear =
    kind === 'managerPitch' ? 1 - (0.2 * Math.min(second, MIN_SCORE)) / MIN_SCORE : 0.8 + (0.2 * (top - second)) / top;
  return { kind, confidence: round(outreach * clear) };
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/**
 * Confidence from which `outreachKind` takes an inferred kind for outreach. Below it, a text
 * `check()` was not told about is treated as ordinary mail (a send check lets it go).
 */
export const OUTREACH_CONFIDENCE = 0.6;

/**
 * The one decision on whether a message is outreach, and as which kind: the kind sidedoor
 * drafted it as (`drafted`) when there is one; the caller's kind when `check()` was given one;
 * otherwise the inferred kind when `report.confidence` reaches `OUTREACH_CONFIDENCE`. `undefined`
 * means ordinary mail: a send check lets it go, a pane can still check it as the kind shown.
 *
 * @example
 * outreachKind(check(text, { subject }))            // 'managerPitch' | … | undefined
 * outreachKind(check(text), 'introRequest')         // 'introRequest'
 */
export function outreachKind(report: Report, drafted?: Kind): Kind | undefined {
  if (drafted !== undefined) return drafted;
  if (report.kind === null) return undefined;
  if (!report.inferred) return report.kind;
  return report.confidence >= OUTREACH_CONFIDENCE ? report.kind : undefined;
}
