import { InputError } from '../errors/input-error.js';
import type { CallScriptInput } from '../schemas/index.js';
import { type Draft, finish, recipient, renderFirstFitting } from './draft.js';
import { offerSentence } from './manager-pitch.js';
import { parse } from './parse.js';
import { firstName, pick, proofClause, seedOf, sentence, startsWithVerb } from './phrasing.js';

/** Words that fit in 40 seconds at 150 words a minute. */
const SPOKEN_WORDS = 100;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Drafts a voicemail or call opening of at most about 40 seconds: name and number at the start
 * and again at the end, one proof point, one ask, and a referrer only when one was given.
 *
 * @throws {InputError} when a field is missing or invalid; `sender.phone` is required for a call.
 * @example
 * callScript({ sender: { ...sender, phone: '+1 415 555 0134' }, manager, company, role, proof }).text
 */
export function callScript(input: CallScriptInput): Draft {
  const p = parse('callScript', input);
  const phone = p.sender.phone;
  if (phone === undefined) {
    throw new InputError([
      {
        path: ['sender', 'phone'],
        message: 'Expected your phone, found nothing: a call script says your number twice.',
      },
    ]);
  }
  const seed = seedOf(p.manager.name, p.company, p.role, p.proof[0]);
  const managerFirst = firstName(p.manager.name);
  // The shortest concrete proof point reads best aloud.
  const proof = [...p.proof].sort((a, b) => a.length - b.length)[0]!;
  const base = {
    greeting: p.tone === 'formal' ? `Hello ${p.manager.name},` : `Hi ${managerFirst},`,
    introSentence: `this is ${p.sender.name}, at ${phone}.`,
    referrerSentence: p.referrer ? `${p.referrer} suggested I call you.` : false,
    reasonSentence: `I'm calling about the ${p.role} role at ${p.company}.`,
    proofSentence: startsWithVerb(proof)
      ? sentence(`${pick(['In my last role I', 'Recently I'], seed, 1)} ${proofClause(proof)}`)
      : sentence(`${pick(['In my last role,', 'Recently,'], seed, 1)} ${proofClause(proof)}`),
    askSentence: pick(
      [
        `Could we talk for ${p.ask?.minutes ?? 15} minutes this week?`,
        `Would you have ${p.ask?.minutes ?? 15} minutes for a call this week?`,
      ],
      seed,
      3,
    ),
    closingSentence: `Again, this is ${p.sender.name}, at ${phone}. Thank you, ${managerFirst}.`,
  };
  const withOffer = { ...base, offerSentence: p.offer === undefined ? false : offerSentence(p.offer, p.tone, seed) };
  const rendered = renderFirstFitting(
    'callScript',
    [withOffer, { ...base, offerSentence: false }],
    (r) => words(r.text) <= SPOKEN_WORDS,
  );
  return finish('callScript', rendered, [recipient(p.manager)], undefined, {
    recipientName: p.manager.name,
    company: p.company,
    senderName: p.sender.name,
    senderPhone: phone,
  });
}
