/** How well a connection's company matches the target: the same name, or the same name in other words. */
export type CompanyMatch = 'exact' | 'strong';

/** Legal forms dropped from the end of a name ("Acme, Inc." is Acme). */
const LEGAL = new Set([
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'pty',
  'pte',
  'kk',
  'llp',
  'lp',
  'pc',
  'pllc',
  'ulc',
  'kg',
  'se',
  'sl',
  'sro',
  'zoo',
  'ou',
  'bhd',
  'sdn',
  'lda',
  'ltda',
]);

/** Words that change nothing about which company it is; dropped only for a strong match. */
const GENERIC = new Set([
  'group',
  'holdings',
  'holding',
  'international',
  'intl',
  'global',
  'worldwide',
  'hq',
  'company',
  'the',
]);

/** Web suffixes: "Amazon.com" is Amazon for a strong match. */
const WEB = new Set(['com', 'io', 'ai', 'co', 'net', 'org', 'app', 'dev']);

/** A company name in the two forms the tiers compare. */
export interface CompanyKey {
  /** Words after dropping a tagline, the legal form, accents, case and punctuation. */
  exact: string;
  /** The same without generic words, web suffixes and spaces. */
  strong: string;
}

/**
 * Normalises a company name as LinkedIn members write it: the tagline after `|`, ` - `, ` – `,
 * ` — `, ` · ` or `(` goes ("ACME Robotics | We're hiring!" → `acme robotics`), then accents,
 * case, punctuation and the legal form ("Acmé, Inc." → `acme`). Empty when nothing is left.
 */
export function companyKey(name: string): CompanyKey {
  const head = cutTagline(name);
  const words = head
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  // "L.L.C." and "S.A." arrive as single letters.
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    const lastTwo = words.slice(-2).join('');
    const lastThree = words.slice(-3).join('');
    if (words.length > 3 && LEGAL.has(lastThree) && words.slice(-3).every((w) => w.length === 1)) words.splice(-3);
    else if (words.length > 2 && LEGAL.has(lastTwo) && words.slice(-2).every((w) => w.length === 1)) words.splice(-2);
    else if (LEGAL.has(last)) words.pop();
    else break;
  }
  const exact = words.join(' ');
  const strongWords = words.filter((w, i) => !GENERIC.has(w) && !(i === words.length - 1 && i > 0 && WEB.has(w)));
  const strong = (strongWords.length > 0 ? strongWords : words).join('');
  return { exact, strong };
}

function cutTagline(name: string): string {
  let end = name.length;
  for (const mark of ['|', ' - ', ' – ', ' — ', ' · ', '(', ' / ', ':']) {
    const at = name.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  // A cell that starts with a formula character is read as the words after it.
  return name.slice(0, end).replace(/^[=+\-@\s]+/, '');
}

/**
 * Compares a connection's company with the target. `exact` when the normalised names are the
 * same words; `strong` when they differ only by generic words, a web suffix or spacing
 * ("Acme Group", "acme.io", "AcmeCorp" for "Acme Corp"); otherwise `null` — never a substring
 * ("Acme" is not "Acme Robotics", "Meta" is not "Metabase").
 */
export function matchCompany(company: string | CompanyKey, target: string | CompanyKey): CompanyMatch | null {
  const a = typeof company === 'string' ? companyKey(company) : company;
  const b = typeof target === 'string' ? companyKey(target) : target;
  if (a.exact === '' || b.exact === '') return null;
  if (a.exact === b.exact) return 'exact';
  if (a.strong === b.strong) return 'strong';
  return null;
}
