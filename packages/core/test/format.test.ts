import { builders, check, formatReport, InputError } from '@sidedoor/core';
import { mail, pitchInput } from './helpers/fixtures';

describe('formatReport', () => {
  const text = mail('I would love to pick your brain.\nCould we talk for 15 minutes on Tuesday?');
  const report = check(text, { kind: 'managerPitch' });

  test('should print each finding at its line and column, and a summary', () => {
    const out = formatReport(report, text);
    const brain = report.findings.find((f) => f.excerpt?.includes('brain') && f.start !== undefined)!;
    expect(brain).toBeDefined();
    const line = text.slice(0, brain.start).split('\n').length;
    const column = brain.start! - text.lastIndexOf('\n', brain.start! - 1);
    expect(out).toContain(
      `  ${`${line}:${column}`.padEnd(6)} ${brain.severity.padEnd(7)} ${brain.rule}  ${brain.message}`,
    );
    expect(out.split('\n').at(-1)).toMatch(
      /^ {2}✖ not ready · \d+ errors?, \d+ warnings?, \d+ notes? · \d+ words · grade /,
    );
  });

  test('should count in the singular for one ("1 error", not "1 errors")', () => {
    const summary = (errors: number, warnings: number, notes: number, questions: number, words: number) =>
      formatReport(
        {
          ready: errors === 0,
          verdict: errors === 0 ? 'ready' : 'not-ready',
          kind: null,
          inferred: false,
          confidence: 1,
          findings: [
            ...Array.from({ length: errors }, () => ({
              rule: 'r',
              severity: 'error' as const,
              message: 'm',
              rationale: '',
              source: '',
            })),
            ...Array.from({ length: warnings }, () => ({
              rule: 'r',
              severity: 'warning' as const,
              message: 'm',
              rationale: '',
              source: '',
            })),
            ...Array.from({ length: notes }, () => ({
              rule: 'r',
              severity: 'info' as const,
              message: 'm',
              rationale: '',
              source: '',
            })),
          ],
          stats: { words, sentences: 1, characters: 3, questions, grade: 1 },
        },
        'abc',
      )
        .split('\n')
        .at(-1);
    expect(summary(1, 1, 1, 1, 1)).toBe('  ✖ not ready · 1 error, 1 warning, 1 note · 1 word · grade 1 · 1 question');
    expect(summary(0, 2, 0, 0, 2)).toBe(
      '  ✔ ready to send · 0 errors, 2 warnings, 0 notes · 2 words · grade 1 · 0 questions',
    );
  });

  test('should say "needs work" when nothing blocks a message but warnings come from several rules', () => {
    const wordy =
      'Hi Sam,\n\nI just wanted to say I saw Acme is rebuilding checkout this year. I think I could help: I led the checkout rebuild at Globex and cut latency by 40% in one year, hopefully that is relevant. Could we talk for 15 minutes on Tuesday? Also, could I send my notes? And would Thursday work instead?\n\nBest,\nAlex';
    const r = check(wordy, { kind: 'managerPitch', subject: 'Checkout latency at Acme' });
    expect(r.verdict).toBe('needs-work');
    const last = formatReport(r, wordy).split('\n').at(-1)!;
    expect(last).toMatch(/^ {2}▲ needs work: nothing blocks it, but fix the warnings first · 0 errors, [4-9] warnings/);
    expect(formatReport(r, wordy, { color: true })).toContain('\u001b[33m▲ needs work');
    // A ready message says so, a blocked one says not ready: the three verdicts read differently.
    expect(formatReport(check(text, { kind: null }), text)).not.toContain('needs work');
  });

  test('should refuse a text the report was not made from, naming `text`', () => {
    const other = text.replace('Hi Sam,', 'Hello Sam,');
    expect(() => formatReport(report, other)).toThrow(InputError);
    expect(() => formatReport(report, other)).toThrow(
      /^`text`: Expected the text the report was made from \(\d+ characters\), found another text \(\d+ characters\); pass formatReport the text you passed check\(\)\.$/,
    );
    // Same length, different words: the excerpts no longer match.
    const shuffled = text.replace('pick your brain', 'pack your bread');
    expect(shuffled.length).toBe(text.length);
    expect(() => formatReport(report, shuffled)).toThrow(/found another text/);
    expect(() => formatReport(report, undefined as never)).toThrow(/found no text/);
  });

  test('should accept every draft with its own text', () => {
    const draft = builders.managerPitch(pitchInput);
    expect(() => formatReport(draft.report, draft.text)).not.toThrow();
  });

  test('should accept a long finding cut to 80 characters with an ellipsis', () => {
    const long = mail(`${'really '.repeat(3)}${'x'.repeat(200)} — I hope this is not a bother.`);
    const r = check(long);
    expect(() => formatReport(r, long)).not.toThrow();
  });
});
