import { check } from '@sidedoor/core';
import { of } from '../helpers/fixtures';

const blurb = `---------- Note to forward to Sam ----------
Hi Sam,

I'm Alex. I cut checkout latency 40% at Globex. Could we talk for 15 minutes next week?

Best,
Alex Rivera
alex@example.com
---------- End of note ----------`;

const request = (body: string, note = blurb) => `Hi Dana,\n\n${body}\n\nThanks,\nAlex\n\n${note}`;
const good =
  'You worked with Sam at Initech, so you know Sam well. Would you introduce me to Sam? If you would rather not, no problem at all.';

describe('intro rules', () => {
  test('should accept a complete request', () => {
    const report = check(request(good), { kind: 'introRequest' });
    expect(report.findings.filter((f) => f.rule.startsWith('intro/'))).toEqual([]);
  });

  test('intro/one-ask should fail with no ask and warn with two', () => {
    expect(
      of(check(request('You worked with Sam. No pressure.'), { kind: 'introRequest' }), 'intro/one-ask'),
    ).toMatchObject([{ severity: 'error' }]);
    const two = 'You worked with Sam. Would you introduce me, or put in a good word? No pressure.';
    expect(of(check(request(two), { kind: 'introRequest' }), 'intro/one-ask')).toMatchObject([{ severity: 'warning' }]);
  });

  test.each([
    'Could you introduce me to Sam, or pass my resume along to him, or ask him to give me a call?',
    'Could you introduce me to your manager, and also pass my resume to anyone in recruiting?',
    'Would you introduce me to Sam or tell him to call me?',
  ])('intro/one-ask should warn on several asks chained in one sentence: %j', (ask) => {
    const found = of(
      check(request(`You worked with Sam. ${ask} No pressure.`), { kind: 'introRequest' }),
      'intro/one-ask',
    );
    expect(found).toMatchObject([{ severity: 'warning', message: expect.stringMatching(/found [23]/) }]);
  });

  test.each([
    'Would you introduce me to Sam and Lee?',
    'Would you introduce me to Sam? I put a note below you could forward the note as is.',
    'Could you pass my resume to Sam and Lee on the data team?',
  ])('intro/one-ask should take %j for one ask', (ask) => {
    expect(
      of(check(request(`You worked with Sam. ${ask} No pressure.`), { kind: 'introRequest' }), 'intro/one-ask'),
    ).toEqual([]);
  });

  test.each([
    ['introduce', 'Would you introduce me to Sam?'],
    ['urge', 'Would you put in a word with Sam?'],
    ['urge', 'Could you ask her to reach out?'],
    ['meeting', 'Could you help set up a meeting with Sam?'],
  ])('intro/one-ask should recognise the %s ask %j', (_help, ask) => {
    expect(
      of(check(request(`You worked with Sam. ${ask} No pressure.`), { kind: 'introRequest' }), 'intro/one-ask'),
    ).toEqual([]);
  });

  test('intro/opt-out and intro/relationship should warn when missing', () => {
    const report = check(request('Would you introduce me to Sam?'), { kind: 'introRequest' });
    expect(of(report, 'intro/opt-out')).toHaveLength(1);
    expect(of(report, 'intro/relationship')).toHaveLength(1);
  });

  test('intro/blurb should warn when there is no note to forward', () => {
    expect(of(check(request(good, ''), { kind: 'introRequest' }), 'intro/blurb')).toHaveLength(1);
  });

  test('intro/blurb should warn on a note that refers to other mail or lacks proof and contact', () => {
    const note =
      '---- Note to forward ----\nHi Sam,\n\nAs mentioned, I am great. Could we talk next week?\n---- End ----';
    const messages = of(check(request(good, note), { kind: 'introRequest' }), 'intro/blurb').map((f) => f.message);
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/reference to other mail \("As mentioned"\)/),
        expect.stringMatching(/concrete result/),
        expect.stringMatching(/contact details/),
      ]),
    );
  });

  test('the blurb should not count towards the request length', () => {
    const report = check(request(good), { kind: 'introRequest' });
    expect(report.stats.words).toBe(good.split(' ').length);
  });

  test('intro/contacts should warn past two contacts', () => {
    expect(of(check(request(good), { kind: 'introRequest', contactsAsked: 3 }), 'intro/contacts')).toHaveLength(1);
    expect(of(check(request(good), { kind: 'introRequest', contactsAsked: 2 }), 'intro/contacts')).toEqual([]);
  });
});

describe('call rules', () => {
  const script = (middle: string) =>
    `Hi Sam, this is Alex Rivera, at +1 415 555 0134. ${middle} Again, this is Alex Rivera, at 415-555-0134. Thank you.`;

  test('should accept name and number said twice', () => {
    const report = check(script('I cut latency 40%. Could we talk?'), {
      kind: 'callScript',
      senderName: 'Alex Rivera',
      senderPhone: '+1 (415) 555-0134',
    });
    expect(of(report, 'call/name-number-twice')).toEqual([]);
    expect(of(report, 'call/length')).toEqual([]);
  });

  test('should fail when the number is said once', () => {
    const text = 'Hi Sam, this is Alex, at +1 415 555 0134. I cut latency 40%. Thanks, Alex.';
    expect(of(check(text, { kind: 'callScript' }), 'call/name-number-twice')).toMatchObject([
      { severity: 'error', message: expect.stringMatching(/found it once/) as string },
    ]);
  });

  test('should fail when the name is said once', () => {
    const text = 'Hi Sam, this is Alex, at 415 555 0134. Again, 415 555 0134.';
    expect(of(check(text, { kind: 'callScript', senderName: 'Alex Rivera' }), 'call/name-number-twice')).toHaveLength(
      1,
    );
  });

  test('should warn past 40 seconds and fail past 60', () => {
    const filler = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(of(check(script(filler(90)), { kind: 'callScript' }), 'call/length')).toMatchObject([
      { severity: 'warning' },
    ]);
    expect(of(check(script(filler(150)), { kind: 'callScript' }), 'call/length')).toMatchObject([
      { severity: 'error' },
    ]);
  });
});
