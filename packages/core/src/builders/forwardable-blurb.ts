import { render, type Rendered } from '../render/render.js';
import type { ForwardableBlurbInput, ParsedOf } from '../schemas/index.js';
import { chooseSubject, type Draft, finish, recipient } from './draft.js';
import { hookSentence, offerSentence, proofLead } from './manager-pitch.js';
import { parse } from './parse.js';
import { askSentence, greeting, proofClause, seedOf, sentence, signOff } from './phrasing.js';

/** The blurb's input, as the intro request passes it on. */
export type BlurbParts = Pick<
  ParsedOf<'forwardableBlurb'>,
  'sender' | 'manager' | 'company' | 'role' | 'hook' | 'proof' | 'offer' | 'ask' | 'tone'
>;

/** Renders the self-contained note: who the sender is, one proof, one ask, contact details. */
export function renderBlurb(p: BlurbParts): Rendered {
  const seed = seedOf(p.manager.name, p.company, p.role, p.proof[0], 'blurb');
  const single = p.proof.length === 1 ? proofClause(p.proof[0]!) : false;
  return render('forwardableBlurb', {
    greeting: greeting(p.manager.name, p.tone),
    hookSentence: p.hook === undefined ? `I saw that ${p.company} is hiring a ${p.role}.` : hookSentence(p.hook, seed),
    introSentence:
      p.hook === undefined
        ? `I'm ${p.sender.name}, and I would like to bring my work to your team.`
        : `I'm ${p.sender.name}, and the ${p.role} role at ${p.company} is why I'm writing.`,
    singleProof: single,
    proofs: p.proof.map((x) => sentence(x).replace(/\.$/, '')),
    proofLead: proofLead(p.proof.length, p.tone, seed),
    offerSentence: p.offer === undefined ? false : offerSentence(p.offer, p.tone, seed),
    askSentence: askSentence(p.ask, p.tone, seed),
    signOff: signOff(p.tone, seed),
    sender: {
      name: p.sender.name,
      email: p.sender.email,
      phone: p.sender.phone ?? false,
      linkedin: p.sender.linkedin ?? false,
    },
  });
}

/**
 * Drafts the self-contained note a mutual contact forwards to the manager unedited: a one-line
 * credential, a proof point, one concrete ask and contact details — no reference to other mail.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`.
 * @example
 * forwardableBlurb({ sender, manager, company: 'Acme', role: 'Payments Engineer', proof: ['Cut checkout latency 40%'] }).text
 */
export function forwardableBlurb(input: ForwardableBlurbInput): Draft {
  const p = parse('forwardableBlurb', input);
  const subject = chooseSubject([
    `${p.sender.name} — ${p.role}`,
    `Introducing ${p.sender.name}`,
    `${p.role} at ${p.company}`,
    'A note from a candidate',
  ]);
  return finish('forwardableBlurb', renderBlurb(p), [recipient(p.manager)], subject, {
    recipientName: p.manager.name,
    company: p.company,
  });
}
