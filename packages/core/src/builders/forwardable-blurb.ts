import type { Tone } from '../kinds.js';
import { render, type Rendered } from '../render/render.js';
import type { ForwardableBlurbInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { subjectOf } from './manager-pitch.js';
import { parse } from './parse.js';
import { roleName, seedOf } from './phrasing.js';
import { askView, headlineIsNoun, hookView, me, offerView, person, proofView, toneOf, variants } from './voice.js';
import { forwardableBlurbTemplate } from '../templates/compiled.js';
import { forwardableBlurbRules } from '../checks/kind-rules.js';

/** The blurb's input, as the intro request passes it on. */
export type BlurbParts = Pick<
  ParsedOf<'forwardableBlurb'>,
  'sender' | 'manager' | 'company' | 'role' | 'hook' | 'proof' | 'offer' | 'ask'
> & { tone: Tone };

/** How much of the blurb to keep: all of it, or less when a check would otherwise warn. */
export interface BlurbLevel {
  proofs: number;
  offer: boolean;
  /** Whether the ask names the role (and the company where nothing else does). */
  askRole?: boolean;
}

/** The view of the self-contained note: who the sender is, the hook, proof, offer, one ask, contact details. */
export function blurbView(p: BlurbParts, shift: number, level: BlurbLevel): object {
  const seed = seedOf(p.manager.name, p.company, p.role, p.proof[0], 'blurb') + shift;
  const sender = me(p.sender);
  const hook = hookView(p.hook);
  return {
    ...toneOf(p.tone),
    v: variants(seed, {
      greet: 2,
      intro: headlineIsNoun(sender.headline) ? 2 : 1,
      hook: 3,
      proof: 3,
      offer: 3,
      ask: 3,
      sign: 3,
    }),
    to: person(p.manager.name),
    me: sender,
    nameLine: true,
    ...hook,
    // Direct makes its case with the strongest (first) proof point alone.
    // A lead-in ties the proof to the hook: none without one.
    ...proofView(p.proof.slice(0, p.tone === 'direct' ? 1 : level.proofs), hook.hasHook),
    ...(level.offer ? offerView(p.offer) : offerView(undefined)),
    ...askView(p.ask, p.role, p.company, [
      p.hook,
      level.offer ? p.offer : undefined,
      p.sender.headline,
      ...p.proof.slice(0, p.tone === 'direct' ? 1 : level.proofs),
    ]),
    // Without a hook, the hiring line names the role already.
    role: roleName(p.role),
    askRole: hook.hasHook && level.askRole !== false,
  };
}

/** Renders the blurb with everything in it (as the intro request embeds it). */
export function renderBlurb(p: BlurbParts, shift = 0, level: BlurbLevel = { proofs: 3, offer: true }): Rendered {
  return render(forwardableBlurbTemplate, blurbView(p, shift, level));
}

/** The ways to shorten a blurb, richest first. */
export const BLURB_LEVELS: readonly BlurbLevel[] = [
  { proofs: 3, offer: true },
  { proofs: 2, offer: true },
  { proofs: 1, offer: true },
  { proofs: 1, offer: false },
  { proofs: 1, offer: false, askRole: false },
];

function* attempts(p: BlurbParts, subject: string): Generator<Attempt> {
  for (const level of BLURB_LEVELS)
    for (let shift = 0; shift < 3; shift++) yield { subject, view: blurbView(p, shift, level) };
}

/**
 * Drafts the self-contained note a mutual contact forwards to the manager unedited: who the
 * sender is in one line, the value for the manager's team, one concrete ask and contact details —
 * no reference to other mail.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`.
 * @example
 * forwardableBlurb({ sender, manager, company: 'Acme', role: 'Payments Engineer', proof: ['Cut checkout latency 40%'] }).text
 */
export function forwardableBlurb(input: ForwardableBlurbInput): Draft {
  const p = parse('forwardableBlurb', input);
  const result = subjectOf(p.proof, p.hook, p.role, p.company);
  const subject = chooseSubject([result, `Introducing ${p.sender.name}`, `A note from ${me(p.sender).first}`]);
  return firstClean(forwardableBlurbRules, forwardableBlurbTemplate, attempts(p, subject), [recipient(p.manager)], {
    recipientName: p.manager.name,
  });
}
