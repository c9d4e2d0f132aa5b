import type { Context } from '../context.js';
import { kindLabel } from '../../kinds.js';

/** `length/words`: the body's word count against the kind's limits. */
export function lengthWords(ctx: Context, words: number): void {
  if (ctx.kind === undefined) return;
  const limit = ctx.thresholds.words[ctx.kind];
  if (limit === null || limit === undefined) return;
  const what = `the body of ${kindLabel(ctx.kind, 'article')}`;
  const ideal = limit.ideal === undefined ? '' : ` (${limit.ideal[0]}–${limit.ideal[1]} is ideal)`;
  const over = limit.error !== undefined && words > limit.error ? limit.error : words > limit.warn ? limit.warn : -1;
  if (over !== -1) {
    // Point at the words past the limit.
    let seen = 0;
    let at: { start: number; end: number } | undefined;
    for (const t of ctx.tokens) {
      if (!ctx.counted(t)) continue;
      seen++;
      if (seen === over + 1) at = { start: t.start, end: t.end };
      if (at !== undefined) at.end = t.end;
    }
    ctx.report('length/words', `Expected at most ${limit.warn} words in ${what}${ideal}, found ${words}.`, {
      severity: limit.error !== undefined && words > limit.error ? 'error' : 'warning',
      ...(at === undefined ? {} : { at }),
      fix: `Cut ${words - limit.warn} words: keep one hook, one proof point and one ask.`,
    });
  } else if (limit.ideal !== undefined && words < limit.ideal[0] && words > 0) {
    ctx.report('length/words', `Expected ${limit.ideal[0]}–${limit.ideal[1]} words in ${what}, found ${words}.`, {
      severity: 'info',
      fix: 'Make sure the note says why this team, what you did, and what you ask for.',
    });
  }
}

/** `subject/missing`, `subject/length`. */
export function subject(ctx: Context): void {
  const subject = ctx.options.subject;
  // Spoken scripts and LinkedIn notes have no subject line.
  if (subject === undefined || ctx.kind === 'callScript' || ctx.kind === 'linkedinNote') return;
  const trimmed = subject.trim();
  if (trimmed === '') {
    ctx.report('subject/missing', 'Expected a subject line, found none.', {
      fix: 'Write 3–4 words that name the role or the result, e.g. "Cutting checkout latency".',
    });
    return;
  }
  const words = trimmed.split(/\s+/).length;
  const [min, max] = ctx.thresholds.subjectWords;
  const chars = ctx.thresholds.subjectChars;
  if (words < min || words > max || trimmed.length > chars) {
    ctx.report(
      'subject/length',
      `Expected a subject of ${min}–${max} words and at most ${chars} characters, found ${words} ${words === 1 ? 'word' : 'words'} and ${trimmed.length} characters.`,
      { fix: words < min ? 'Add a word that names the role or the result.' : 'Keep the 3–4 words that matter most.' },
    );
  }
}

/** Flesch–Kincaid grade from counts of words, sentences and syllables, one decimal. */
export function fleschKincaid(words: number, sentences: number, syllableCount: number): number {
  if (words === 0) return 0;
  const value = 0.39 * (words / Math.max(1, sentences)) + 11.8 * (syllableCount / words) - 15.59;
  return Math.round(value * 10) / 10;
}

/** `readability/grade`. */
export function readability(ctx: Context, words: number, value: number): void {
  if (words < ctx.thresholds.gradeMinWords || value <= ctx.thresholds.grade) return;
  const at = ctx.bodySpan(ctx.counted);
  ctx.report(
    'readability/grade',
    `Expected a Flesch–Kincaid grade of at most ${ctx.thresholds.grade} (aim for 3–6), found ${value}.`,
    { ...(at === undefined ? {} : { at }), fix: 'Split long sentences and prefer short, plain words.' },
  );
}

/** A paragraph this many times over the limits is a wall of text, an error. */
export const WALL_FACTOR = 2;

/** `sentence/length`, `questions/count`, `format/paragraphs`. */
export function structure(ctx: Context, countedSentence: (blurb: boolean) => boolean): void {
  const { sentences, paragraphs } = ctx.analysis;
  const limit = ctx.thresholds.sentenceWords;
  let questions = 0;
  const questionSpans: { start: number; end: number }[] = [];
  for (const s of sentences) {
    if (!countedSentence(s.blurb)) continue;
    const words = s.to - s.from;
    if (words > limit) {
      ctx.report('sentence/length', `Expected sentences of at most ${limit} words, found one of ${words}.`, {
        at: { start: s.start, end: s.end },
        fix: 'Split it in two at the "and", "but" or "which".',
      });
    }
    if (s.question) {
      questions++;
      questionSpans.push({ start: s.start, end: s.end });
    }
  }
  const [min, max] = ctx.thresholds.questions;
  if (ctx.kind === 'managerPitch' && questions !== 1) {
    ctx.report(
      'questions/count',
      `Expected exactly one question in a manager pitch (one clear ask), found ${questions}.`,
      {
        ...(questions > 1 && questionSpans[1] !== undefined ? { at: questionSpans[1] } : {}),
        fix:
          questions === 0
            ? 'End with one concrete question, e.g. "Could we talk for 15 minutes on Tuesday?"'
            : 'Keep the one question that asks for the meeting.',
      },
    );
  } else if (questions > max) {
    ctx.report('questions/count', `Expected at most ${max} questions, found ${questions}.`, {
      ...(questionSpans[max] === undefined ? {} : { at: questionSpans[max] }),
      fix: 'Keep the questions that move things forward; answer the others yourself.',
    });
  } else if (questions < min && ctx.kind !== undefined && ctx.kind !== 'thankYou') {
    ctx.report('questions/count', `Expected at least ${min} question, found none.`, {
      severity: 'info',
      fix: 'Phrase the ask as a question; mail with a question gets more replies.',
    });
  }
  const maxSentences = ctx.thresholds.paragraphSentences;
  const maxWords = ctx.thresholds.paragraphWords;
  // A LinkedIn note is one short paragraph by nature; a call script is spoken, not read.
  if (ctx.kind === 'linkedinNote' || ctx.kind === 'callScript') return;
  for (const p of paragraphs) {
    if (!countedSentence(p.blurb)) continue;
    if (p.sentences > maxSentences || p.words > maxWords) {
      // Twice the limit is a wall of text: it is skipped on a phone, so it blocks.
      // Judged on words: many short sentences ("Yes. No. Maybe.") are no wall.
      const wall = p.words > WALL_FACTOR * maxWords || (p.sentences > WALL_FACTOR * maxSentences && p.words > maxWords);
      ctx.report(
        'format/paragraphs',
        `Expected paragraphs of at most ${maxSentences} sentences and ${maxWords} words, found ${wall ? 'a wall of text' : 'one'} of ${p.sentences} ${p.sentences === 1 ? 'sentence' : 'sentences'} and ${p.words} words.`,
        {
          severity: wall ? 'error' : 'warning',
          at: { start: p.start, end: p.end },
          fix: wall
            ? 'Cut it to the hook, one result and the ask, in two or three short paragraphs.'
            : 'Break it up: one idea per paragraph reads well on a phone.',
        },
      );
    }
  }
}

/** `channel/limit` for LinkedIn notes. */
export function channel(ctx: Context): void {
  if (ctx.kind !== 'linkedinNote') return;
  const length = ctx.text.trim().length;
  const [free, premium] = ctx.thresholds.linkedinChars;
  if (length > premium) {
    ctx.report('channel/limit', `Expected a LinkedIn note of at most ${premium} characters, found ${length}.`, {
      at: { start: 0, end: ctx.text.length },
      fix: `Cut ${length - premium} characters; LinkedIn will not send it as it is.`,
    });
  } else if (length > free) {
    ctx.report(
      'channel/limit',
      `Expected at most ${free} characters for free LinkedIn accounts, found ${length} (fine with Premium, up to ${premium}).`,
      {
        severity: 'warning',
        at: { start: 0, end: ctx.text.length },
        fix: `Cut ${length - free} characters to fit a free account.`,
      },
    );
  }
}
