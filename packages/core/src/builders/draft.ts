import { check } from '../checks/check.js';
import type { CheckOptions, Report } from '../checks/types.js';
import type { Kind } from '../kinds.js';
import { render, type Rendered } from '../render/render.js';

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

/** Renders the first candidate view that `fits`, or the last one. */
export function renderFirstFitting(name: string, views: readonly object[], fits: (r: Rendered) => boolean): Rendered {
  let rendered: Rendered | undefined;
  for (const view of views) {
    rendered = render(name, view);
    if (fits(rendered)) return rendered;
  }
  if (rendered === undefined) throw new Error('No view to render');
  return rendered;
}

/** Assembles a draft and runs its own checks on it. */
export function finish(
  kind: Kind,
  rendered: Rendered,
  to: Recipient[],
  subject: string | undefined,
  options: Omit<CheckOptions, 'kind' | 'subject'>,
): Draft {
  const report = check(rendered.text, { ...options, kind, ...(subject === undefined ? {} : { subject }) });
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
