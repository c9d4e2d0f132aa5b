import { runChecks } from '../checks/run.js';
import type { KindRules } from '../checks/kind-rules.js';
import type { CheckOptions, Report } from '../checks/types.js';
import type { Kind } from '../kinds.js';
import { htmlOf, renderText, type Link } from '../render/render.js';
import type { Template } from '../templates/compiled.js';

/** A person a draft is meant for. */
export interface Recipient {
  name: string;
  email?: string;
}

/** A checked draft: what to send, to whom, and what the checks found. */
export interface Draft {
  kind: Kind;
  /** The subject line, for kinds sent by email. */
  subject?: string;
  /** Plain-text body (not HTML-escaped). */
  text: string;
  /** HTML body: `<p>`, `<br>`, `<ul>`, `<li>` and `<a>` only; every user value escaped. */
  html: string;
  /** Who the draft is for. */
  to: Recipient[];
  /** The checks run on `text` (and `subject`). */
  report: Report;
}

/**
 * One way to write a draft: its view, and its subject where the kind has one. A builder may change
 * the same view object for its next attempt once this one is rendered (its nested values are
 * replaced, never changed in place).
 */
export interface Attempt {
  view: object;
  subject?: string | undefined;
}

/**
 * Renders (with the kind's `template`) and checks `attempts` in order, as the kind of `checks`
 * with its rules (richest first: other wordings, then with optional
 * content dropped) and returns the first draft with no error and no warning. When none is
 * clean, the draft with the fewest warnings among those that `fit` (a hard limit such as
 * LinkedIn's characters) wins, else the shortest one, so a draft is always returned.
 */
export function firstClean(
  checks: KindRules<Kind>,
  template: Template,
  attempts: Iterable<Attempt>,
  to: Recipient[],
  options: Omit<CheckOptions, 'kind' | 'subject'>,
  fits: (draft: Draft) => boolean = () => true,
): Draft {
  type Tried = { draft: Draft; links: readonly Link[] };
  let fallback: (Tried & { noise: number }) | undefined;
  let last: Tried | undefined;
  for (const attempt of attempts) {
    // Only the text is checked; the HTML is rendered for the draft that is returned.
    const { text, links } = renderText(template, attempt.view);
    const draft = finish(checks, { text, html: '' }, to, attempt.subject, options);
    if (!fits(draft)) {
      if (last === undefined || draft.text.length < last.draft.text.length) last = { draft, links };
      continue;
    }
    // An error weighs more than any number of warnings.
    let noise = 0;
    for (const f of draft.report.findings) noise += f.severity === 'error' ? 1000 : f.severity === 'warning' ? 1 : 0;
    if (noise === 0) return withHtml(draft, links);
    if (fallback === undefined || noise < fallback.noise) fallback = { draft, links, noise };
  }
  const chosen = fallback ?? last;
  if (chosen === undefined) throw new Error(`No way to write ${checks.kind}`);
  return withHtml(chosen.draft, chosen.links);
}

function withHtml(draft: Draft, links: readonly Link[]): Draft {
  draft.html = htmlOf(draft.text, links);
  return draft;
}

/** Assembles a draft and runs its own checks on it: those of the kind of `checks`, with its rules. */
export function finish(
  checks: KindRules<Kind>,
  rendered: { text: string; html: string },
  to: Recipient[],
  subject: string | undefined,
  options: Omit<CheckOptions, 'kind' | 'subject'>,
): Draft {
  // The builder's own kind and rules: no inference (run.ts), so a bundle that only drafts leaves
  // it out, and the rules of kinds it does not draft.
  const { kind, rules } = checks;
  const report = runChecks(rendered.text, { ...options, kind, ...(subject === undefined ? {} : { subject }) }, rules);
  const draft: Draft = { kind, text: rendered.text, html: rendered.html, to, report };
  if (subject !== undefined) draft.subject = subject;
  return draft;
}

/** A recipient from a person with an optional address. */
export function recipient(person: { name: string; email?: string | undefined }): Recipient {
  return person.email === undefined ? { name: person.name } : { name: person.name, email: person.email };
}

/** The first subject among `candidates` of 2–6 words and at most 40 characters; the last one otherwise. */
export function chooseSubject(candidates: readonly string[]): string {
  for (const c of candidates) {
    const words = c.trim().split(/\s+/).length;
    if (words >= 2 && words <= 6 && c.length <= 40) return c;
  }
  return candidates[candidates.length - 1]!;
}
