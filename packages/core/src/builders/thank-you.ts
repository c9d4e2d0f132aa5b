import { render } from '../render/render.js';
import type { ThankYouInput } from '../schemas/index.js';
import { chooseSubject, type Draft, finish, recipient } from './draft.js';
import { parse } from './parse.js';
import { firstName, greeting, pick, seedOf, sentence, signOff } from './phrasing.js';

/**
 * Drafts the thank-you to the contact after an introduction: close the loop, say what
 * happened, and tell them they will be moved to Bcc on the reply to the introduction.
 *
 * @throws {InputError} when a field is missing or invalid.
 * @example
 * thankYou({ sender, contact, manager, company: 'Acme', outcome: 'Sam and I are meeting on Thursday' }).text
 */
export function thankYou(input: ThankYouInput): Draft {
  const p = parse('thankYou', input);
  const seed = seedOf(p.contact.name, p.manager.name, p.company);
  const managerFirst = firstName(p.manager.name);
  const rendered = render('thankYou', {
    greeting: greeting(p.contact.name, p.tone),
    thanksSentence: pick(
      [
        `Thank you for introducing me to ${p.manager.name} at ${p.company}.`,
        `Thanks for the introduction to ${p.manager.name} at ${p.company}; it means a lot.`,
      ],
      seed,
      1,
    ),
    outcomeSentence: p.outcome === undefined ? false : sentence(p.outcome),
    bccSentence: `When I reply to ${managerFirst}, I'll move you to Bcc to spare your inbox, and I'll let you know how it goes.`,
    signOff: signOff(p.tone, seed),
    sender: { first: firstName(p.sender.name) },
  });
  const subject = chooseSubject([
    `Thank you, ${firstName(p.contact.name)}`,
    `Thanks for the intro to ${managerFirst}`,
    'Thank you for the intro',
  ]);
  return finish('thankYou', rendered, [recipient(p.contact)], subject, {
    recipientName: p.contact.name,
    company: p.company,
  });
}
