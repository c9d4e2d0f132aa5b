import { check, isConcrete } from '@sidedoor/core';
import { mail, of } from '../helpers/fixtures';

describe('tone/resentment', () => {
  test.each([
    ['Frankly, it is your loss.', 'your loss'],
    ['Clearly nobody read my application.', 'Clearly nobody'],
    ['I deserve an explanation for this decision.', 'I deserve an'],
    ["I was turned down by your recruiter, who I don't think understood the role.", "don't think understood"],
    ['The recruiter rejected me without reading my resume.', 'without reading'],
    ['Good luck finding someone with my record.', 'Good luck finding'],
    ['This whole thing was a joke and a complete waste of my time.', 'a joke'],
    ['Your interviewers were rude, arrogant and clueless.', 'sentiment'],
    ['They never even bothered to reply to my last three emails.', 'never even'],
    ['Your interviewers were RUDE, ARROGANT and CLUELESS.', 'sentiment'],
  ])('should block %j, aimed at the reader, the company or the decision', (text, words) => {
    const report = check(mail(text));
    const [finding] = of(report, 'tone/resentment');
    expect(finding).toBeDefined();
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain(words);
    expect(finding!.fix).toMatch(/^Cut this sentence/);
    expect(report.ready).toBe(false);
  });

  test('should give no hedge advice inside the complaint it asks to cut', () => {
    const text = mail('It seems the recruiter rejected me without reading my resume.');
    expect(of(check(text), 'tone/resentment')).toHaveLength(1);
    expect(of(check(text), 'tone/hedging')).toEqual([]);
  });

  test.each([
    'Thank you for letting me know. I was disappointed, but I appreciate your time and the feedback.',
    'Your checkout fails for 3% of mobile users; at Globex I cut failed payments by 40%.',
    'I know your team has a backlog of bugs and delays before the launch in April.',
    'Fraud losses hit every marketplace; I cut ours by 30% in a year.',
    'I understand the decision, and I would still like to help with the Reno opening.',
    "I'm sorry I missed your call yesterday.",
    'I had a hard year after the layoff, and I used it to finish the SQL course.',
    // Names that happen to be judging words: a capitalised word inside a sentence is a name.
    'If Odd Hate answers, tell Odd Hate that you met at the Reno launch.',
  ])('should not fire on %j', (text) => {
    expect(of(check(mail(text)), 'tone/resentment')).toEqual([]);
  });
});

describe('tone/desperation severity', () => {
  test.each([
    'Please give me a chance, I really need this job.',
    "I'm begging you to look at my resume.",
    'I will do anything.',
  ])('should block the plea %j', (text) => {
    const [finding] = of(check(mail(text)), 'tone/desperation');
    expect(finding?.severity).toBe('error');
  });

  test('should only warn on a mild "any position"', () => {
    const found = of(check(mail('I am open to any position on your team.')), 'tone/desperation');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('ask/missing', () => {
  const noAsk =
    'Hi Sam,\n\nI saw Acme is opening a Reno warehouse in April. I cut pick errors 40% on a 30-person night shift at Contoso.\n\nBest,\nAlex';
  test('should block a pitch that asks for nothing', () => {
    const [finding] = of(check(noAsk, { kind: 'managerPitch' }), 'ask/missing');
    expect(finding?.severity).toBe('error');
  });

  test.each([
    'Could we talk for 15 minutes on Tuesday?',
    "I'm free Tuesday or Thursday afternoon for 15 minutes.",
    'Let me know if a short call next week works.',
    "I'd welcome 15 minutes to walk you through it.",
  ])('should accept the ask %j', (ask) => {
    expect(of(check(noAsk.replace('\n\nBest', ` ${ask}\n\nBest`), { kind: 'managerPitch' }), 'ask/missing')).toEqual(
      [],
    );
  });

  test('should leave an interview-only ask to ask/interview-only, and kinds that need no ask alone', () => {
    const interview = noAsk.replace('\n\nBest', ' I would appreciate an interview.\n\nBest');
    expect(of(check(interview, { kind: 'managerPitch' }), 'ask/missing')).toEqual([]);
    expect(of(check(noAsk, { kind: 'thankYou' }), 'ask/missing')).toEqual([]);
    expect(of(check(noAsk, { kind: 'followUp' }), 'ask/missing')).toEqual([]);
  });
});

describe('format/paragraphs: a wall of text', () => {
  const sentence = 'I led the team that moved the warehouse to a new system and trained every picker on it. ';
  test('should block a paragraph over twice the limits, and only warn on one just over', () => {
    expect(of(check(mail(sentence.repeat(8))), 'format/paragraphs').map((f) => f.severity)).toEqual(['error']);
    expect(of(check(mail(sentence.repeat(4))), 'format/paragraphs').map((f) => f.severity)).toEqual(['warning']);
  });

  test('should not judge the paragraphs of a spoken call script', () => {
    expect(of(check(`Hi Sam, ${sentence.repeat(5)}`, { kind: 'callScript' }), 'format/paragraphs')).toEqual([]);
  });

  test('should not judge the subject of a call script or a LinkedIn note', () => {
    expect(of(check('Hi Sam, this is Alex.', { kind: 'callScript', subject: '' }), 'subject/missing')).toEqual([]);
    expect(of(check('Hi Sam, this is Alex.', { kind: 'linkedinNote', subject: 'x' }), 'subject/length')).toEqual([]);
  });
});

describe('proof and hook that mean something', () => {
  test.each([
    'I have 10 years of experience in logistics',
    'out of work for 8 months',
    'I hold an MBA and two certificates',
    'I am a hard-working, passionate, detail-oriented professional',
    'I have sent 50 applications',
    'graduated with a 3.9 GPA',
  ])('%j should not count as proof', (text) => {
    expect(isConcrete(text)).toBe(false);
  });

  test.each([
    'cut onboarding from 3 weeks to 4 days',
    'shipped the app in 6 weeks',
    'cut errors 40%',
    'launched two clinics',
  ])('%j should count as proof', (text) => {
    expect(isConcrete(text)).toBe(true);
  });

  test.each([
    'I saw your job posting for the Data Analyst role. I cut churn 30%. Could we talk Tuesday?',
    "I noticed you're hiring. I cut churn 30%. Could we talk Tuesday?",
    'Your team is growing. I cut churn 30%. Could we talk Tuesday?',
  ])('%j should have no specific hook', (text) => {
    expect(of(check(mail(text), { kind: 'managerPitch' }), 'personalization/hook')).toHaveLength(1);
  });

  test('a launch or an expansion is a specific hook', () => {
    const text = mail('I saw Acme is opening a Reno warehouse in April. I cut churn 30%. Could we talk Tuesday?');
    expect(of(check(text, { kind: 'managerPitch' }), 'personalization/hook')).toEqual([]);
  });
});

describe('fewer false alarms', () => {
  const intro = (ask: string) =>
    `Hi Priya,\n\nYou reported to Tom Reyes for two years at Globex. ${ask} I cut pick errors 40% on my shift. If you'd rather not, no problem at all.\n\n---- Note to forward ----\nHi Tom, I cut pick errors 40% on a 30-person shift. alex@example.com\n----\n\nThanks,\nAlex`;
  test.each([
    'Would you be willing to refer me for the shift lead role?',
    'Could you pass my resume to Tom?',
    'Would you put in a word with Tom?',
  ])('a referral ask %j should count as one of the helps', (ask) => {
    const report = check(intro(ask), { kind: 'introRequest' });
    expect(of(report, 'intro/one-ask')).toEqual([]);
    expect(of(report, 'intro/relationship')).toEqual([]);
  });

  test('"read my application" in a thank-you line is not an interview-only ask', () => {
    const text = mail(
      'Thank you for taking the time to read my application last week. Since then I built a pick-path test that cut walking 12%. Want me to send it?',
    );
    expect(of(check(text, { kind: 'followUp' }), 'ask/interview-only')).toEqual([]);
  });
});

describe('verdict', () => {
  test('a good message with a warning or two stays ready', () => {
    const report = check(
      mail(
        'I saw Acme is opening a Reno warehouse in April. I just cut pick errors 40% on a 30-person night shift. Could we talk for 15 minutes on Tuesday?',
      ),
      { kind: 'managerPitch' },
    );
    expect(report.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect({ ready: report.ready, verdict: report.verdict }).toEqual({ ready: true, verdict: 'ready' });
  });

  test('an error makes it not ready; warnings from four rules make it need work', () => {
    expect(check(mail('Clearly nobody read my application.')).verdict).toBe('not-ready');
    const weak = check(
      mail(
        'I just wanted to reach out. Sorry to bother you. I am open to any position and I would love to chat sometime about your team and the work that you are doing there right now in the new office.',
      ),
      { kind: 'followUp' },
    );
    expect(weak.ready).toBe(true);
    expect(weak.verdict).toBe('needs-work');
  });
});
