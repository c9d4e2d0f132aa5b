import { isConcrete } from '../checks/concrete.js';
import type { ManagerPitchInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { clause, roleName, seedOf, subjectFrom } from './phrasing.js';
import { askView, headlineIsNoun, hookView, me, offerView, person, proofView, toneOf, variants } from './voice.js';
import { managerPitchTemplate } from '../templates/compiled.js';
import { managerPitchRules } from '../checks/kind-rules.js';

/**
 * A subject from the result or the hook, never a promise the body does not keep: the start of the
 * first proof point that names a result ("Cut checkout latency by 40%"), else the start of the
 * hook, else the role.
 */
export function subjectOf(proofs: readonly string[], hook: string | undefined, role: string, company: string): string {
  // A number that is not a year is a result at a glance; anything else asks the proof test.
  const result = (c: string) => (/\d/.test(c) && !/^\D*(?:19|20)\d\d\D*$/.test(c)) || isConcrete(c);
  for (const proof of proofs) {
    const s = subjectFrom(proof, result);
    if (s !== undefined) return s;
  }
  if (hook !== undefined) {
    const s = subjectFrom(clause(hook), (c) => c.split(' ').length >= 3);
    if (s !== undefined) return s;
  }
  return chooseSubject([`The ${roleName(role)} role at ${company}`, `Your ${roleName(role)} role`, 'Your open role']);
}

/** How much of the pitch one attempt keeps. */
interface Level {
  offerWithAsk: boolean;
  warmLine: boolean;
  proofs: number;
  headline: boolean;
  lead: boolean;
  askRole: boolean;
}

/**
 * Richest first. The offer moves next to the ask when the proof paragraph is full; the warm
 * closing line, extra proof points, the proof's lead-in and the headline go, in that order; last,
 * when a value makes the ask unreadable (a company typed like an address), the role leaves the ask.
 * Direct is the shortest tone: it makes its case with the strongest (first) proof point alone.
 */
function levelsOf(direct: boolean): Level[] {
  const levels: Level[] = [];
  const at = (warmLine: boolean, proofs: number, more: Partial<Level> = {}) =>
    levels.push({ offerWithAsk: false, warmLine, proofs, headline: true, lead: true, askRole: true, ...more });
  for (const [warmLine, proofs] of [
    [true, 3],
    [false, 3],
    [false, 2],
    [false, 1],
  ] as const) {
    if (direct && proofs > 1) continue;
    at(warmLine, proofs);
    at(warmLine, proofs, { offerWithAsk: true });
  }
  at(false, 1, { lead: false });
  at(false, 1, { lead: false, headline: false });
  at(false, 1, { lead: false, headline: false, askRole: false });
  return levels;
}

const LEVELS = { direct: levelsOf(true), other: levelsOf(false) };

/**
 * The ways to write a pitch, richest first: other wordings, then optional content dropped. One
 * view is built and each attempt changes only what its level changes (the caller renders an
 * attempt before asking for the next, and copies a view it keeps).
 */
function* attempts(p: ParsedOf<'managerPitch'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.role, p.hook, p.proof[0]);
  const sender = me(p.sender);
  const noHeadline = { ...sender, headline: false as const };
  const counts = {
    greet: 2,
    intro: headlineIsNoun(sender.headline) ? 2 : 1,
    hook: 3,
    proof: 3,
    offer: 3,
    ask: 3,
    screened: 2,
    close: 3,
    sign: 3,
  };
  const shifts = [variants(seed, counts)];
  const tone = toneOf(p.tone);
  const hook = hookView(p.hook);
  const offer = offerView(p.offer);
  const levels = p.tone === 'direct' ? LEVELS.direct : LEVELS.other;
  const first = levels[0]!;
  const proof = proofView(p.proof.slice(0, first.proofs), first.lead);
  const ask = askView(p.ask, p.role, p.company, [
    p.hook,
    p.offer,
    p.sender.headline,
    ...p.proof.slice(0, first.proofs),
  ]);
  // One literal of a fixed shape (no spreads): templates read it fast. Each level then changes
  // only what it changes.
  const view = {
    warm: tone.warm,
    direct: tone.direct,
    formal: tone.formal,
    v: shifts[0]!,
    to: person(p.manager.name),
    me: sender,
    nameLine: false,
    hook: hook.hook,
    hookAsIs: hook.hookAsIs,
    hasHook: hook.hasHook,
    offer: offer.offer,
    offerAsIs: offer.offerAsIs,
    anyOffer: offer.anyOffer,
    screened: p.screenedOut === true,
    firstProof: proof.firstProof,
    leadFirst: proof.leadFirst,
    moreProofs: proof.moreProofs,
    minutes: ask.minutes,
    when: ask.when,
    role: ask.role,
    askRole: ask.askRole,
    company: ask.company,
    atCompany: ask.atCompany,
    offerWithAsk: false,
    warmLine: false,
  };
  let proofs = first.proofs;
  let lead = first.lead;
  let askRole = true;
  for (const level of levels) {
    if (level.proofs !== proofs || level.lead !== lead) {
      const next = proofView(p.proof.slice(0, level.proofs), level.lead);
      view.firstProof = next.firstProof;
      view.leadFirst = next.leadFirst;
      view.moreProofs = next.moreProofs;
    }
    if (level.proofs !== proofs || level.askRole !== askRole) {
      const kept = p.proof.slice(0, level.proofs);
      const next = askView(p.ask, level.askRole ? p.role : undefined, p.company, [
        p.hook,
        p.offer,
        p.sender.headline,
        ...kept,
      ]);
      view.role = next.role;
      view.askRole = next.askRole;
      view.atCompany = next.atCompany;
    }
    proofs = level.proofs;
    lead = level.lead;
    askRole = level.askRole;
    view.me = level.headline ? sender : noHeadline;
    view.offerWithAsk = level.offerWithAsk;
    view.warmLine = tone.warm && level.warmLine;
    for (let shift = 0; shift < 3; shift++) {
      view.v = shifts[shift] ??= variants(seed + shift, counts);
      yield { subject, view };
    }
  }
}

/**
 * Drafts the direct pitch to the hiring manager: who the sender is, the hook, the proof and the
 * offer as one short piece of prose, then one concrete ask that names the role (and, when the
 * sender chose to say so, a neutral word that they also applied). Refuses to draft without a
 * proof point. Optional content is dropped until the draft's own checks find nothing.
 *
 * @throws {InputError} when a field is missing or invalid; a missing or vague `proof` is reported at path `['proof']`.
 * @example
 * const draft = managerPitch({ sender, manager, company: 'Acme', role: 'Payments Engineer', hook, proof: ['Cut checkout latency 40% at Globex'], offer })
 * draft.report.ready // true
 */
export function managerPitch(input: ManagerPitchInput): Draft {
  const p = parse('managerPitch', input);
  const subject = subjectOf(p.proof, p.hook, p.role, p.company);
  return firstClean(managerPitchRules, managerPitchTemplate, attempts(p, subject), [recipient(p.manager)], {
    recipientName: p.manager.name,
    company: p.company,
  });
}
