import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { check } from '@sidedoor/core';
import { hedgeWords } from '../../src/checks/hedge-words';

const root = join(__dirname, '..', '..');

/** Runs an export of scripts/compile-hedges.mjs and returns what it prints. */
function script(expression: string): string {
  const code = `import('./scripts/compile-hedges.mjs').then((m) => process.stdout.write(${expression}))`;
  return execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
}

const neutral: string[] = JSON.parse(script('JSON.stringify([...m.NEUTRAL])'));

describe('the compiled hedge words (src/checks/hedge-words.ts)', () => {
  test('should be up to date with hedges, fillers and scripts/compile-hedges.mjs', () => {
    expect(script('m.generate()')).toBe(readFileSync(join(root, 'src', 'checks', 'hedge-words.ts'), 'utf8'));
  });

  test('should hold every word of both lists but the neutral ones, once each, in their order', () => {
    const expected = [...new Set([...hedges, ...fillers])].filter((w) => !neutral.includes(w));
    expect(hedgeWords).toEqual(expected);
    expect(new Set(hedgeWords).size).toBe(hedgeWords.length);
    // Words from each list, and neutral words of each left out.
    expect(hedgeWords).toEqual(expect.arrayContaining(['hopefully', 'perhaps', 'basically', 'a bit']));
    for (const word of ['could', 'would', 'may', 'about', 'most', 'several']) expect(hedgeWords).not.toContain(word);
  });

  test('should make tone/hedging fire on a listed word and not on a neutral one', () => {
    const mail = (sentence: string) =>
      `Hi Sam,\n\n${sentence} I cut checkout latency by 40% at Globex. Could we talk for 15 minutes on Tuesday?\n\nAlex`;
    const hedging = (text: string) =>
      check(text, { kind: 'managerPitch' })
        .findings.filter((f) => f.rule === 'tone/hedging')
        .map((f) => f.excerpt);
    expect(hedging(mail('Hopefully the team is still hiring.'))).toEqual(['Hopefully']);
    expect(hedging(mail('Perhaps the team is still hiring.'))).toEqual(['Perhaps']);
    expect(hedging(mail('Most of the team is still hiring.'))).toEqual([]);
  });
});
