import { InputError } from '../errors/input-error.js';
import type { CallScriptInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { proofSentence, seedOf } from './phrasing.js';
import { askView, me, offerView, person, toneOf, variants } from './voice.js';
import { callScriptTemplate } from '../templates/compiled.js';
import { callScriptRules } from '../checks/kind-rules.js';

/**
 * How hard a proof point is to say aloud: its words, plus symbols and long numbers a listener
 * has to decode ("%", "$", "/", "4,200"). The lowest reads best.
 */
export function spokenCost(proof: string): number {
  let cost = proof.split(' ').length;
  for (const ch of proof) if ('%$/&()+#'.includes(ch)) cost += 2;
  cost += (proof.match(/\d[\d,.]{3,}/g) ?? []).length * 2;
  return cost;
}

function* attempts(p: ParsedOf<'callScript'>, phone: string): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.role, p.proof[0]);
  const proof = [...p.proof].sort((a, b) => spokenCost(a) - spokenCost(b))[0]!;
  const sender = { ...me(p.sender), phone };
  // Direct is the shortest tone: a voicemail of name, number, the proof and the ask, no offer.
  const levels = [
    ...(p.tone === 'direct' ? [] : [{ offer: true, headline: true }]),
    { offer: false, headline: true },
    { offer: false, headline: false },
  ];
  for (const level of levels) {
    for (let shift = 0; shift < 2; shift++) {
      yield {
        view: {
          ...toneOf(p.tone),
          v: variants(seed + shift, { intro: 2, offer: 3, ask: 3, pickup: 3 }),
          to: person(p.manager.name),
          me: level.headline ? sender : { ...sender, headline: false },
          referrer: p.referrer ?? false,
          firstProof: proofSentence(proof),
          ...(level.offer ? offerView(p.offer) : offerView(undefined)),
          ...askView(p.ask, p.role, p.company, [p.company]),
        },
      };
    }
  }
}

/**
 * Drafts a voicemail of at most about 40 seconds — name and number at the start and again at the
 * end, the proof point that reads best aloud, one ask on the day the sender proposed, a referrer
 * only when one was given — and an opener for when the manager picks up.
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
  return firstClean(callScriptRules, callScriptTemplate, attempts(p, phone), [recipient(p.manager)], {
    recipientName: p.manager.name,
    company: p.company,
    senderName: p.sender.name,
    senderPhone: phone,
  });
}
