import { check, defaultThresholds } from '@sidedoor/core';
import { mail, of } from '../helpers/fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'team.' : 'team')).join(' ');

describe('length/words', () => {
  test('should warn over 125 body words and fail over 200 in a pitch', () => {
    expect(of(check(mail(words(126)), { kind: 'managerPitch' }), 'length/words')).toMatchObject([
      { severity: 'warning' },
    ]);
    const [finding] = of(check(mail(words(201)), { kind: 'managerPitch' }), 'length/words');
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toMatch(
      /^Expected at most 125 words in the body of a manager pitch \(50–125 is ideal\), found 201\.$/,
    );
  });

  test('should not fire inside the ideal range, and only inform below it', () => {
    expect(of(check(mail(words(80)), { kind: 'managerPitch' }), 'length/words')).toEqual([]);
    expect(of(check(mail(words(20)), { kind: 'managerPitch' }), 'length/words')).toMatchObject([{ severity: 'info' }]);
  });

  test('should point at the words past the limit', () => {
    const text = mail(`${words(125)} extra words here`);
    const [finding] = of(check(text, { kind: 'managerPitch' }), 'length/words');
    expect(text.slice(finding!.start, finding!.end)).toBe('extra words here');
  });

  test('should leave out greeting, signature, quoted reply and URLs', () => {
    const body = `${words(120)} https://example.com/a/very/long/link alex@example.com`;
    const text = `${mail(body)}\n\nOn Tue, Sam Lee wrote:\n> ${words(300)}`;
    expect(check(text, { kind: 'managerPitch' }).stats.words).toBe(120);
  });

  test('should use the limit of each kind and nothing without a kind', () => {
    expect(of(check(mail(words(80)), { kind: 'followUp' }), 'length/words')).toMatchObject([{ severity: 'warning' }]);
    expect(of(check(mail(words(500))), 'length/words')).toEqual([]);
  });

  test('should follow overridden thresholds', () => {
    const report = check(mail(words(60)), { kind: 'followUp', thresholds: { words: { followUp: { warn: 50 } } } });
    expect(of(report, 'length/words')).toHaveLength(1);
  });
});

describe('subject', () => {
  test('should fail an empty subject', () => {
    expect(of(check('x', { subject: '  ' }), 'subject/missing')).toMatchObject([{ severity: 'error' }]);
  });

  test.each(['Hello', 'A subject line that goes on and on far too long'])('should warn on %j', (subject) => {
    expect(of(check('x', { subject }), 'subject/length')).toHaveLength(1);
  });

  test.each(['Checkout latency', 'Your Payments Engineer role'])('should accept %j', (subject) => {
    const report = check('x', { subject });
    expect(of(report, 'subject/length')).toEqual([]);
    expect(of(report, 'subject/missing')).toEqual([]);
  });

  test('should not judge the subject when none is given', () => {
    expect(of(check('x'), 'subject/missing')).toEqual([]);
  });
});

describe('readability/grade', () => {
  const hard =
    'Organizational transformation necessitates comprehensive infrastructural modernization initiatives. ' +
    'Institutional stakeholders systematically prioritize interoperability considerations. ' +
    'Multidimensional optimization methodologies facilitate unprecedented organizational scalability.';
  test('should warn above grade 8', () => {
    const report = check(mail(`${hard} ${hard}`));
    expect(report.stats.grade).toBeGreaterThan(8);
    expect(of(report, 'readability/grade')).toHaveLength(1);
  });

  test('should not warn on plain words', () => {
    const plain =
      'I cut the time it takes to pay by half. Your team can do the same. I can show you how. It takes a week. Could we talk on Tuesday? I will bring the plan and the numbers.';
    const report = check(mail(plain));
    expect(report.stats.grade).toBeLessThanOrEqual(defaultThresholds.grade);
    expect(of(report, 'readability/grade')).toEqual([]);
  });

  test('should not judge very short texts', () => {
    expect(of(check(mail('Organizational transformation necessitates modernization.')), 'readability/grade')).toEqual(
      [],
    );
  });
});

describe('sentence/length', () => {
  test('should warn on a sentence over 25 words, pointing at it', () => {
    const long = `Our ${words(9).replace('.', '')} and ${words(9).replace('.', '')} and ${words(9).replace('.', '')}.`;
    const text = mail(`Short one. ${long} Another.`);
    const [finding] = of(check(text), 'sentence/length');
    expect(text.slice(finding!.start, finding!.end)).toBe(long);
  });

  test('should not split on abbreviations, decimals or initials', () => {
    const report = check(mail('We grew 3.5x, e.g. in the U.S. market. Dr. Lee and J. Smith agreed.'));
    expect(report.stats.sentences).toBe(2);
  });

  test('should not warn at 25 words', () => {
    expect(of(check(mail(`${words(24).replaceAll('.', '')} end.`)), 'sentence/length')).toEqual([]);
  });
});

describe('questions/count', () => {
  test('should want exactly one question in a pitch', () => {
    expect(
      of(check(mail('Could we talk? Would Tuesday work?'), { kind: 'managerPitch' }), 'questions/count'),
    ).toHaveLength(1);
    expect(of(check(mail('Let us talk on Tuesday.'), { kind: 'managerPitch' }), 'questions/count')).toHaveLength(1);
    expect(of(check(mail('Could we talk on Tuesday?'), { kind: 'managerPitch' }), 'questions/count')).toEqual([]);
  });

  test('should warn on more than three questions in any text', () => {
    expect(of(check(mail('A? B? C? D?')), 'questions/count')).toMatchObject([{ severity: 'warning' }]);
    expect(of(check(mail('A? B? C?')), 'questions/count')).toEqual([]);
  });

  test('should only inform when a note asks nothing, and not for a thank-you', () => {
    expect(of(check(mail('Talk soon.'), { kind: 'followUp' }), 'questions/count')).toMatchObject([
      { severity: 'info' },
    ]);
    expect(of(check(mail('Thank you.'), { kind: 'thankYou' }), 'questions/count')).toEqual([]);
  });
});

describe('format/paragraphs', () => {
  test('should warn on a paragraph of four sentences', () => {
    expect(of(check(mail('One. Two. Three. Four.')), 'format/paragraphs')).toHaveLength(1);
  });

  test('should warn on a paragraph over 60 words', () => {
    expect(of(check(mail(words(61).replaceAll('.', ''))), 'format/paragraphs')).toHaveLength(1);
  });

  test('should count list items as their own paragraphs', () => {
    expect(of(check(mail('Results:\n- One.\n- Two.\n- Three.\n- Four.')), 'format/paragraphs')).toEqual([]);
  });

  test('should accept short paragraphs', () => {
    expect(of(check(mail('One. Two. Three.\n\nFour. Five.')), 'format/paragraphs')).toEqual([]);
  });
});

describe('channel/limit', () => {
  const note = (n: number) => `Hi Sam, ${'x'.repeat(n - 8)}`;
  test('should fail a LinkedIn note over 300 characters and warn over 200', () => {
    expect(of(check(note(301), { kind: 'linkedinNote' }), 'channel/limit')).toMatchObject([{ severity: 'error' }]);
    expect(of(check(note(201), { kind: 'linkedinNote' }), 'channel/limit')).toMatchObject([{ severity: 'warning' }]);
    expect(of(check(note(200), { kind: 'linkedinNote' }), 'channel/limit')).toEqual([]);
  });

  test('should not apply to other kinds', () => {
    expect(of(check(note(400), { kind: 'followUp' }), 'channel/limit')).toEqual([]);
  });
});
