import type { Help } from '../kinds.js';
import { render } from '../render/render.js';
import type { IntroRequestInput } from '../schemas/index.js';
import { chooseSubject, type Draft, finish, recipient } from './draft.js';
import { renderBlurb } from './forwardable-blurb.js';
import { parse } from './parse.js';
import { clause, firstName, proofClause, greeting, pick, seedOf, sentence, signOff } from './phrasing.js';

function askFor(help: Help, manager: string, seed: number): string {
  switch (help) {
    case 'introduce':
      return pick(
        [`Would you be willing to introduce me to ${manager}?`, `Would you introduce me to ${manager}?`],
        seed,
        7,
      );
    case 'urge':
      return pick(
        [
          `Would you be willing to put in a word with ${manager} and suggest we talk?`,
          `Could you put in a good word with ${manager}, so a note from me lands well?`,
        ],
        seed,
        7,
      );
    case 'meeting':
      return pick(
        [
          `Could you help set up a meeting with ${manager}?`,
          `Would you be willing to help set up a call with ${manager}?`,
        ],
        seed,
        7,
      );
  }
}

/**
 * Drafts the request to a mutual contact: a personal line, why them, one sentence of proof,
 * exactly one of the three helps, an easy way out — and, clearly separated below, the
 * forwardable note for the manager.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`.
 * @example
 * introRequest({ sender, contact, manager, company, role, relationship, connection, help: 'introduce', proof }).text
 */
export function introRequest(input: IntroRequestInput): Draft {
  const p = parse('introRequest', input);
  const seed = seedOf(p.contact.name, p.manager.name, p.company, p.help);
  const managerFirst = firstName(p.manager.name);
  const blurb = renderBlurb(p);
  const title = p.manager.title === undefined ? '' : ` (${p.manager.title})`;
  const rendered = render('introRequest', {
    greeting: greeting(p.contact.name, p.tone),
    personalSentence:
      p.tone === 'formal'
        ? sentence(`I hope all is well since we ${clause(p.relationship)}`)
        : p.tone === 'direct'
          ? sentence(`We ${clause(p.relationship)}, so I will get right to it`)
          : sentence(`It has been a while since we ${clause(p.relationship)}, and I hope all is well`),
    managerSentence: `I'm hoping to reach ${p.manager.name}${title} at ${p.company} about the ${p.role} role.`,
    connectionSentence: sentence(
      `You ${clause(p.connection).replace(/^you\s+/i, '')}, so you know ${managerFirst} better than most`,
    ),
    proofSentence: sentence(`For context, my strongest result: ${proofClause(p.proof[0]!)}`),
    askSentence: `${askFor(p.help, managerFirst, seed)} I've added a short note below that you can pass on as is.`,
    optOutSentence: pick(
      ["If you'd rather not, no problem at all.", 'No pressure either way; I understand if the timing is wrong.'],
      seed,
      8,
    ),
    signOff: signOff(p.tone, seed),
    sender: { first: firstName(p.sender.name) },
    blurbStart: `---------- Note to forward to ${managerFirst} ----------`,
    blurb: { text: blurb.text, escaped: blurb.escaped },
    blurbEnd: '---------- End of note ----------',
  });
  const subject = chooseSubject([
    `Intro to ${p.manager.name}?`,
    `Intro to ${managerFirst} at ${p.company}?`,
    `A favour: intro to ${managerFirst}?`,
    'A quick favour?',
  ]);
  return finish('introRequest', rendered, [recipient(p.contact)], subject, {
    recipientName: p.contact.name,
    company: p.company,
    ...(p.contactsAsked === undefined ? {} : { contactsAsked: p.contactsAsked }),
  });
}
