import type { IntroRequestInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { BLURB_LEVELS, renderBlurb } from './forwardable-blurb.js';
import { parse } from './parse.js';
import { clause, roleName, seedOf } from './phrasing.js';
import { me, person, proofView, toneOf, variants } from './voice.js';
import { introRequestTemplate } from '../templates/compiled.js';
import { introRequestRules } from '../checks/kind-rules.js';

/**
 * A relationship known only from a LinkedIn export ("last wrote to each other on LinkedIn in
 * September 2026", "connected on LinkedIn in March 2021", "are connected on LinkedIn"): which
 * kind of tie, and since when. The template says it as it is, without invented warmth.
 */
export function onlineTie(relationship: string): { online: 'wrote' | 'connected' | 'linked' | false; since: string } {
  const t = clause(relationship).replace(/^we\s+/i, '');
  const wrote = /^last wrote to each other on linkedin in (.+)$/i.exec(t);
  if (wrote) return { online: 'wrote', since: wrote[1]! };
  const connected = /^(?:have been |were |got )?connected on linkedin (?:in|since) (.+)$/i.exec(t);
  if (connected) return { online: 'connected', since: connected[1]! };
  if (/^(?:are|have been|got) connected on linkedin$/i.test(t)) return { online: 'linked', since: '' };
  return { online: false, since: '' };
}

function* attempts(p: ParsedOf<'introRequest'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.contact.name, p.manager.name, p.company, p.help);
  const tie = onlineTie(p.relationship);
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
          ...tie,
          connection: clause(p.connection).replace(/^you\s+/i, ''),
          help: p.help,
          ...proofView(p.proof.slice(0, 1)),
          blurb: { text: blurb.text, links: blurb.links },
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
  return firstClean(introRequestRules, introRequestTemplate, attempts(p, subject), [recipient(p.contact)], {
    recipientName: p.contact.name,
    company: p.company,
    ...(p.contactsAsked === undefined ? {} : { contactsAsked: p.contactsAsked }),
  });
}
