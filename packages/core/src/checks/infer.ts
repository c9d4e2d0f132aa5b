/**
 * Which kind of message a text is, when the caller does not say: a pitch to a manager, an intro
 * or referral request, a forwardable note, a follow-up, a thank-you, a LinkedIn note, a call
 * script — or none of these. Phrases vote for a kind with a weight (`kindSigns`), the shape of
 * the text adds its own votes (a note to forward between separator lines, a quoted reply, a
 * phone number said twice, a text short enough for LinkedIn), and the highest total wins.
 * Outreach mail with no strong sign of another kind is read as a pitch: that is what most
 * hand-written mail to a manager is, and the pitch's rules are the strictest about proof and ask.
 */
import type { Kind } from '../kinds.js';
import { Region, type Analysis, type Token } from './analyze.js';
import type { LexiconHits } from './phrases.js';
import { firstPerson, kindSigns, secondPerson } from './vocabulary.js';

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
  if (analysis.blurb !== undefined) scores.introRequest += 6;
  if (analysis.quoted !== undefined) scores.followUp += 2;
  const lowerSubject = subject?.trim().toLowerCase() ?? '';
  if (lowerSubject.startsWith('re:')) scores.followUp += 3;
  if (lowerSubject.startsWith('thank')) scores.thankYou += 3;
  let repeated = 0;
  for (const n of phoneRuns(text, analysis.end).values()) repeated = Math.max(repeated, n);
  if (repeated >= 2) scores.callScript += 4;
  const length = text.slice(0, analysis.end).trim().length;
  if (length <= 300 && analysis.signature === undefined && subject === undefined) {
    scores.linkedinNote += 2;
    // One line, greeting included: a note typed into LinkedIn's box, not an email.
    if (!text.slice(0, analysis.end).trim().includes('\n')) scores.linkedinNote += 1;
  }
  return scores;
}

/**
 * The kind a text reads as, or `null` for none of these: too short to be a message, or not
 * addressed by one person to another (no "I" and no "you").
 */
export function inferKind(analysis: Analysis, hits: LexiconHits, subject: string | undefined): Kind | null {
  let words = 0;
  let persons = 0;
  for (const t of analysis.tokens as readonly Token[]) {
    if (t.region !== Region.Body && t.region !== Region.BlurbBody) continue;
    words++;
    if (firstPerson.has(t.lower) || secondPerson.has(t.lower)) persons++;
  }
  if (words < MIN_WORDS || persons === 0) return null;
  const scores = kindScores(analysis, hits, subject);
  let best: Kind = 'managerPitch';
  let top = MIN_SCORE - 0.5;
  for (const [kind, score] of Object.entries(scores) as [Kind, number][]) {
    if (kind === 'managerPitch') continue;
    if (score > top) {
      best = kind;
      top = score;
    }
  }
  return top >= MIN_SCORE ? best : 'managerPitch';
}
