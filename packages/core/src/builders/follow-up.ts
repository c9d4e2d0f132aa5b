import { render } from '../render/render.js';
import type { FollowUpInput } from '../schemas/index.js';
import { chooseSubject, type Draft, finish, recipient } from './draft.js';
import { parse } from './parse.js';
import { askSentence, clause, firstPerson, greeting, pick, seedOf, sentence, signOff } from './phrasing.js';

/**
 * Drafts one polite follow-up that brings something new — never a bare status check. Send it
 * at least five business days after the first note.
 *
 * @throws {InputError} when a field is missing or invalid; `update` (what is new) is required.
 * @example
 * followUp({ sender, manager, company: 'Acme', update: 'I sketched how checkout could drop a redirect' }).text
 */
export function followUp(input: FollowUpInput): Draft {
  const p = parse('followUp', input);
  const seed = seedOf(p.manager.name, p.company, p.update);
  const about = p.role === undefined ? `your team at ${p.company}` : `the ${p.role} role at ${p.company}`;
  const update = firstPerson(p.update) ? sentence(p.update) : sentence(`Since then, ${clause(p.update)}`);
  const rendered = render('followUp', {
    greeting: greeting(p.manager.name, p.tone),
    openingSentence: pick(
      [`One more thing since my note about ${about}.`, `I have something new since I wrote about ${about}.`],
      seed,
      1,
    ),
    updateSentence: update,
    askSentence: askSentence(p.ask, p.tone, seed),
    signOff: signOff(p.tone, seed),
    sender: {
      name: p.sender.name,
      email: p.sender.email,
      phone: p.sender.phone ?? false,
      linkedin: p.sender.linkedin ?? false,
    },
  });
  const subject =
    p.previousSubject === undefined
      ? chooseSubject([
          `One more idea for ${p.company}`,
          ...(p.role === undefined ? [] : [`${p.role}: one more idea`]),
          'One more idea for you',
        ])
      : `Re: ${p.previousSubject.replace(/^(?:re:\s*)+/i, '')}`;
  return finish('followUp', rendered, [recipient(p.manager)], subject, {
    recipientName: p.manager.name,
    company: p.company,
  });
}
