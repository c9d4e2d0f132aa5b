import fc from 'fast-check';
import { build, check, kinds, OUTREACH_CONFIDENCE, outreachKind, type Kind } from '@sidedoor/core';
import { inputs } from '../helpers/arbitraries';

/** One short, ordinary text per kind, as people write them. */
const samples: Record<Kind, string> = {
  managerPitch:
    'Hi Sam,\n\nI saw Acme is opening a warehouse in Reno in April. On my 40-person night shift, pick accuracy went from 97.1% to 99.6%. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex Rivera',
  introRequest:
    "Hi Priya,\n\nYou worked with Sam Lee at Globex for two years. Would you be willing to introduce me? I cut pick errors 40% on my shift. If you'd rather not, no problem at all.\n\n---- Note to forward ----\nHi Sam, I run a 40-person night shift and cut pick errors 40%. alex@example.com\n----\n\nThanks,\nAlex",
  forwardableBlurb:
    'Hi Sam,\n\nPriya Shah suggested I reach out. I run the night shift at Contoso, where pick accuracy went from 97.1% to 99.6%. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex Rivera\nalex@example.com',
  followUp:
    'Hi Sam,\n\nFollowing up on my note from last week: I mapped your published pay calendar against the Workday cutoffs and found two dates that collide. Want me to send the write-up?\n\nAlex',
  callScript:
    "Hi Sam, this is Alex Rivera, 312 555 0199. I'm calling about the night shift at your Reno site. I cut pick errors 40% on a 30-person shift. Could we talk for 15 minutes? Again, Alex Rivera, 312 555 0199.",
  linkedinNote:
    "Hi Sam, I saw Acme is opening Reno. I cut pick errors 40% on a 30-person night shift and I'd like to connect.",
  thankYou:
    "Hi Priya,\n\nThank you for the introduction to Sam. We are meeting on Tuesday. I'm moving you to Bcc to spare your inbox; I owe you one.\n\nBest,\nAlex",
};

describe('kind inference', () => {
  test.each(kinds.map((k) => [k] as const))('should read a plain %s as that kind', (kind) => {
    const report = check(samples[kind]);
    expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind, inferred: true });
  });

  test('an explicit kind should always win, and be reported as given', () => {
    for (const kind of kinds) {
      const report = check(samples.callScript, { kind });
      expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind, inferred: false });
    }
  });

  test('should apply the inferred kind’s rules: a pitch with no proof is not ready without a kind', () => {
    const report = check(
      'Hi Sam,\n\nI am a hard-working professional with 10 years of experience. I would love to join your team and help you grow. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex',
    );
    expect(report.kind).toBe('managerPitch');
    expect(report.ready).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('proof/missing');
  });

  test('should read a text that is not a message as none of the kinds', () => {
    for (const text of [
      'Meeting notes: Q3 roadmap.',
      '',
      'Acme Corp quarterly results were published on the website today for investors.',
    ]) {
      const report = check(text);
      expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind: null, inferred: true });
    }
  });

  test('kind: null should check the text as none of the kinds, without inferring', () => {
    const report = check(samples.managerPitch, { kind: null });
    expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind: null, inferred: false });
    expect(report.findings.filter((f) => f.rule === 'length/words' || f.rule === 'questions/count')).toEqual([]);
  });

  test('a subject starting with "Re:" should tip a short note towards a follow-up', () => {
    const text =
      'Hi Sam,\n\nSince I wrote, I built a small test of the pick-path change and it cut walking 12%. Want me to send it?\n\nAlex';
    expect(check(text, { subject: 'Re: Reno night shift' }).kind).toBe('followUp');
  });

  test.each(kinds.map((k) => [k] as const))(
    'a %s built from valid input, checked without its kind (as "Check my draft" does), should still be ready',
    (kind) => {
      fc.assert(
        fc.property(inputs[kind] as fc.Arbitrary<Record<string, unknown>>, (input) => {
          const draft = build(kind, input as never);
          const report = check(draft.text, draft.subject === undefined ? {} : { subject: draft.subject });
          const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
          if (errors.length > 0) throw new Error(`${String(report.kind)}: ${errors.join(', ')}\n${draft.text}`);
        }),
        { numRuns: 100 },
      );
    },
  );

  test.each([
    [
      'you know X, who now runs…',
      "Hi Dev,\n\nIt's been ages! I noticed you know Maria Santos, who now runs the analytics group at Fourth Coffee. I've been doing a lot of forecasting lately.\n\nSunita",
    ],
    [
      'your old boss … he',
      "Hey Carla,\n\nI saw that your old boss Steven Wu is now head of design at Northwind. I've always admired how he runs a team.\n\nRay",
    ],
    [
      'I saw you work at…',
      'Hi Zoe,\n\nI saw you work at Fourth Coffee now, congrats! I applied to a marketing role there last week.\n\nMia',
    ],
    [
      'does your company have…',
      "Hi Ahmed,\n\nHope all is well! I'm exploring new opportunities. Does your company have any openings right now?\n\nBeth",
    ],
  ])(
    'a request to a contact who knows the manager, even with no ask, should read as an intro request: %s',
    (_, text) => {
      const report = check(text);
      expect(report.kind).toBe('introRequest');
      expect(report.findings.some((f) => f.rule === 'intro/one-ask' && f.severity === 'error')).toBe(true);
    },
  );

  test.each([
    [
      'a pitch that names the team in the third person',
      'Hi Sam,\n\nI saw Acme is opening Reno in April; your ops lead said she wants it accurate from week one. On my night shift pick accuracy went from 97.1% to 99.6%. Could we talk for 15 minutes on Tuesday?\n\nAlex',
    ],
    [
      'a thank-you that names the manager',
      'Hi Priya,\n\nThank you for introducing me to Sam. He replied this morning and we meet on Tuesday. I am moving you to Bcc.\n\nAlex',
    ],
  ])('a message to the manager, or a thank-you, should not be taken for an intro request: %s', (_, text) => {
    expect(check(text).kind).not.toBe('introRequest');
  });

  test('an email with a subject, even an empty one, should never be read as a LinkedIn note', () => {
    const note = "Hi Dana, I'd love to connect: I cut checkout latency 40% at Globex. Could we talk Tuesday?";
    expect(check(note).kind).toBe('linkedinNote');
    expect(check(note, { subject: '' }).kind).not.toBe('linkedinNote');
    expect(check(note, { subject: 'Checkout' }).kind).not.toBe('linkedinNote');
  });
});

describe('confidence and the outreach decision', () => {
  const everyday: string[] = [
    "Hi Bob,\n\nCan you send me the Q3 numbers before tomorrow's meeting? I want to check the totals.\n\nThanks,\nAlex",
    'Hi Claire,\n\nAttached is invoice #0317 for the March bookkeeping work, $1,150. Payment is due by April 15.\n\nThanks,\nNadia',
    'Hi Jordan,\n\nThanks for applying for the Product Designer role at Fabrikam. Are you free Wednesday at 10 am or Thursday at 3 pm for a portfolio review?\n\nSam Porter\nRecruiting, Fabrikam',
    'Hi all,\n\nWe have two open roles this month. If you know someone great, use the referral form; the referral bonus is $1,500.\n\nPriya',
    'Hi Sven,\n\nThanks for your help last night with the database migration. I owe you one.\n\nMo',
  ];

  test('should be 1 when the kind is given, and between 0 and 1 when inferred', () => {
    for (const kind of kinds) expect(check(samples[kind], { kind }).confidence).toBe(1);
    expect(check(samples.managerPitch, { kind: null }).confidence).toBe(1);
    for (const kind of kinds) {
      const { confidence } = check(samples[kind]);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  test.each(kinds.map((k) => [k] as const))('a plain %s should be confident enough to count as outreach', (kind) => {
    const report = check(samples[kind]);
    expect(report.confidence).toBeGreaterThanOrEqual(OUTREACH_CONFIDENCE);
    expect(outreachKind(report)).toBe(kind);
  });

  test.each(everyday.map((t, i) => [i, t] as const))('everyday mail %i should not count as outreach', (_, text) => {
    const report = check(text, { subject: 'Hello' });
    // Read as none of the kinds (confidence: how sure it is none), or as a kind with low confidence.
    if (report.kind !== null) expect(report.confidence).toBeLessThan(OUTREACH_CONFIDENCE);
    expect(outreachKind(report)).toBeUndefined();
  });

  test('a hand-written bad pitch should count as outreach without being marked', () => {
    const text =
      'Hi Sam,\n\nI just wanted to reach out about the Payments Engineer role at Acme. I think I would be a great fit for your team and would love to chat sometime.\n\nBest,\nAlex';
    const report = check(text, { subject: 'Payments Engineer role' });
    expect(report.ready).toBe(false);
    expect(outreachKind(report)).toBe('managerPitch');
  });

  test('a result the sender claims should count as outreach; a time of day should not', () => {
    const claim =
      'Hi Sam,\n\nAt Globex I cut checkout latency by 40% in six months. Could we talk for 15 minutes on Tuesday about your checkout rebuild?\n\nAlex';
    expect(outreachKind(check(claim, { subject: 'Checkout latency' }))).toBe('managerPitch');
    const times =
      'Hi Sam,\n\nI have a clash at 3 on Tuesday. Could we talk for 15 minutes on Wednesday instead, before 11?\n\nAlex';
    expect(outreachKind(check(times, { subject: 'Tuesday' }))).toBeUndefined();
  });

  test('outreachKind: the drafted kind wins, then the caller’s kind, then a confident inference', () => {
    const everydayReport = check(everyday[0]!, { subject: 'Q3' });
    expect(outreachKind(everydayReport, 'followUp')).toBe('followUp');
    expect(outreachKind(check(everyday[0]!, { kind: 'thankYou' }))).toBe('thankYou');
    expect(outreachKind(check(everyday[0]!, { kind: null }))).toBeUndefined();
    expect(outreachKind({ ...everydayReport, confidence: OUTREACH_CONFIDENCE })).toBe(everydayReport.kind);
    expect(outreachKind({ ...everydayReport, confidence: OUTREACH_CONFIDENCE - 0.01 })).toBeUndefined();
    // Too short to be a message: none of the kinds, and no outreach.
    const short = check('Thanks, see you soon!');
    expect(short.kind).toBeNull();
    expect(outreachKind(short)).toBeUndefined();
  });

  test('confidence should be deterministic and in 0..1 on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        (text, subject) => {
          const a = check(text, subject === undefined ? {} : { subject });
          const b = check(text, subject === undefined ? {} : { subject });
          return a.confidence === b.confidence && a.confidence >= 0 && a.confidence <= 1;
        },
      ),
      { numRuns: 200 },
    );
  });
});
