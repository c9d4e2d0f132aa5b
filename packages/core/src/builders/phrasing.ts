/**
 * Facts and grammar the builders compute before a template says anything: names, articles,
 * fragments made ready to embed, the day of an ask, a subject from a result, variation.
 */

/** A person's name taken apart: how to greet them by first name and formally. */
export interface NameParts {
  /** The whole name as typed. */
  full: string;
  /** The first name, compound ones kept whole ("Beth Anne", "Anne-Marie"); no honorific. */
  first: string;
  /** The surname with its particles ("de la Cruz"), without suffixes; empty for a single name. */
  last: string;
  /** A leading honorific, normalised ("Dr.", "Prof."), when one was typed. */
  honorific: string | undefined;
  /** How a formal greeting names them: "Dr. Reyes" with an honorific, "Alan Reyes" without. */
  formal: string;
}

const HONORIFICS: Record<string, string> = {
  dr: 'Dr.',
  doctor: 'Dr.',
  prof: 'Prof.',
  professor: 'Professor',
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  mx: 'Mx.',
  rev: 'Rev.',
  fr: 'Fr.',
  sir: 'Sir',
  dame: 'Dame',
  capt: 'Capt.',
  captain: 'Captain',
  col: 'Col.',
  maj: 'Maj.',
  lt: 'Lt.',
  sgt: 'Sgt.',
  gen: 'Gen.',
  hon: 'Hon.',
  judge: 'Judge',
  sfc: 'SFC',
  ssg: 'SSG',
  msg: 'MSG',
  '1sg': '1SG',
  cpl: 'Cpl.',
  spc: 'Spc.',
  cpt: 'Cpt.',
  ltc: 'Lt. Col.',
  cdr: 'Cdr.',
  adm: 'Adm.',
};

const SUFFIXES = new Set(
  'jr sr ii iii iv v phd md rn bsn msn dnp np pa mba cpa cfa pe pmp esq dds dvm jd edd lcsw ret'.split(' '),
);

const PARTICLES = new Set('van von der den de del della da di du la le st st. bin al el ten ter dos das'.split(' '));

/** Second parts of compound first names written with a space: "Beth Anne", "Mary Jo", "Jean Paul". */
const COMPOUND_SECONDS = new Set(
  'anne ann marie mae may lynn lou jo sue beth kay rose jean paul luc claude'.split(' '),
);

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]/g, '');
}

/**
 * Takes a name apart. Leading honorifics ("Dr.", "Ms", "Prof.") and trailing suffixes ("Jr.",
 * "PhD", "RN", after a comma or not) are not names. The first name is the first word, or the
 * first two when the name has a surname too and the second is a common second part of a compound
 * first name ("Beth Anne Miller" → "Beth Anne"); hyphenated names are one word already.
 *
 * @example
 * nameParts('Dr. Alan Reyes').formal // 'Dr. Reyes'
 */
export function nameParts(full: string): NameParts {
  let words = full.trim().split(/\s+/);
  let honorific: string | undefined;
  // Honorifics, and asides such as "(Ret.)" after them, come before the name.
  while (words.length > 1 && (HONORIFICS[bare(words[0]!)] !== undefined || /^\(.*\)$/.test(words[0]!))) {
    honorific ??= HONORIFICS[bare(words[0]!)];
    words = words.slice(1);
  }
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) words = words.slice(0, -1);
  // "Alan Reyes, PhD" leaves a comma on the surname.
  words = words.map((w, i) => (i === words.length - 1 && words.length > 1 ? stripCommas(w) : w));
  let firstCount = 1;
  if (words.length >= 3 && COMPOUND_SECONDS.has(bare(words[1]!))) firstCount = 2;
  const first = words.slice(0, firstCount).join(' ');
  // The surname is the last word with the particles before it ("Van der Berg", "de la Cruz").
  let from = words.length - 1;
  while (from - 1 >= firstCount && PARTICLES.has(words[from - 1]!.toLowerCase())) from--;
  const last = words.length > firstCount ? words.slice(from).join(' ') : '';
  const formal =
    honorific !== undefined && last !== '' ? `${honorific} ${last}` : last === '' ? first : `${first} ${last}`;
  return { full, first, last, honorific, formal };
}

/** A whole sentence: capitalised first letter, ending in `.`, `!` or `?` (added when missing). */
export function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return t;
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]["')\]]?$/.test(capital) ? capital : `${capital}.`;
}

const SIGHTING = /^(?:i (?:saw|read|noticed|heard|watched|listened)|congrat)/i;

/** Whether a hook is already a sentence about a sighting ("I saw your post…"), to be used as typed. */
export function isSighting(hook: string): boolean {
  return SIGHTING.test(hook.trim());
}

/**
 * The hook as the plainest draft says it: as typed when it is a sighting already, else after
 * "I saw that". What the schema's generic-hook test reads.
 */
export function hookSentence(hook: string): string {
  return isSighting(hook) ? sentence(hook) : `I saw that ${clause(hook)}.`;
}

/** Words that start a fragment and are never proper nouns, so a capital on them is lowered mid-sentence. */
const COMMON_STARTS = new Set(
  (
    'the your you its their our a an this that these those there it we they he she his her my as after ' +
    'before during since when while with without for from in on at by over under across about most more ' +
    'one two three some every each all both many several new former current recent recently nearly ' +
    'almost over about just still now then today last next first'
  ).split(' '),
);

/** Words that start a headline and are not names: "Senior payroll analyst" becomes "a senior payroll analyst". */
const TITLE_STARTS = new Set(
  'senior junior lead staff principal chief head former registered certified licensed retired experienced'.split(' '),
);

/** First words of headlines that name an institution and keep their capital. */
const PROPER_STARTS = new Set('army navy marine marines air coast national space royal federal state us'.split(' '));

function stripCommas(s: string): string {
  let t = s;
  while (t.endsWith(',')) t = t.slice(0, -1);
  return t;
}

function stripEnd(s: string): string {
  let t = s.trim();
  while (t.length > 0 && '.;,:'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  return t.trimEnd();
}

function lowerFirst(t: string): string {
  return t === '' ? t : t[0]!.toLowerCase() + t.slice(1);
}

/** Whether a word is written like a common word ("Senior"), not an acronym ("ICU") or a brand ("iPhone"). */
function titleCased(word: string): boolean {
  return word.length > 0 && word.slice(1) === word.slice(1).toLowerCase() && word !== word.toUpperCase();
}

/**
 * A fragment to embed mid-sentence: no final full stop, and a capital on a leading common word
 * lowered ("Your team…" → "your team…"); proper nouns and acronyms are left alone.
 */
export function clause(s: string): string {
  const t = stripEnd(s);
  const first = t.split(' ')[0] ?? '';
  return COMMON_STARTS.has(first.toLowerCase()) && titleCased(first) ? lowerFirst(t) : t;
}

const VERBS = new Set(
  (
    'cut led ran built grew won made took drove set wrote taught sold shipped launched saved raised closed ' +
    'scaled doubled tripled halved reduced increased delivered automated designed created managed migrated ' +
    'rebuilt found kept trained coached hired opened moved brought caught turned helped oversaw grew'
  ).split(' '),
);

/** Whether a phrase starts with a verb in the past tense ("Cut latency…", "Launched…"). */
export function startsWithVerb(s: string): boolean {
  const first = (s.trim().split(' ')[0] ?? '').toLowerCase();
  return VERBS.has(first) || (first.length > 4 && first.endsWith('ed') && !first.endsWith('eed'));
}

/** Whether a phrase is already in the first person ("I would…", "I'd…"). */
export function firstPerson(s: string): boolean {
  return /^i\b|^i['’]/i.test(s.trim());
}

/**
 * A proof point as a sentence of its own: "Cut latency 40%" → "I cut latency 40%."; one that
 * already has a subject ("Pick accuracy went…", "As an intern, I…") stays as typed.
 */
export function proofSentence(s: string): string {
  const t = stripEnd(s);
  if (startsWithVerb(t)) return `I ${lowerFirst(t)}.`;
  return sentence(t);
}

/** Whether a proof sentence starts with "I ", so a lead-in and a comma can go before it. */
export function leadable(proof: string): boolean {
  return proof.startsWith('I ');
}

/** An offer as it completes "I would…", with a leading capital lowered; `undefined` when it is already a sentence. */
export function offerClause(s: string): string | undefined {
  if (firstPerson(s)) return undefined;
  const t = stripEnd(s);
  const lead = /^(?:(?:would|will|can|could)\s+)?(?:love\s+)?(?:to\s+)?/i.exec(t);
  const rest = lead === null ? t : t.slice(lead[0].length);
  if (rest === '') return t;
  return /^[A-Z][a-z]/.test(rest) && !/^I\b/.test(rest) ? lowerFirst(rest) : rest;
}

// Words spelled with a vowel that start with a consonant sound ("a union", "a one-day"), and
// words spelled with a consonant that start with a vowel sound ("an hour", "an honest").
const YOU_OR_WON = /^(?:uni(?!n|mp)|use|usu|ura|uro|ure|uti|utopi|eu|ewe|one(?!r)|once|ouija)/;
const SILENT_H = /^(?:hour|honest|honou?r|heir|herb(?!al|s?t))/;
// Letters whose name starts with a vowel sound when read one by one: "an NCO", "an MBA", "an F1".
const VOWEL_LETTERS = 'AEFHILMNORSX';

/**
 * "a"/"an" by sound, for the phrase that follows: "an ICU", "an NCO", "a union", "an hour",
 * "an 8-year", "an 11-person", "a 1-page". Acronyms (two or more capitals) are read letter by letter.
 */
export function article(phrase: string): string {
  const word = phrase.trim().split(/[\s,]/)[0] ?? '';
  if (/^\d/.test(word)) {
    const digits = word.replace(/\D/g, '');
    // "eight", "eighty", "eleven", "eighteen", "eight hundred…": the number read aloud starts with a vowel.
    const an =
      digits.startsWith('8') || ((digits.startsWith('11') || digits.startsWith('18')) && digits.length % 3 === 2);
    return an ? 'an' : 'a';
  }
  const letters = word.replace(/[^a-z]/gi, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters.length <= 5)
    return VOWEL_LETTERS.includes(letters[0]!) ? 'an' : 'a';
  const lower = letters.toLowerCase();
  if (lower === '') return 'a';
  if (SILENT_H.test(lower)) return 'an';
  if (YOU_OR_WON.test(lower)) return 'a';
  return 'aeiou'.includes(lower[0]!) ? 'an' : 'a';
}

/**
 * The sender's one-line headline, ready to follow "I'm Jonas Berg,": with "a"/"an" and a
 * leading capital lowered on a common word ("Senior payroll analyst at Contoso" → "a senior
 * payroll analyst at Contoso"). Headlines that start with a number or already with an article
 * or a possessive are kept as typed.
 */
export function headlinePhrase(headline: string): string {
  const t = stripEnd(headline);
  const first = t.split(' ')[0] ?? '';
  const lower = first.toLowerCase();
  if (/^\d/.test(first)) return t;
  if (/^(?:a|an|the|my)$/.test(lower)) return lowerFirst(t);
  // A capital on a common first word is lowered: a known title word, or a word followed by a
  // lowercase one ("Payments engineer"), unless it names an institution ("Army logistics NCO").
  const second = t.split(' ')[1] ?? '';
  const common = TITLE_STARTS.has(lower) || (/^[a-z]/.test(second) && !PROPER_STARTS.has(lower));
  const body = common && titleCased(first) ? lowerFirst(t) : t;
  return `${article(body)} ${body}`;
}

/** A role name without a trailing "role"/"position", so "the … role" never doubles. */
export function roleName(role: string): string {
  const words = role.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  return words.length > 1 && ['role', 'position', 'job', 'opening'].includes(last)
    ? words.slice(0, -1).join(' ')
    : role;
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

/** A number in `[1, n]` chosen by the seed, for a template's variants; `slot` makes separate choices independent. */
export function variant(seed: number, slot: number, n = 3): number {
  const mixed = Math.imul(seed ^ Math.imul(slot + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
  return (((mixed ^ (mixed >>> 15)) >>> 0) % n) + 1;
}

const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
const READY =
  /^(?:on|in|at|during|before|after|between|by|within|this|next|early|late|later|any|anytime|sometime|some|whenever|around|over|from|tomorrow|today|tonight|mornings?|afternoons?|evenings?)\b/i;

/** The default day of an ask: the cheapest to say yes to. */
export const DEFAULT_WHEN = 'next week';

/**
 * The `when` of an ask, ready to follow "15 minutes": "Tuesday or Wednesday" → "on Tuesday or
 * Wednesday", "the week of March 10" → "in the week of March 10", "sometime next week" as typed.
 */
export function when(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_WHEN;
  const t = clause(value);
  if (READY.test(t)) return lowerFirst(t);
  if (WEEKDAYS.test(t) || /^\d/.test(t) || MONTHS.test(t)) return `on ${t}`;
  return `in ${t}`;
}

const CUTS = new Set([
  'at',
  'in',
  'for',
  'with',
  'across',
  'within',
  'during',
  'while',
  'after',
  'on',
  'against',
  'and',
  'so',
  'when',
  'without',
  'over',
  'from',
  'that',
  'which',
  'as',
]);

/**
 * A subject of 2–6 words and at most 40 characters taken from the start of a phrase, cut before a
 * preposition or a comma ("Cut checkout latency by 40% at Globex in six months" → "Cut checkout
 * latency by 40%"); `undefined` when no cut fits or `accept` refuses every one.
 */
export function subjectFrom(phrase: string, accept: (s: string) => boolean = () => true): string | undefined {
  const words = stripEnd(phrase).split(' ');
  // Longest first: the first cut that fits and is accepted wins (acceptance may be costly).
  for (let n = Math.min(6, words.length); n >= 2; n--) {
    const lastWord = words[n - 1]!;
    const next = words[n];
    const endsHere = next === undefined || CUTS.has(next.toLowerCase()) || /[,;:]$/.test(lastWord);
    if (!endsHere) continue;
    const candidate = stripEnd(words.slice(0, n).join(' '));
    if (candidate.length <= 40 && accept(candidate)) return candidate[0]!.toUpperCase() + candidate.slice(1);
  }
  return undefined;
}
