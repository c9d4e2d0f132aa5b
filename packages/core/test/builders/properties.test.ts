import fc from 'fast-check';
import { build, check, fields, kinds, safeBuild, type Draft, type Kind } from '@sidedoor/core';
import { inputs } from '../helpers/arbitraries';

/** Every string of an input, lower-cased. */
function typed(input: unknown, out: string[] = []): string[] {
  if (typeof input === 'string') out.push(input.toLowerCase());
  else if (Array.isArray(input)) input.forEach((v) => typed(v, out));
  else if (typeof input === 'object' && input !== null) Object.values(input).forEach((v) => typed(v, out));
  return out;
}

/**
 * The warnings and errors that are the draft's own: not about words the user typed (a hedge in
 * their hook is advice on their words), and not the two places where the checks disagree with the
 * method — a follow-up whose news is an artifact without a number (METHOD.md §2 counts "a plan, a
 * sketch" as new value; \`proof/missing\` does not), and a hyphenated first name in the greeting
 * (\`personalization/name\` splits "Anne-Marie" and then misses it). A hook the hook rule calls
 * generic ("your team is hiring") is refused by the schema, so it needs no exclusion here.
 */
function hasHook(input: unknown): boolean {
  const hook = (input as { hook?: unknown }).hook;
  return typeof hook === 'string' && hook.trim() !== '';
}

function ownNoise(kind: Kind, draft: Draft, input: unknown): string[] {
  const words = typed(input);
  return (
    draft.report.findings
      .filter((f) => f.severity !== 'info')
      .filter((f) => !(f.excerpt !== undefined && words.some((w) => w.includes(f.excerpt!.toLowerCase()))))
      .filter((f) => !(kind === 'followUp' && f.rule === 'proof/missing'))
      .filter((f) => !(f.rule === 'personalization/name' && /-/.test(f.message)))
      // No hook given, none to find: the warning is the advice the sender needs (issue 10, item 4).
      .filter((f) => !(f.rule === 'personalization/hook' && !hasHook(input)))
      .map((f) => `${f.rule}: ${f.message}`)
  );
}

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
  test('should yield a draft with no finding of its own (no error, no warning), within its limits, with no leftover', () => {
    fc.assert(
      fc.property(inputs[kind] as fc.Arbitrary<unknown>, (input) => {
        const draft = build(kind, input as never);
        const noisy = ownNoise(kind, draft, input);
        if (noisy.length > 0) throw new Error(`${noisy.join('\n')}\n---\n${draft.text}`);
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

// Hooks from both sides of the hook rule's line: whatever the schema accepts, the rule finds specific.
const who = fc.constantFrom('your team', 'Acme', 'you', "you're", 'the team', 'I saw', 'I noticed', 'I read');
const doing = fc.constantFrom(
  'is hiring',
  'are hiring',
  'is growing',
  'are looking for',
  'that you are hiring',
  'your job posting',
  'the open role',
  'a new role',
  'is rebuilding',
  'just launched',
  'is expanding',
);
const what = fc.constantFrom('', ' a payments engineer', ' checkout', ' for the launch in Germany', ' in Berlin');
const anyHook = fc.tuple(who, doing, what).map(([a, b, c]) => `${a} ${b}${c}`);

describe.each(['managerPitch', 'forwardableBlurb', 'linkedinNote'] as const)('%s hooks', (kind) => {
  test('should refuse a generic hook at `hook`, and draft any other without a hook finding', () => {
    let refused = 0;
    let drafted = 0;
    fc.assert(
      fc.property(inputs[kind] as fc.Arbitrary<Record<string, unknown>>, anyHook, (input, hook) => {
        const result = safeBuild(kind, { ...input, hook });
        if (!result.ok) {
          refused++;
          expect(result.error.issues.map((i) => i.path.join('.'))).toContain('hook');
          return;
        }
        drafted++;
        expect(result.draft.report.findings.filter((f) => f.rule === 'personalization/hook')).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(5);
    expect(drafted).toBeGreaterThan(5);
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
        // A tone error the user's own words earn on their own (a word scored as resentful in a
        // random field) is theirs; the schemas do not judge sentiment yet.
        const own = check(typed(wild).join('.\n\n'), {}).findings.map((f) => f.rule);
        const errors = result.draft.report.findings.filter(
          (f) => f.severity === 'error' && !(f.rule.startsWith('tone/') && own.includes(f.rule)),
        );
        if (errors.length > 0) throw new Error(describeFailure(result.draft));
      }),
      { numRuns: 300 },
    );
    expect(drafted).toBeGreaterThan(50);
  });
});
