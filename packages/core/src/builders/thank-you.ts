import type { ParsedOf, ThankYouInput } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { seedOf, sentence } from './phrasing.js';
import { me, person, toneOf, variants } from './voice.js';
import { thankYouTemplate } from '../templates/compiled.js';
import { thankYouRules } from '../checks/kind-rules.js';

function* attempts(p: ParsedOf<'thankYou'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.contact.name, p.manager.name, p.company);
  for (let shift = 0; shift < 3; shift++) {
    yield {
      subject,
      view: {
        ...toneOf(p.tone),
        v: variants(seed + shift, { greet: 2, thanks: 3, bcc: 2, favour: 4, sign: 3 }),
        to: person(p.contact.name),
        to2: person(p.manager.name),
        me: me(p.sender),
        company: p.company,
        help: p.help ?? 'any',
        outcome: p.outcome === undefined ? false : sentence(p.outcome),
        // Bcc is for the reply to an introduction: only while that reply is still to come.
        bcc: (p.help === undefined || p.help === 'introduce') && p.outcome === undefined,
      },
    };
  }
}

/**
 * Drafts the thank-you to the contact: thanks for the help actually given (`help`), what came of
 * it, an offer to return the favour — and, while the reply to the manager is still to come, that
 * the contact will be moved to Bcc on it.
 *
 * @throws {InputError} when a field is missing or invalid.
 * @example
 * thankYou({ sender, contact, manager, company: 'Acme', help: 'introduce' }).text
 */
export function thankYou(input: ThankYouInput): Draft {
  const p = parse('thankYou', input);
  const contact = person(p.contact.name).first;
  const manager = person(p.manager.name).first;
  const subject = chooseSubject([
    p.help === 'urge'
      ? `Thanks for the word with ${manager}`
      : p.help === 'meeting'
        ? `Thanks for setting up the meeting`
        : `Thanks for the intro to ${manager}`,
    `Thank you, ${contact}`,
    'Thank you',
  ]);
  return firstClean(thankYouRules, thankYouTemplate, attempts(p, subject), [recipient(p.contact)], {
    recipientName: p.contact.name,
    company: p.company,
  });
}
