import { check, InputError, MAX_CHECK_LENGTH, rules } from '@sidedoor/core';
import { mail } from '../helpers/fixtures';

describe('check', () => {
  test('should report stats of the body only', () => {
    const text = mail('I cut churn 30%. Could we talk on Tuesday?');
    const report = check(text);
    expect(report.stats).toEqual({
      words: 9,
      sentences: 2,
      characters: text.length,
      questions: 1,
      grade: expect.any(Number) as number,
    });
  });

  test('should sort findings by position, errors first at the same place', () => {
    const report = check(mail('TODO. I just think so. [Name]'), { kind: 'managerPitch', subject: '' });
    const starts = report.findings.map((f) => f.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(report.findings[0]!.rule).toBe('subject/missing');
  });

  test('every finding should carry its rationale and source from the catalog', () => {
    const report = check(mail('TODO. I just think so. Any update?'), { kind: 'followUp', subject: 'x' });
    expect(report.findings.length).toBeGreaterThan(3);
    for (const finding of report.findings) {
      const rule = rules.find((r) => r.id === finding.rule)!;
      expect(finding.rationale).toBe(rule.rationale);
      expect(finding.source).toBe(rule.source);
      if (finding.start !== undefined) expect(finding.end).toBeGreaterThan(finding.start);
    }
  });

  test('ready should be false exactly when an error is found', () => {
    expect(check(mail('Could we talk on Tuesday?')).ready).toBe(true);
    expect(check(mail('TODO')).ready).toBe(false);
  });

  test('should cap findings of one rule', () => {
    const report = check(mail('really '.repeat(500)));
    expect(report.findings.filter((f) => f.rule === 'tone/hedging')).toHaveLength(25);
  });

  test('should check an empty text without findings about its content', () => {
    expect(check('')).toMatchObject({ ready: true, findings: [], stats: { words: 0, sentences: 0, grade: 0 } });
  });

  test.each([
    [undefined, /^Expected `text` to be a string, found nothing\.$/],
    [42, /^Expected `text` to be a string, found a number\.$/],
    [['a'], /^Expected `text` to be a string, found a list\.$/],
    ['x'.repeat(MAX_CHECK_LENGTH + 1), /at most 2,000,000 characters, found 2,000,001/],
  ])('should refuse %# with an InputError naming `text`', (text, message) => {
    expect(() => check(text as string)).toThrow(InputError);
    try {
      check(text as string);
    } catch (error) {
      expect((error as InputError).issues[0]!.path).toEqual(['text']);
      expect((error as InputError).issues[0]!.message).toMatch(message);
    }
  });

  test('should refuse bad options, naming each', () => {
    const expected: unknown = expect.objectContaining({
      issues: [
        {
          path: ['options', 'kind'],
          message: expect.stringMatching(/^Expected `kind` to be one of managerPitch/) as string,
        },
        { path: ['options', 'subject'], message: 'Expected `subject` to be a string, found a number.' },
        { path: ['options', 'contactsAsked'], message: 'Expected `contactsAsked` to be a whole number of at least 0.' },
      ],
    });
    expect(() => check('x', { kind: 'pitch' as never, subject: 3 as never, contactsAsked: -1 })).toThrow(
      expected as Error,
    );
  });

  test('should finish on adversarial input up to the limit', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      ' '.repeat(1_000_000),
      'word '.repeat(200_000),
      '.'.repeat(500_000),
      '[A'.repeat(300_000),
      '{{'.repeat(300_000),
    ];
    for (const text of inputs) expect(check(text).stats.characters).toBe(text.length);
  });

  test('the catalog should list every rule once, with a rationale and a source', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(5);
    }
  });
});
