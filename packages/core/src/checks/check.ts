import { inferKind } from './infer.js';
import { kindRules } from './kind-rules.js';
import { type Inferrer, runChecks } from './run.js';
import { inferringLexicon } from './signs.js';
import type { CheckOptions, Report } from './types.js';

export { MAX_CHECK_LENGTH } from './run.js';

/** Kind inference as `check()` runs it: the phrases of signs.ts matched with the rules' own. */
const inference: Inferrer = { lexicon: inferringLexicon, infer: inferKind };

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
  return runChecks(text, options, kindRules, inference);
}
