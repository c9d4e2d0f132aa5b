import { InputError } from '../errors/input-error.js';
import type { LinkedinNoteInput, ParsedOf } from '../schemas/index.js';
import { type Attempt, type Draft, firstClean, recipient } from './draft.js';
import { parse } from './parse.js';
import { roleName, seedOf } from './phrasing.js';
import { hookView, me, person, proofView, toneOf, variants } from './voice.js';
import { linkedinNoteTemplate } from '../templates/compiled.js';
import { linkedinNoteRules } from '../checks/kind-rules.js';

/** LinkedIn's note limits: free accounts and Premium. */
const FREE = 200;
const PREMIUM = 300;

function* attempts(p: ParsedOf<'linkedinNote'>): Generator<Attempt> {
  const seed = seedOf(p.manager.name, p.company, p.hook);
  const sender = me(p.sender);
  // Lead-in words and optional content go first; the hook, the first proof and the ask stay.
  const levels = [
    { sign: true, headline: true, shortLead: false, askRole: true, shortAsk: false },
    { sign: false, headline: true, shortLead: false, askRole: true, shortAsk: false },
    { sign: false, headline: true, shortLead: true, askRole: true, shortAsk: false },
    { sign: false, headline: true, shortLead: true, askRole: false, shortAsk: false },
    { sign: false, headline: false, shortLead: false, askRole: true, shortAsk: false },
    { sign: false, headline: false, shortLead: true, askRole: false, shortAsk: false },
    { sign: false, headline: false, shortLead: true, askRole: false, shortAsk: true, company: true },
    { sign: false, headline: false, shortLead: true, askRole: false, shortAsk: true, company: false },
  ];
  const mentioned =
    p.hook === undefined ||
    [p.hook, p.sender.headline, p.proof[0]].some(
      (s) => s !== undefined && s.toLowerCase().includes(p.company.toLowerCase()),
    );
  for (const level of levels) {
    for (let shift = 0; shift < 2; shift++) {
      yield {
        view: {
          ...toneOf(p.tone),
          v: variants(seed + shift, { hook: 3, ask: 3 }),
          to: person(p.manager.name),
          me: level.headline ? sender : { ...sender, headline: false },
          ...hookView(p.hook),
          // Without a hook, that the company is hiring is the reason for writing.
          hiring: p.hook === undefined,
          ...proofView(p.proof.slice(0, 1)),
          role: p.role === undefined ? false : roleName(p.role),
          askRole: level.askRole && p.role !== undefined,
          shortLead: level.shortLead,
          shortAsk: level.shortAsk,
          company: p.company,
          atCompany: !mentioned && level.company !== false,
          sign: level.sign,
        },
      };
    }
  }
}

/**
 * Drafts a LinkedIn connection note within the account's limit (`premium`: 300 characters, else
 * 200): who the sender is, the hook, the strongest proof point and a short ask. Lead-in words,
 * the sign-off and the headline go before anything else; the hook, the first proof point and the
 * ask always stay.
 *
 * @throws {InputError} when a field is missing or invalid, including a missing `proof`, or when
 * the hook and the first proof point cannot fit the limit together.
 * @example
 * linkedinNote({ sender, manager, company: 'Acme', proof: ['Cut checkout latency 40%'] }).text.length // ≤ 200
 */
export function linkedinNote(input: LinkedinNoteInput): Draft {
  const p = parse('linkedinNote', input);
  const limit = p.premium === true ? PREMIUM : FREE;
  const draft = firstClean(
    linkedinNoteRules,
    linkedinNoteTemplate,
    attempts(p),
    [recipient(p.manager)],
    {
      recipientName: p.manager.name,
      company: p.company,
      // A Premium note may use all 300 characters: its own check must not warn at 200.
      ...(p.premium === true ? { thresholds: { linkedinChars: [PREMIUM, PREMIUM] as const } } : {}),
    },
    (d) => d.text.length <= limit,
  );
  if (draft.text.length > limit) {
    const field = p.hook === undefined ? ['proof', 0] : ['hook'];
    throw new InputError([
      {
        path: field,
        message: `Expected the hook and your first proof point to fit a LinkedIn note of ${limit} characters together, found ${draft.text.length}. Shorten ${p.hook === undefined ? 'the proof point' : 'the hook'}${p.premium === true ? '' : ', or set `premium` if you have LinkedIn Premium (300 characters)'}.`,
      },
    ]);
  }
  return draft;
}
