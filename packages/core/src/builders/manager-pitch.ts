import { isConcrete } from '../checks/concrete.js';
import type { ManagerPitchInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { clause, roleName, seedOf, subjectFrom } from './phrasing.js';
import { askView, headlineIsNoun, hookView, me, offerView, person, proofView, toneOf, variants } from './voice.js';

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

/** The ways to write a pitch, richest first: other wordings, then optional content dropped. */
function* attempts(p: ParsedOf<'managerPitch'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.role, p.hook, p.proof[0]);
  const sender = me(p.sender);
  // Richest first. The offer moves next to the ask when the proof paragraph is full; the warm
  // closing line, extra proof points, the proof's lead-in and the headline go, in that order.
  const levels: {
    offerWithAsk: boolean;
    warmLine: boolean;
    proofs: number;
    headline: boolean;
    lead?: boolean;
    askRole?: boolean;
  }[] = [];
  for (const [warmLine, proofs] of [
    [true, 3],
    [false, 3],
    [false, 2],
    [false, 1],
  ] as const) {
    levels.push({ offerWithAsk: false, warmLine, proofs, headline: true });
    levels.push({ offerWithAsk: true, warmLine, proofs, headline: true });
  }
  levels.push({ offerWithAsk: false, warmLine: false, proofs: 1, headline: true, lead: false });
  levels.push({ offerWithAsk: false, warmLine: false, proofs: 1, headline: false, lead: false });
  // Last resort, when a value makes the ask unreadable (a company typed like an address).
  levels.push({ offerWithAsk: false, warmLine: false, proofs: 1, headline: false, lead: false, askRole: false });
  // What does not change between attempts is computed once.
  const fixed = {
    ...toneOf(p.tone),
    to: person(p.manager.name),
    nameLine: false,
    ...hookView(p.hook),
    ...offerView(p.offer),
    screened: p.screenedOut === true,
  };
  const noun = headlineIsNoun(sender.headline);
  for (const level of levels) {
    for (let shift = 0; shift < 3; shift++) {
      yield {
        subject,
        view: {
          ...fixed,
          v: variants(seed + shift, {
            greet: 2,
            intro: noun ? 2 : 1,
            hook: 3,
            proof: 3,
            offer: 3,
            ask: 3,
            screened: 2,
            close: 3,
            sign: 3,
          }),
          me: level.headline ? sender : { ...sender, headline: false },
          ...proofView(p.proof.slice(0, level.proofs), level.lead !== false),
          ...askView(p.ask, level.askRole === false ? undefined : p.role, p.company, [
            p.hook,
            p.offer,
            p.sender.headline,
            ...p.proof.slice(0, level.proofs),
          ]),
          offerWithAsk: level.offerWithAsk,
          warmLine: p.tone === 'warm' && level.warmLine,
        },
      };
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
  return firstClean('managerPitch', attempts(p, subject), [recipient(p.manager)], {
    recipientName: p.manager.name,
    company: p.company,
  });
}
