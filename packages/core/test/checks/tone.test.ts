import { check } from '@sidedoor/core';
import { mail, of } from '../helpers/fixtures';

describe('tone/hedging', () => {
  test.each([
    ['I just wanted to ask about the role.', 'I just wanted to'],
    ['Sorry to bother you, but could we talk?', 'Sorry to bother'],
    ['I think I could help your team.', 'I think I'],
    ['Hopefully we can talk next week.', 'Hopefully'],
    ['I was wondering if you have 15 minutes.', 'I was wondering if'],
    ['The launch is basically done.', 'basically'],
    ['It is sort of a migration problem.', 'sort of'],
  ])('should flag %j', (text, words) => {
    const findings = of(check(mail(text)), 'tone/hedging');
    expect(findings.map((f) => f.excerpt)).toContain(words);
    expect(findings[0]!.severity).toBe('warning');
  });

  test.each([
    'Could we talk for 15 minutes on Tuesday?',
    'Would you have 15 minutes next week?',
    'May I send you the plan?',
    'Should I send the numbers first?',
    'I can start on Monday and would bring the same playbook.',
    'What do you think of the plan?',
    'If you would rather not, no problem at all.',
  ])('should not flag the polite ask %j', (text) => {
    expect(of(check(mail(text)), 'tone/hedging')).toEqual([]);
  });

  test('should point at the words and offer to delete a single hedge', () => {
    const text = mail('This is really the plan.');
    const [finding] = of(check(text), 'tone/hedging');
    expect(text.slice(finding!.start, finding!.end)).toBe('really');
    expect(finding).toMatchObject({ replacement: '', fix: 'Delete "really".' });
    expect(finding!.message).toMatch(/^Expected confident wording, found a hedge \("really"\)\.$/);
  });

  test('should not flag hedges in the greeting, signature or quoted reply', () => {
    const text =
      'Hi Sam,\n\nCould we talk on Tuesday?\n\nThanks so much,\nAlex\n\nOn Mon, 2 Mar 2026, Sam wrote:\n> I just think maybe later.';
    expect(of(check(text), 'tone/hedging')).toEqual([]);
  });

  test('should accept typographic apostrophes', () => {
    expect(of(check(mail('I’m not sure if this helps.')), 'tone/hedging')).toHaveLength(1);
  });
});

describe('tone/hr-criticism', () => {
  test.each([
    'The recruiter unfairly rejected me.',
    'Your HR team clearly did not read my resume.',
    'The screener made a mistake with my application.',
    'Your applicant tracking system is broken.',
    'The rejection was ridiculous.',
  ])('should flag %j as an error', (text) => {
    const report = check(mail(text));
    const [finding] = of(report, 'tone/hr-criticism');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(report.ready).toBe(false);
  });

  test.each([
    'I applied through the careers page and did not get past the first screen, so I am writing to you directly.',
    'Your recruiter, Jo, was kind enough to point me to you.',
    'The launch was a mistake I would love to help fix.',
    'HR shared the job description with me.',
  ])('should not flag the neutral %j', (text) => {
    expect(of(check(mail(text)), 'tone/hr-criticism')).toEqual([]);
  });

  test('should point at the whole sentence', () => {
    const text = mail('Fine. The recruiter unfairly rejected me. Anyway.');
    const [finding] = of(check(text), 'tone/hr-criticism');
    expect(text.slice(finding!.start, finding!.end)).toBe('The recruiter unfairly rejected me.');
  });
});

describe('tone/desperation', () => {
  test.each([
    'I will take any job.',
    'Please give me a chance.',
    'I am desperate to work with you.',
    "I'm the perfect candidate.",
  ])('should flag %j', (text) => {
    expect(of(check(mail(text)), 'tone/desperation')).toHaveLength(1);
  });

  test.each(['I would bring the same playbook.', 'The job board lists it.'])('should not flag %j', (text) => {
    expect(of(check(mail(text)), 'tone/desperation')).toEqual([]);
  });
});

describe('focus/self', () => {
  test('should flag a note about me, me, me', () => {
    const text = mail('I built it. I ran it. My team and I shipped it. I know it well. I love it. My plan is ready.');
    const [finding] = of(check(text), 'focus/self');
    expect(finding!.message).toMatch(/found \d+ to 0/);
  });

  test('should not flag a note about the reader', () => {
    const text = mail(
      'I saw your launch. Your team is growing and your checkout is slow. I cut latency 40%. Could you spare 15 minutes?',
    );
    expect(of(check(text), 'focus/self')).toEqual([]);
  });

  test('should not judge a note with few first-person words', () => {
    expect(of(check(mail('I cut latency 40%.')), 'focus/self')).toEqual([]);
  });
});
