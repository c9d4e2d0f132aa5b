import type { FollowUpInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { firstPerson, proofSentence, roleName, seedOf, sentence, subjectFrom } from './phrasing.js';
import { askView, me, person, toneOf, variants } from './voice.js';

function* attempts(p: ParsedOf<'followUp'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.update);
  // Completes "the …" in the template.
  const about = p.role === undefined ? `team at ${p.company}` : `${roleName(p.role)} role at ${p.company}`;
  for (const opener of [true, false])
    for (let shift = 0; shift < 3; shift++) {
      yield {
        subject,
        view: {
          ...toneOf(p.tone),
          v: variants(seed + shift, { greet: 2, open: 3, ask: 3, sign: 3 }),
          to: person(p.manager.name),
          me: me(p.sender),
          about,
          update: firstPerson(p.update) ? sentence(p.update) : proofSentence(p.update),
          call: p.ask !== undefined,
          opener,
          ...askView(p.ask, p.role, p.company, [p.company]),
        },
      };
    }
}

/**
 * Drafts one polite follow-up that brings something new — a result, an artifact, news that bears
 * on the manager's problem — and offers the cheapest next step ("Want me to send it over?"), or
 * the call the sender asked for. Send it at least five business days after the first note.
 *
 * @throws {InputError} when a field is missing or invalid; an `update` that is only a status
 * check ("just following up") is refused, saying what counts as new value.
 * @example
 * followUp({ sender, manager, company: 'Acme', update: 'I sketched how checkout could drop a redirect' }).text
 */
export function followUp(input: FollowUpInput): Draft {
  const p = parse('followUp', input);
  const own = p.update.replace(/^i\s+/i, '');
  const subject =
    p.previousSubject === undefined
      ? chooseSubject([
          subjectFrom(own) ?? '',
          ...(p.role === undefined ? [] : [`More on the ${roleName(p.role)} role`]),
          `Something new for ${p.company}`,
          'Something new for you',
        ])
      : `Re: ${p.previousSubject.replace(/^(?:re:\s*)+/i, '')}`;
  return firstClean('followUp', attempts(p, subject), [recipient(p.manager)], {
    recipientName: p.manager.name,
    company: p.company,
  });
}
