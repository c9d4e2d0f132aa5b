import { defaultThresholds } from '../checks/thresholds.js';
import type { FollowUpInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, chooseSubject, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { firstPerson, proofSentence, roleName, seedOf, sentence, startsWithVerb, subjectFrom } from './phrasing.js';
import { askView, me, person, toneOf, variants } from './voice.js';
import { followUpTemplate } from '../templates/compiled.js';
import { followUpRules } from '../checks/kind-rules.js';

function* attempts(p: ParsedOf<'followUp'>, subject: string): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.update);
  // What the first note was about, as "my note about …" completes.
  const about = p.role === undefined ? `your team at ${p.company}` : `the ${roleName(p.role)} role at ${p.company}`;
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
          // Without the opener, the ask names the company (unless the update does).
          ...askView(p.ask, p.role, p.company, opener ? [p.company] : [p.update]),
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
  const subject = followUpSubject(p);
  return firstClean(followUpRules, followUpTemplate, attempts(p, subject), [recipient(p.manager)], {
    recipientName: p.manager.name,
    company: p.company,
    // A reply keeps the first note's subject: its "Re: " does not count against the length.
    ...(subject.startsWith('Re: ')
      ? {
          thresholds: {
            subjectWords: [defaultThresholds.subjectWords[0], defaultThresholds.subjectWords[1] + 1] as const,
            subjectChars: defaultThresholds.subjectChars + 4,
          },
        }
      : {}),
  });
}

/**
 * The follow-up's subject: a reply to the first note ("Re: …") when its subject is known; else
 * what the news made, named ("A 90-day onboarding plan" from "I drafted a 90-day onboarding plan
 * for…"), never a cut of the sentence ("Drafted a plan"); else the role, else the team.
 */
export function followUpSubject(p: {
  previousSubject?: string | undefined;
  update: string;
  role?: string | undefined;
  company: string;
}): string {
  if (p.previousSubject !== undefined) return `Re: ${p.previousSubject.replace(/^(?:re:\s*)+/i, '')}`;
  const words = p.update.trim().split(' ');
  if (words[0]?.toLowerCase() === 'i') words.shift();
  const thing =
    words.length > 2 && startsWithVerb(words[0]!)
      ? subjectFrom(words.slice(1).join(' '), (c) => /^(?:(?:an?|the|your|its|one|two|three)\b|\d)/i.test(c))
      : undefined;
  const candidates = [thing ?? '', `Your ${p.company} team`];
  if (p.role !== undefined)
    candidates.splice(1, 0, `The ${roleName(p.role)} role at ${p.company}`, `Your ${roleName(p.role)} opening`);
  return chooseSubject(candidates);
}
