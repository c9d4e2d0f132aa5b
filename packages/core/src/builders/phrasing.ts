/** Small writing helpers the builders share: names, sentences, greetings, asks, variation. */
import type { Tone } from '../kinds.js';

/** The first word of a name: "Sam" of "Sam Lee". */
export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** A whole sentence: capitalised first letter, ending in `.`, `!` or `?` (added when missing). */
export function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return t;
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]["')\]]?$/.test(capital) ? capital : `${capital}.`;
}

const LOWER_STARTS = new Set([
  'the',
  'your',
  'you',
  'its',
  'their',
  'our',
  'a',
  'an',
  'this',
  'that',
  'these',
  'there',
  'it',
  'we',
  'they',
  'he',
  'she',
]);

/**
 * A clause to embed mid-sentence: no final full stop, and a leading common word lower-cased
 * ("Your team…" → "your team…"), proper nouns left alone.
 */
export function clause(s: string): string {
  let t = s.trim();
  while (t.length > 0 && '.;,:'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  const first = t.split(' ')[0] ?? '';
  if (LOWER_STARTS.has(first.toLowerCase()) && first !== first.toUpperCase()) t = t[0]!.toLowerCase() + t.slice(1);
  return t;
}

const VERBS = new Set(
  'cut led ran built grew won made took drove set wrote taught sold shipped launched saved raised closed scaled doubled tripled halved reduced increased delivered automated designed created managed migrated rebuilt'.split(
    ' ',
  ),
);

/** Whether a phrase starts with a verb in the past tense ("Cut latency…", "Launched…"). */
export function startsWithVerb(s: string): boolean {
  const first = (s.trim().split(' ')[0] ?? '').toLowerCase();
  return VERBS.has(first) || (first.length > 4 && first.endsWith('ed'));
}

/** A proof point to embed mid-sentence: a leading verb lower-cased ("Cut…" → "cut…"). */
export function proofClause(s: string): string {
  const t = clause(s);
  return startsWithVerb(t) && t[0] !== undefined ? t[0].toLowerCase() + t.slice(1) : t;
}

/** Whether a hook already opens like a sentence about what the sender saw ("I saw…", "Congratulations…"). */
export function opensWithSighting(s: string): boolean {
  return /^(?:i (?:saw|read|noticed|heard|watched|listened)|congrat)/i.test(s.trim());
}

/** Whether a phrase is already in the first person ("I would…", "I'd…"). */
export function firstPerson(s: string): boolean {
  return /^i\b|^i['’]/i.test(s.trim());
}

/** A stable number from the inputs, so the same input always reads the same, and different inputs vary. */
export function seedOf(...parts: (string | undefined)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    if (part === undefined) continue;
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
  }
  return h >>> 0;
}

/** One of `options`, chosen by the seed; `slot` makes separate choices independent. */
export function pick<T>(options: readonly T[], seed: number, slot: number): T {
  const mixed = Math.imul(seed ^ Math.imul(slot + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
  return options[mixed % options.length]!;
}

/** The greeting line of a tone. */
export function greeting(name: string, tone: Tone): string {
  return tone === 'formal' ? `Dear ${name},` : `Hi ${firstName(name)},`;
}

/** The sign-off of a tone. */
export function signOff(tone: Tone, seed: number): string {
  if (tone === 'formal') return pick(['Kind regards,', 'With thanks,'], seed, 9);
  if (tone === 'direct') return pick(['Thanks,', 'Best,'], seed, 9);
  return pick(['Best,', 'All the best,', 'Thanks so much,'], seed, 9);
}

const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
const PREPOSITIONS =
  /^(?:on|in|at|during|before|after|between|by|this|next|early|late|later|any|some|tomorrow|today)\b/i;

/** "on Tuesday or Wednesday", "next week", "in the week of May 4" — the `when` of an ask, ready to follow a verb. */
export function when(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return 'next week';
  const t = clause(value);
  if (PREPOSITIONS.test(t)) return t[0]!.toLowerCase() + t.slice(1);
  if (WEEKDAYS.test(t) || /^\d/.test(t)) return `on ${t}`;
  return `in ${t}`;
}

/** The one question of a pitch or a note: how long, and when. */
export function askSentence(
  ask: { minutes?: number | undefined; when?: string | undefined } | undefined,
  tone: Tone,
  seed: number,
): string {
  const minutes = ask?.minutes ?? 15;
  const at = when(ask?.when);
  if (tone === 'formal') {
    return pick(
      [`Would you have ${minutes} minutes ${at} for a short call?`, `Could we arrange a ${minutes}-minute call ${at}?`],
      seed,
      3,
    );
  }
  if (tone === 'direct') {
    return pick(
      [`Could we talk for ${minutes} minutes ${at}?`, `Do you have ${minutes} minutes ${at} for a call?`],
      seed,
      3,
    );
  }
  return pick(
    [
      `Would you be open to a ${minutes}-minute call ${at}?`,
      `Could we find ${minutes} minutes ${at} to talk it through?`,
    ],
    seed,
    3,
  );
}
