import { findResult } from '../concrete.js';
import type { Context } from '../context.js';
import { kindLabel } from '../../kinds.js';
import {
  artifactVerbs,
  artifactWords,
  askSigns,
  concreteStep,
  helpAsks,
  interviewAsks,
  statusOnly,
  vagueAsks,
} from '../vocabulary.js';
import type { Kind } from '../../kinds.js';

const PROOF_ERROR: ReadonlySet<Kind> = new Set(['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote']);
const PROOF_WARNING: ReadonlySet<Kind> = new Set(['introRequest', 'followUp']);
/** Kinds that exist to ask the manager for a next step (`ask/missing`). */
const ASKING: ReadonlySet<Kind> = new Set(['managerPitch', 'forwardableBlurb', 'callScript', 'linkedinNote']);

/** An artifact named ("a plan") or made ("I sketched", "I wrote up", "mocked up"). */
function isArtifact(word: string, next: string | undefined): boolean {
  if (artifactWords.has(word)) return true;
  if (!artifactVerbs.has(word)) return false;
  // "wrote" and "written" make an artifact only with "up"; "mocked" only with "up" too.
  return word === 'wrote' || word === 'written' || word === 'mocked' ? next === 'up' : true;
}

/** `ask/interview-only`, `ask/vague`, `ask/missing`, `followup/no-new-value`, `proof/missing`. */
export function asks(ctx: Context): void {
  const { tokens } = ctx;
  const n = tokens.length;
  const keep = ctx.anyBody;
  const hasStep = ctx.find(concreteStep, keep).length > 0;
  const hasHelp = ctx.find(helpAsks, keep).length > 0;
  // For a follow-up, an artifact made for the manager (a plan, a sketch, a test, a write-up) is
  // new value too, named or made ("I sketched how…", "I wrote up what I found").
  const hasResult =
    findResult(tokens, 0, n, ctx.text, ctx.counted) !== -1 ||
    (ctx.kind === 'followUp' && tokens.some((t, i) => ctx.counted(t) && isArtifact(t.lower, tokens[i + 1]?.lower)));

  const interview = ctx.find(interviewAsks, keep);
  if (ctx.kind !== undefined && ASKING.has(ctx.kind) && interview.length === 0) {
    const asked = ctx.analysis.sentences.some((sentence) => sentence.question) || ctx.find(askSigns, keep).length > 0;
    if (!asked) {
      const at = ctx.bodySpan(ctx.counted);
      ctx.report(
        'ask/missing',
        `Expected ${kindLabel(ctx.kind, 'article')} to ask for one specific, low-cost next step, found no ask.`,
        {
          ...(at === undefined ? {} : { at: { start: at.end, end: at.end } }),
          fix: 'End with one question the manager can answer in a line, e.g. "Could we talk for 15 minutes on Tuesday?"',
        },
      );
    }
  }

  if (!hasStep && !hasHelp) {
    const first = interview[0];
    if (first !== undefined) {
      ctx.report(
        'ask/interview-only',
        `Expected an ask for a short conversation, found only a request for an interview or a position ("${ctx.quote(first)}").`,
        {
          at: ctx.span(first),
          fix: 'Ask for 15 minutes to talk about the problem you would solve, e.g. "Could we talk for 15 minutes on Tuesday?"',
        },
      );
    }
    for (const hit of ctx.find(vagueAsks, keep)) {
      ctx.report('ask/vague', `Expected a concrete next step, found a vague ask ("${ctx.quote(hit)}").`, {
        at: ctx.span(hit),
        fix: 'Name the step: how long, and when — e.g. "15 minutes on Tuesday or Wednesday".',
      });
    }
  }

  if (!hasResult) {
    const status = ctx.find(statusOnly, keep)[0];
    if (status !== undefined) {
      ctx.report(
        'followup/no-new-value',
        `Expected something new — a result, an idea, a relevant update — found only a status check ("${ctx.quote(status)}").`,
        {
          // A follow-up exists to bring something new: a status check alone is not worth sending.
          severity: ctx.kind === 'followUp' ? 'error' : 'warning',
          at: ctx.span(status),
          fix: 'Add one new result or idea that helps the manager, and drop the status question.',
        },
      );
    }
    if (ctx.kind !== undefined && (PROOF_ERROR.has(ctx.kind) || PROOF_WARNING.has(ctx.kind))) {
      const at = ctx.bodySpan(ctx.counted);
      ctx.report(
        'proof/missing',
        `Expected ${kindLabel(ctx.kind, 'article')} to name a concrete result (a number, a percentage, money, time saved, or a named outcome), found none.`,
        {
          severity: PROOF_ERROR.has(ctx.kind) ? 'error' : 'warning',
          ...(at === undefined ? {} : { at }),
          fix: 'Add one result you achieved, e.g. "cut onboarding from 3 weeks to 4 days".',
        },
      );
    }
  }
}
