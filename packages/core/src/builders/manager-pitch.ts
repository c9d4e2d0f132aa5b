import type { Tone } from '../kinds.js';
import { render } from '../render/render.js';
import type { ManagerPitchInput, ParsedOf } from '../schemas/index.js';
import { chooseSubject, type Draft, finish, recipient } from './draft.js';
import { parse } from './parse.js';
import {
  askSentence,
  clause,
  proofClause,
  firstPerson,
  greeting,
  opensWithSighting,
  pick,
  seedOf,
  sentence,
  signOff,
} from './phrasing.js';

/** The opening about what the sender saw, in the hook's own words. */
export function hookSentence(hook: string, seed: number): string {
  if (opensWithSighting(hook)) return sentence(hook);
  return sentence(`${pick(['I saw that', 'I read that', 'I noticed that'], seed, 1)} ${clause(hook)}`);
}

/** The lead-in to the proof points. */
export function proofLead(count: number, tone: Tone, seed: number): string {
  if (count > 1) {
    return tone === 'formal'
      ? pick(['Some results that bear on this', 'Relevant results from my recent work'], seed, 2)
      : pick(['A few results that bear on it', 'What I have done that speaks to it'], seed, 2);
  }
  return tone === 'formal'
    ? pick(['One result that bears on this', 'A relevant result from my recent work'], seed, 2)
    : pick(
        ['One result that bears on it', 'Most relevant from my recent work', 'What I did that speaks to it'],
        seed,
        2,
      );
}

/** How the sender would apply the proof, in the first person. */
export function offerSentence(offer: string, tone: Tone, seed: number): string {
  if (firstPerson(offer)) return sentence(offer);
  const lead =
    tone === 'formal'
      ? pick(['I would', 'I would welcome the chance to'], seed, 4)
      : tone === 'direct'
        ? pick(['I can', 'I would'], seed, 4)
        : pick(['I would love to', "I'd"], seed, 4);
  return sentence(`${lead} ${clause(offer)}`);
}

function view(p: ParsedOf<'managerPitch'>) {
  const seed = seedOf(p.manager.name, p.company, p.role, p.hook, p.proof[0]);
  const single = p.proof.length === 1 ? proofClause(p.proof[0]!) : false;
  return {
    greeting: greeting(p.manager.name, p.tone),
    hookSentence: hookSentence(p.hook, seed),
    roleSentence: pick(
      [
        `I'm writing about the ${p.role} role at ${p.company}.`,
        `That is why the ${p.role} role at ${p.company} caught my eye.`,
      ],
      seed,
      5,
    ),
    screenedSentence: p.screenedOut
      ? `I applied through the careers page and did not get past the first screen, so I am writing to you directly.`
      : false,
    singleProof: single,
    proofs: p.proof.map((x) => sentence(x).replace(/\.$/, '')),
    proofLead: proofLead(p.proof.length, p.tone, seed),
    offerSentence: offerSentence(p.offer, p.tone, seed),
    askSentence: askSentence(p.ask, p.tone, seed),
    signOff: signOff(p.tone, seed),
    sender: {
      name: p.sender.name,
      email: p.sender.email,
      phone: p.sender.phone ?? false,
      linkedin: p.sender.linkedin ?? false,
    },
  };
}

/**
 * Drafts the direct pitch to the hiring manager: a hook, 1–3 proof points, the offer, and one
 * concrete ask, signed with contact details. Refuses to draft without a proof point.
 *
 * @throws {InputError} when a field is missing or invalid; a missing or vague `proof` is reported at path `['proof']`.
 * @example
 * const draft = managerPitch({ sender, manager, company: 'Acme', role: 'Payments Engineer', hook, proof: ['Cut checkout latency 40% at Globex'], offer })
 * draft.report.ready // true
 */
export function managerPitch(input: ManagerPitchInput): Draft {
  const p = parse('managerPitch', input);
  const seed = seedOf(p.manager.name, p.company, p.role);
  const subject = chooseSubject(
    pick(
      [
        [`${p.role} at ${p.company}`, `Idea for ${p.company}`, `Your ${p.role} role`, 'An idea for your team'],
        [`Your ${p.role} role`, `${p.company}: ${p.role}`, `Idea for ${p.company}`, 'An idea for your team'],
      ],
      seed,
      6,
    ),
  );
  return finish('managerPitch', render('managerPitch', view(p)), [recipient(p.manager)], subject, {
    recipientName: p.manager.name,
    company: p.company,
  });
}
