import type { LinkedinNoteInput } from '../schemas/index.js';
import { type Draft, finish, recipient, renderFirstFitting } from './draft.js';
import { hookSentence } from './manager-pitch.js';
import { parse } from './parse.js';
import { firstName, proofClause, seedOf, sentence } from './phrasing.js';

/** LinkedIn's note limits: free accounts and Premium. */
const FREE = 200;
const PREMIUM = 300;

/**
 * Drafts a LinkedIn connection note that fits the limit: 200 characters for free accounts
 * (when it can), never more than 300. It drops the hook and the sign-off before the proof.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`.
 * @example
 * linkedinNote({ sender, manager, company: 'Acme', proof: ['Cut checkout latency 40%'] }).text.length // ≤ 300
 */
export function linkedinNote(input: LinkedinNoteInput): Draft {
  const p = parse('linkedinNote', input);
  const seed = seedOf(p.manager.name, p.company, p.hook);
  const limit = p.premium ? PREMIUM : FREE;
  const proofs = [...p.proof].sort((a, b) => a.length - b.length);
  const proof = sentence(`One result of mine: ${proofClause(proofs[0]!)}`);
  const hook = p.hook === undefined ? `I saw that ${p.company} is hiring.` : hookSentence(p.hook, seed);
  const about = p.role === undefined ? `your team at ${p.company}` : `the ${p.role} role at ${p.company}`;
  const greeting = `Hi ${firstName(p.manager.name)},`;
  const signature = `— ${firstName(p.sender.name)}`;
  const hiring = `I saw that ${p.company} is hiring.`;
  // In order of preference; the first that fits wins. The proof point is never dropped.
  const views = [
    { greeting, sentences: [hook, proof, `Could we talk about ${about}?`], signature },
    { greeting, sentences: [hook, proof, `Could we talk about your team at ${p.company}?`], signature },
    { greeting, sentences: [hiring, proof, `Could we talk about ${about}?`], signature },
    { greeting, sentences: [hiring, proof, 'Could we talk?'], signature },
    { greeting, sentences: [hook, proof, 'Could we talk?'], signature },
    { greeting, sentences: [proof, 'Could we talk?'], signature: false },
  ];
  const rendered = renderFirstFitting('linkedinNote', views, (r) => r.text.length <= limit);
  const final =
    rendered.text.length <= PREMIUM
      ? rendered
      : renderFirstFitting('linkedinNote', views, (r) => r.text.length <= PREMIUM);
  return finish('linkedinNote', final, [recipient(p.manager)], undefined, {
    recipientName: p.manager.name,
    company: p.company,
  });
}
