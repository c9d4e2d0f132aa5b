import fc from 'fast-check';
import { applyFix, check, type Finding, isInputError } from '@sidedoor/core';

/** The first finding of `rule` that carries a fix check() can apply. */
function fixable(text: string, rule = 'tone/hedging'): Finding {
  const finding = check(text, { kind: 'managerPitch' }).findings.find(
    (f) => f.rule === rule && f.replacement !== undefined,
  );
  if (finding === undefined) throw new Error(`no ${rule} fix in: ${text}`);
  return finding;
}

/** The text with its first fix of `rule` applied. */
const fixed = (text: string, rule?: string) => applyFix(text, fixable(text, rule)).text;

const pitch = (sentence: string) => `Hi Sam,\n\n${sentence} Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex`;

describe('applyFix', () => {
  test.each([
    ['I basically rebuilt checkout at Globex.', 'I rebuilt checkout at Globex.'],
    ['Basically, I rebuilt checkout at Globex.', 'I rebuilt checkout at Globex.'],
    ['Hopefully we can cut checkout latency by 40%.', 'We can cut checkout latency by 40%.'],
    ['I was, basically, the lead on checkout.', 'I was the lead on checkout.'],
    ['I rebuilt checkout at Globex, basically.', 'I rebuilt checkout at Globex.'],
    ['I rebuilt checkout. Basically, it was fast.', 'I rebuilt checkout. It was fast.'],
    ['I rebuilt\tbasically  everything.', 'I rebuilt\teverything.'],
  ])('deletes a hedge and tidies the seam: %j', (sentence, expected) => {
    expect(fixed(pitch(sentence))).toBe(pitch(expected));
  });

  test('cuts a resentful sentence without leaving spaces or empty lines behind', () => {
    const bitter = 'Frankly, it is your loss.';
    const middle = `Hi Sam,\n\nThanks for the note. ${bitter} I still want to help with checkout.\n\nBest,\nAlex`;
    expect(fixed(middle, 'tone/resentment')).toBe(
      'Hi Sam,\n\nThanks for the note. I still want to help with checkout.\n\nBest,\nAlex',
    );
    const alone = `Hi Sam,\n\nThanks for the note.\n\n${bitter}\n\nI still want to help with checkout.\n\nBest,\nAlex`;
    expect(fixed(alone, 'tone/resentment')).toBe(
      'Hi Sam,\n\nThanks for the note.\n\nI still want to help with checkout.\n\nBest,\nAlex',
    );
    const last = `Thanks for the note.\n\n${bitter}`;
    expect(fixed(last, 'tone/resentment')).toBe('Thanks for the note.');
  });

  test('says where the fix now sits', () => {
    const text = pitch('I basically rebuilt checkout.');
    const result = applyFix(text, fixable(text));
    expect(result.start).toBe(result.end);
    expect(result.text.slice(0, result.start)).toBe('Hi Sam,\n\nI ');
    const replaced = applyFix('I rebuilt checkout.', {
      rule: 'example',
      severity: 'warning',
      message: '',
      rationale: '',
      source: '',
      start: 2,
      end: 9,
      excerpt: 'rebuilt',
      replacement: 'rewrote',
    });
    expect(replaced).toEqual({ text: 'I rewrote checkout.', start: 2, end: 9 });
  });

  test('refuses a finding without a fix, or one made from another version of the text', () => {
    const text = pitch('I basically rebuilt checkout.');
    const finding = fixable(text);
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        if (isInputError(error)) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw error;
      }
      return [];
    };
    expect(problem(() => applyFix(`Hello. ${text}`, finding))).toEqual([
      'finding: Expected the text the finding was made from; this text has changed since, so check it again.',
    ]);
    const { replacement: _, ...noFix } = finding;
    expect(problem(() => applyFix(text, noFix as Finding))).toEqual([
      'finding: Expected a finding with a replacement and its offsets (`start`, `end`), as check() gives for a fix.',
    ]);
    expect(problem(() => applyFix(text, { ...finding, end: text.length + 5 }))).toHaveLength(1);
    expect(problem(() => applyFix(42 as unknown as string, finding))).toEqual([
      'text: Expected `text` to be a string, found a number.',
    ]);
  });

  test('loses nothing but the deleted words, their comma and spaces, and leaves no double space', () => {
    const hedges = ['basically', 'Basically,', 'hopefully', 'actually', 'really', 'perhaps'];
    const word = fc.constantFrom('I', 'rebuilt', 'checkout', 'at', 'Globex', 'latency', 'by', '40%', 'we');
    const sentence = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 1, maxLength: 6 }))
      .map(([a, b]) => [a.join(' '), b.join(' ')] as const);
    const strip = (s: string) => s.replace(/[\s,]/g, '').toLowerCase();
    fc.assert(
      fc.property(
        sentence,
        fc.constantFrom(...hedges),
        fc.constantFrom(' ', '  ', '\t'),
        fc.constantFrom('.', '!', ', and more.'),
        ([a, b], hedge, gap, end) => {
          const body = `${a}${gap}${hedge}${gap}${b}${end}`;
          const text = pitch(body);
          const finding = check(text, { kind: 'managerPitch' }).findings.find((f) => f.replacement === '');
          if (finding === undefined) return;
          const result = applyFix(text, finding);
          const before = text.slice(0, finding.start);
          const after = text.slice(finding.end);
          expect(strip(result.text)).toBe(strip(before + after));
          expect(result.text.slice(Math.max(0, result.start - 2), result.start + 2)).not.toMatch(/ {2}| [,.!]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
