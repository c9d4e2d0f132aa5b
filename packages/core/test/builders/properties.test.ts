import fc from 'fast-check';
import { build, fields, kinds, safeBuild, type Draft, type Kind } from '@sidedoor/core';
import { inputs } from '../helpers/arbitraries';

const LEFTOVERS = ['{{', '}}', '[object', '  ', ' .', ' ,', '..', '?.'];
/** Values that leak from code as whole words ("nulla@example.com" is a generated address, not a leak). */
const LEFTOVER_WORDS = /\b(?:undefined|null|NaN|false)\b/;

function describeFailure(draft: Draft): string {
  return `${draft.report.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}: ${f.message}`)
    .join('\n')}\n---\n${draft.text}`;
}

describe.each(kinds)('%s over generated inputs', (kind: Kind) => {
  test('should yield a draft with no error-level finding, within its limits, with no leftover', () => {
    fc.assert(
      fc.property(inputs[kind] as fc.Arbitrary<unknown>, (input) => {
        const draft = build(kind, input as never);
        const errors = draft.report.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0) throw new Error(describeFailure(draft));
        for (const leftover of LEFTOVERS) {
          const body = kind === 'introRequest' ? draft.text.replace(/-{3,}/g, '') : draft.text;
          if (body.includes(leftover)) throw new Error(`Leftover ${JSON.stringify(leftover)} in:\n${draft.text}`);
        }
        const word = LEFTOVER_WORDS.exec(draft.text);
        if (word) throw new Error(`Leftover ${JSON.stringify(word[0])} in:\n${draft.text}`);
        if (kind === 'managerPitch') expect(draft.report.stats.words).toBeLessThanOrEqual(200);
        if (kind === 'linkedinNote') expect(draft.text.length).toBeLessThanOrEqual(300);
        if (kind === 'callScript') expect(draft.report.stats.words).toBeLessThanOrEqual(100);
        expect(draft.report.ready).toBe(true);
        expect(draft.html.startsWith('<p>')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('should draft the same input the same way', () => {
    fc.assert(
      fc.property(inputs[kind] as fc.Arbitrary<unknown>, (input) => {
        expect(build(kind, input as never)).toEqual(build(kind, input as never));
      }),
      { numRuns: 25 },
    );
  });
});

// Wild text in every free-text field: whatever the schema accepts must still draft cleanly.
const wildChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     .,;:!?\'"-–—&%$€/@#*()_+=ÄéßøŁ日本😀'.split(
    '',
  ),
);
const wildText = fc.string({ unit: wildChar, minLength: 1, maxLength: 120 });

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

describe.each(kinds)('%s over wild text', (kind: Kind) => {
  test('should either refuse the input or draft it with no error-level finding', () => {
    const textFields = fields(kind).filter((f) => f.type === 'text' || f.type === 'textarea');
    const arbitrary = fc.tuple(
      inputs[kind] as fc.Arbitrary<Record<string, unknown>>,
      fc.array(wildText, { minLength: textFields.length, maxLength: textFields.length }),
      wildText,
    );
    let drafted = 0;
    fc.assert(
      fc.property(arbitrary, ([input, texts, proofTail]) => {
        const wild = structuredClone(input);
        textFields.forEach((field, i) => setPath(wild, field.path, texts[i]));
        if ('proof' in wild) wild.proof = [`Cut costs 30% ${proofTail}`];
        const result = safeBuild(kind, wild);
        if (!result.ok) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          return;
        }
        drafted++;
        const errors = result.draft.report.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0) throw new Error(describeFailure(result.draft));
      }),
      { numRuns: 300 },
    );
    expect(drafted).toBeGreaterThan(50);
  });
});
