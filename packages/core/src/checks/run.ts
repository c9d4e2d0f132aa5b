// The checks themselves, for a kind the caller gives or one an `Inferrer` works out. `check()`
// (check.ts) is this with kind inference and every kind's rules; the builders call it with their
// own kind and its rules, so a bundle that drafts but never infers (the Outlook pane's draft
// modes) leaves the inference, its phrase lists (signs.ts) and other kinds' rules out.
import { found } from '../errors/found.js';
import { InputError, type InputIssue } from '../errors/input-error.js';
import { isKind, type Kind, kinds } from '../kinds.js';
import { type Analysis, analyze, Region } from './analyze.js';
import { anyBody, Context } from './context.js';
import { asks } from './rules/asks.js';
import { fleschKincaid, lengthWords, readability, structure, subject } from './rules/counts.js';
import { syllables } from './syllables.js';
import { firstPerson, lexicon, secondPerson } from './vocabulary.js';
import type { KindRule } from './kind-rules.js';
import { personalization } from './rules/personalization.js';
import { placeholders } from './rules/placeholder.js';
import { tone } from './rules/tone.js';
import { resolveThresholds } from './thresholds.js';
import type { CheckOptions, Finding, Report, Verdict } from './types.js';
import type { Inference } from './infer.js';
import type { Lexicon, LexiconHits } from './phrases.js';

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
 * How `runChecks` works out a kind the caller did not give: one lexicon holding the rules' phrase
 * sets and the inference's own (matched in the same pass), and the inference over its hits.
 */
export interface Inferrer {
  lexicon: Lexicon;
  infer(
    analysis: Analysis,
    hits: LexiconHits,
    subject: string | undefined,
    counts: { words: number; persons: number },
  ): Inference;
}

/**
 * Runs the rules on `text` as `check()` documents, for `options.kind`; when that is `undefined`,
 * for the kind `inferrer` works out (`report.inferred`), or, with no inferrer, as none of the kinds.
 * The rules of every kind always run; of `kindRules` (kind-rules.ts), those of the kind checked.
 *
 * @throws {InputError} as `check()` does.
 */
export function runChecks(
  text: string,
  options: CheckOptions & { kind: Kind | null },
  kindRules: readonly KindRule[],
): Report;
export function runChecks(
  text: string,
  options: CheckOptions,
  kindRules: readonly KindRule[],
  inferrer: Inferrer,
): Report;
export function runChecks(
  text: string,
  options: CheckOptions,
  kindRules: readonly KindRule[],
  inferrer?: Inferrer,
): Report {
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
  const inferring = options.kind === undefined ? inferrer : undefined;
  const inferred = inferring !== undefined;
  const hits = (inferring?.lexicon ?? lexicon).scan(analysis.tokens, anyBody);
  const inference = inferring?.infer(analysis, hits, options.subject, {
    words: mainWords + blurbWords,
    persons: selfWords + youWords,
  });
  const applied = inference === undefined ? (options.kind ?? null) : inference.kind;
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
  if (kind !== undefined) for (const rule of kindRules) if (rule.kinds.includes(kind)) rule.run(ctx);

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
