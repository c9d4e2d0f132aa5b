import { check, isConcrete } from '@sidedoor/core';
import { mail, of } from '../helpers/fixtures';

describe('ask/interview-only', () => {
  test.each([
    'I cut churn 30%. I would like an interview for the role.',
    'I cut churn 30%. Please consider me for the position.',
    'I cut churn 30%. I should be interviewed.',
  ])('should fail %j', (body) => {
    expect(of(check(mail(body)), 'ask/interview-only')).toMatchObject([{ severity: 'error' }]);
  });

  test.each([
    'I cut churn 30%. Could we talk for 15 minutes on Tuesday?',
    'I cut churn 30%. After our call I would welcome an interview.',
    'I cut churn 30%. Would you introduce me to Sam before the interview loop?',
  ])('should not fire when a concrete step is asked: %j', (body) => {
    expect(of(check(mail(body)), 'ask/interview-only')).toEqual([]);
  });
});

describe('ask/vague', () => {
  test.each([
    "I'd love to chat sometime.",
    'Could I pick your brain?',
    'Do you have any openings?',
    'Please keep me in mind.',
  ])('should warn on %j', (body) => {
    expect(of(check(mail(body)), 'ask/vague')).toHaveLength(1);
  });

  test('should not warn when the step is concrete', () => {
    expect(of(check(mail("I'd love to chat: could we take 15 minutes on Tuesday?")), 'ask/vague')).toEqual([]);
  });
});

describe('followup/no-new-value', () => {
  test.each([
    'Just following up on my last email.',
    'Any update on the role?',
    'Checking on the status of my application.',
  ])('should warn on the status check %j', (body) => {
    expect(of(check(mail(body), { kind: 'followUp' }), 'followup/no-new-value')).toHaveLength(1);
  });

  test('should not warn when the follow-up brings a result', () => {
    expect(
      of(check(mail('Checking in with something new: I cut our build time 35% last week.')), 'followup/no-new-value'),
    ).toEqual([]);
  });
});

describe('proof/missing', () => {
  test('should fail a pitch with no concrete result', () => {
    const [finding] = of(
      check(mail('I am a passionate engineer who loves payments.'), { kind: 'managerPitch' }),
      'proof/missing',
    );
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toMatch(/^Expected a manager pitch to name a concrete result/);
  });

  test('should only warn for intro requests and follow-ups', () => {
    expect(of(check(mail('Would you introduce me?'), { kind: 'introRequest' }), 'proof/missing')).toMatchObject([
      { severity: 'warning' },
    ]);
    expect(of(check(mail('A new idea.'), { kind: 'followUp' }), 'proof/missing')).toMatchObject([
      { severity: 'warning' },
    ]);
  });

  test.each([
    "Since I wrote, I sketched how your returns could be graded at the dock. It's one page. Shall I send it?",
    "I tested your pay calendar against Workday's cutoffs and wrote up what I found. Want me to send it over?",
    'I drafted a plan for the first month of the Reno shift. Want to see it?',
    'I mocked up the new intake form for your clinics. Shall I send it?',
  ])('should take an artifact for new value in a follow-up, without a number: %j', (body) => {
    const report = check(mail(body), { kind: 'followUp' });
    expect(of(report, 'proof/missing')).toEqual([]);
    expect(of(report, 'followup/no-new-value')).toEqual([]);
  });

  test.each(['I wrote to you last week about the role. Any update?', 'I mocked the idea of another call. Any news?'])(
    'should not take a verb without an artifact for new value: %j',
    (body) => {
      expect(of(check(mail(body), { kind: 'followUp' }), 'proof/missing')).toHaveLength(1);
    },
  );

  test('should not run for a thank-you or without a kind', () => {
    expect(of(check(mail('Thanks!'), { kind: 'thankYou' }), 'proof/missing')).toEqual([]);
    expect(of(check(mail('Hello there.')), 'proof/missing')).toEqual([]);
  });

  test.each([
    'I cut checkout latency by 40%.',
    'We saved $2M a year.',
    'I grew the team from two to nine.',
    'I launched the new billing API.',
    'Revenue went up 3x.',
  ])('should accept the result %j', (body) => {
    expect(of(check(mail(body), { kind: 'managerPitch' }), 'proof/missing')).toEqual([]);
  });

  test.each([
    'Could we talk for 15 minutes on Tuesday?',
    'Call me at +1 415 555 0134.',
    'I have worked in payments since 2019.',
    'We could meet on March 3 at 2pm.',
  ])('should not take a time, a phone number, a year or a date for a result: %j', (body) => {
    expect(of(check(mail(body), { kind: 'managerPitch' }), 'proof/missing')).toHaveLength(1);
  });

  test('isConcrete agrees with the rule', () => {
    expect(isConcrete('Cut churn 30%')).toBe(true);
    expect(isConcrete('Passionate about payments')).toBe(false);
    expect(isConcrete('15 minutes on Tuesday')).toBe(false);
  });
});
