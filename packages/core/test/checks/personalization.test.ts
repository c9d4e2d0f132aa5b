import { check } from '@sidedoor/core';
import { mail, of } from '../helpers/fixtures';

describe('personalization/name', () => {
  test('should warn when the greeting names someone else', () => {
    const text = mail('I cut churn 30%.', 'Hi Jordan,');
    const [finding] = of(check(text, { recipientName: 'Sam Lee' }), 'personalization/name');
    expect(text.slice(finding!.start, finding!.end)).toBe('Hi Jordan,');
  });

  test.each(['Hi Sam,', 'Dear Sam Lee,', 'Hello Ms. Lee,', 'Good morning Sam!'])('should accept %j', (greeting) => {
    expect(
      of(
        check(mail('I cut churn 30%.', greeting), { recipientName: 'Sam Lee', kind: 'managerPitch' }),
        'personalization/name',
      ),
    ).toEqual([]);
  });

  test('should warn when a message has no greeting', () => {
    expect(of(check('I cut churn 30%.', { kind: 'managerPitch' }), 'personalization/name')).toHaveLength(1);
  });

  test('should not require a greeting without a kind', () => {
    expect(of(check('I cut churn 30%.'), 'personalization/name')).toEqual([]);
  });
});

describe('personalization/company', () => {
  test('should warn when the company is not named', () => {
    expect(of(check(mail('I cut churn 30%.'), { company: 'Acme' }), 'personalization/company')).toHaveLength(1);
  });

  test('should accept the company in any case', () => {
    expect(of(check(mail('I saw the ACME launch.'), { company: 'Acme' }), 'personalization/company')).toEqual([]);
  });
});

describe('personalization/hook', () => {
  test('should warn on a pitch with no hook', () => {
    expect(of(check(mail('I cut churn 30%.'), { kind: 'managerPitch' }), 'personalization/hook')).toHaveLength(1);
  });

  test.each([
    'I saw your job posting for the Backend Engineer role.',
    'I saw that Acme is hiring a backend engineer.',
    'I noticed that your team is growing.',
    'Acme is hiring.',
    'I heard you are looking for a data analyst.',
    'I saw the new role.',
    'I saw that Acme posted a role for a payments engineer.',
  ])('should warn on a hook that only says the team is hiring: %j', (body) => {
    expect(of(check(mail(body), { kind: 'managerPitch' }), 'personalization/hook')).toHaveLength(1);
  });

  test.each([
    'I saw your team is moving payments to Kafka.',
    'Congratulations on the Series B.',
    'I read your post on checkout.',
    'I heard Acme won the city contract.',
    'I saw that Acme is hiring 40 engineers for its new Denver hub.',
    'I saw that your team is rebuilding checkout ahead of the launch in Germany.',
  ])('should accept %j', (body) => {
    expect(of(check(mail(body), { kind: 'managerPitch' }), 'personalization/hook')).toEqual([]);
  });
});

describe('placeholder/left', () => {
  test.each([
    ['Hi {{firstName}}, hello.', '{{firstName}}'],
    ['I saw [Company] is hiring.', '[Company]'],
    ['I saw <Company Name> is hiring.', '<Company Name>'],
    ['TODO: add a result.', 'TODO'],
    ['We grew XXX% this year.', 'XXX'],
  ])('should fail %j', (body, words) => {
    const report = check(mail(body));
    expect(of(report, 'placeholder/left').map((f) => f.excerpt)).toEqual([words]);
    expect(report.ready).toBe(false);
  });

  test.each(['I use a [1, 2] array.', 'Use <b> tags.', 'A todo list app.', 'Proxxxy.', 'x < y and z > w.'])(
    'should not fire on %j',
    (body) => {
      expect(of(check(mail(body)), 'placeholder/left')).toEqual([]);
    },
  );
});
