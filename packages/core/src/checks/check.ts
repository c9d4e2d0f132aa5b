import { found } from '../errors/found.js';
import { InputError, type InputIssue } from '../errors/input-error.js';
import { isKind, kinds } from '../kinds.js';
import { analyze, Region } from './analyze.js';
import { Context } from './context.js';
import { asks } from './rules/asks.js';
import { call } from './rules/call.js';
import { channel, fleschKincaid, lengthWords, readability, structure, subject } from './rules/counts.js';
import { syllables } from './syllables.js';
import { firstPerson, inferringLexicon, lexicon, secondPerson } from './vocabulary.js';
import { intro } from './rules/intro.js';
import { personalization } from './rules/personalization.js';
import { placeholders } from './rules/placeholder.js';
import { tone } from './rules/tone.js';
import { resolveThresholds } from './thresholds.js';
import type { CheckOptions, Finding, Report, Verdict } from './types.js';
import { inferKind } from './infer.js';
import { anyBody } from './context.js';

/**
 * Longest text `check()` accepts, in characters (about 2 MB of English). Longer input is refused
 * with an `InputError` rather than checked slowly.
 */
export const MAX_CHECK_LENGTH = 2_000_000;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const STRING_OPTIONS = ['subject', 'recipientName', 'company', 'senderName', 'senderPhone'] as const;

function validate(text: unknown, options: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof text !== 'string') {
    issues.push({
      path: ['text'],
      message: `Expected \`text\` to be a string, found ${found(text)}.`,
    });
  } else if (text.length > MAX_CHECK_LENGTH) {
    issues.push({
      path: ['text'],
      message: `Expected at most ${MAX_CHECK_LENGTH.toLocaleString('en-US')} characters, found ${text.length.toLocaleString('en-US')}; check one message at a time.`,
    });
  }
  if (options === undefined) return issues;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ path: ['options'], message: 'Expected `options` to be an object.' });
    return issues;
  }
  const o = options as Record<string, unknown>;
  if (o.kind !== undefined && o.kind !== null && !isKind(o.kind)) {
    issues.push({
      path: ['options', 'kind'],
      message: `Expected \`kind\` to be one of ${kinds.join(', ')} (or null for none of these), found ${JSON.stringify(o.kind)}.`,
    });
  }
  for (const key of STRING_OPTIONS) {
    if (o[key] !== undefined && typeof o[key] !== 'string') {
      issues.push({ path: ['options', key], message: `Expected \`${key}\` to be a string, found ${found(o[key])}.` });
    }
  }
  if (o.contactsAsked !== undefined && !(Number.isInteger(o.contactsAsked) && (o.contactsAsked as number) >= 0)) {
    issues.push({
      path: ['options', 'contactsAsked'],
      message: 'Expected `contactsAsked` to be a whole number of at least 0.',
    });
  }
  if (o.thresholds !== undefined && (typeof o.thresholds !== 'object' || o.thresholds === null)) {
    issues.push({ path: ['options', 'thresholds'], message: 'Expected `thresholds` to be an object.' });
  }
  return issues;
}

/**
 * Checks any outreach text against the method's rules and returns every finding with a verdict.
 *
 * Greeting, signature, quoted replies, URLs and email addresses are left out of the counts.
 * Rules that depend on the kind of message (length limits, the intro checklist, call scripts…)
 * run for `options.kind`; without it the kind is inferred from the text (`report.kind`,
 * `report.inferred`), and `kind: null` checks the text as none of the kinds. Subject rules run
 * only when `options.subject` is given.
 * Runs in time linear in the length of the text.
 *
 * @throws {InputError} when `text` is not a string or is longer than `MAX_CHECK_LENGTH`, or an option has the wrong type.
 * @example
 * const report = check('Hi Sam,\n\nI saw your team is hiring…', { kind: 'managerPitch', subject: 'Checkout latency' })
 * report.ready // false when any finding is an error
 */
export function check(text: string, options: CheckOptions = {}): Report {
  const issues = validate(text, options);
  if (issues.length > 0) throw new InputError(issues);
  const analysis = analyze(text);
  // One pass over the body's tokens for every count the inference and the rules share: the
  // blurb's words apart, since an intro request's count leaves its blurb out.
  let selfWords = 0;
  let youWords = 0;
  let mainWords = 0;
  let mainSyllables = 0;
  let blurbWords = 0;
  let blurbSyllables = 0;
  for (const t of analysis.tokens) {
    const main = t.region === Region.Body;
    if (!main && t.region !== Region.BlurbBody) continue;
    if (firstPerson.has(t.lower)) selfWords++;
    else if (secondPerson.has(t.lower)) youWords++;
    const count = syllables(t.lower, t.digit);
    if (main) {
      mainWords++;
      mainSyllables += count;
    } else {
      blurbWords++;
      blurbSyllables += count;
    }
  }
  const inferred = options.kind === undefined;
  const hits = (inferred ? inferringLexicon : lexicon).scan(analysis.tokens, anyBody);
  const inference = inferred
    ? inferKind(analysis, hits, options.subject, { words: mainWords + blurbWords, persons: selfWords + youWords })
    : undefined;
  const applied = inference === undefined ? options.kind : inference.kind;
  const kind = applied ?? undefined;
  const ctx = new Context(analysis, options, resolveThresholds(options.thresholds), kind, hits);
  ctx.selfWords = selfWords;
  ctx.youWords = youWords;

  const countedSentence = (blurb: boolean) => !blurb || kind !== 'introRequest';
  const words = kind === 'introRequest' ? mainWords : mainWords + blurbWords;
  const syllableCount = kind === 'introRequest' ? mainSyllables : mainSyllables + blurbSyllables;
  let sentences = 0;
  let questions = 0;
  for (const s of analysis.sentences) {
    if (!countedSentence(s.blurb)) continue;
    sentences++;
    if (s.question) questions++;
  }
  const gradeValue = fleschKincaid(words, sentences, syllableCount);

  lengthWords(ctx, words);
  subject(ctx);
  readability(ctx, words, gradeValue);
  structure(ctx, countedSentence);
  asks(ctx);
  tone(ctx);
  personalization(ctx);
  placeholders(ctx);
  intro(ctx);
  call(ctx);
  channel(ctx);

  const findings = ctx.findings.sort(compareFindings);
  const ready = !findings.some((f) => f.severity === 'error');
  return {
    ready,
    verdict: verdictOf(findings, ready),
    kind: applied ?? null,
    inferred,
    confidence: inference?.confidence ?? 1,
    findings,
    stats: { words, sentences, characters: text.length, questions, grade: gradeValue },
  };
}

/** Warnings from this many rules make a message without errors "needs work". */
export const NEEDS_WORK_RULES = 4;

function verdictOf(findings: readonly Finding[], ready: boolean): Verdict {
  if (!ready) return 'not-ready';
  const warned = new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.rule));
  return warned.size >= NEEDS_WORK_RULES ? 'needs-work' : 'ready';
}

function compareFindings(a: Finding, b: Finding): number {
  const pa = a.start ?? -1;
  const pb = b.start ?? -1;
  if (pa !== pb) return pa - pb;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
