import type { IntroRequestInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { BLURB_LEVELS, renderBlurb } from './forwardable-blurb.js';
import { parse } from './parse.js';
import { clause, roleName, seedOf } from './phrasing.js';
import { me, person, proofView, toneOf, variants } from './voice.js';

function* attempts(p: ParsedOf<'introRequest'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.contact.name, p.manager.name, p.company, p.help);
  // The company is named in the note below too: the request can leave it out when a sentence
  // would otherwise be too long.
  const levels = [
    ...BLURB_LEVELS.map((blurb) => ({ blurb, reachCompany: true })),
    { blurb: { proofs: 1, offer: false }, reachCompany: false },
  ];
  for (const { blurb: level, reachCompany } of levels) {
    for (let shift = 0; shift < 3; shift++) {
      const blurb = renderBlurb(p, shift, level);
      yield {
        subject,
        view: {
          ...toneOf(p.tone),
          v: variants(seed + shift, {
            greet: 2,
            personal: 3,
            reach: 3,
            why: 3,
            proof: 2,
            help: 3,
            note: 3,
            out: 4,
            sign: 3,
          }),
          to: person(p.contact.name),
          to2: person(p.manager.name),
          me: me(p.sender),
          mtitle: p.manager.title ?? false,
          company: p.company,
          reachCompany,
          role: roleName(p.role),
          relationship: clause(p.relationship).replace(/^we\s+/i, ''),
          connection: clause(p.connection).replace(/^you\s+/i, ''),
          help: p.help,
          ...proofView(p.proof.slice(0, 1)),
          blurb: { text: blurb.text, escaped: blurb.escaped },
        },
      };
    }
  }
}

/**
 * Drafts the request to a mutual contact: a personal line, who the manager is and why this
 * contact, one sentence of proof, exactly one of the three helps, an easy way out — and, clearly
 * separated below, the forwardable note for the manager.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`.
 * @example
 * introRequest({ sender, contact, manager, company, role, relationship, connection, help: 'introduce', proof }).text
 */
export function introRequest(input: IntroRequestInput): Draft {
  const p = parse('introRequest', input);
  const first = person(p.manager.name).first;
  const subject = chooseSubject(
    p.help === 'urge'
      ? [`A word with ${first} at ${p.company}?`, `A word with ${first}?`, 'A small favour?']
      : p.help === 'meeting'
        ? [`A meeting with ${first} at ${p.company}?`, `A call with ${first}?`, 'A small favour?']
        : [`Intro to ${first} at ${p.company}?`, `Intro to ${first}?`, 'An introduction?'],
  );
  return firstClean('introRequest', attempts(p, subject), [recipient(p.contact)], {
    recipientName: p.contact.name,
    company: p.company,
    ...(p.contactsAsked === undefined ? {} : { contactsAsked: p.contactsAsked }),
  });
}
