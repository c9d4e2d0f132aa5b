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
  describe('a note written to be forwarded, not a pitch', () => {
    const body =
      'Hi Sam,\n\nI am Alex Rivera, a night-shift lead at Contoso, where pick accuracy went from 97.1% to 99.6%. I would welcome 15 minutes to hear how your Reno team plans its night shift.\n\nAlex Rivera · alex@example.com';
    test.each(['Intro: Alex Rivera, night-shift lead', 'Forwardable note: Alex Rivera', 'Introduction'])(
      'should read the subject %j as a forwardable note',
      (subject) => {
        expect(check(body, { subject }).kind).toBe('forwardableBlurb');
      },
    );
    test.each(['Reno night shift', 'Intro: Jen and Pat', 'Intro: Jen <> Pat', 'Intro to Sam?'])(
      'should not read the subject %j as a forwardable note',
      (subject) => {
        expect(check(body, { subject }).kind).not.toBe('forwardableBlurb');
      },
    );
    test.each([
      'Priya Shah thought a short note she could pass along would be easiest.',
      'Priya Shah asked me to send you a short note.',
      "Priya Shah mentioned you're building a second night shift.",
    ])('should read %j as a note to forward', (line) => {
      expect(check(body.replace('Hi Sam,\n\n', `Hi Sam,\n\n${line} `)).kind).toBe('forwardableBlurb');
    });
  });

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

  test.each([
    [
      'a begging thank-you for an interview',
      'Hi Mark,\n\nThank you so much for the interview!!! I really need this job, I have been looking for so long. Please give me a chance.\n\nJenna',
      'Thank you!!!',
    ],
    [
      'a thank-you to a contact for a referral to a manager',
      'Hi Ben,\n\nThank you so much for referring me to Laura on the finance team. We have a call on Friday and I will let you know how it goes.\n\nElla',
      'Thank you',
    ],
    [
      'a thank-you to a contact for putting them in touch',
      'Hi Grace,\n\nThanks for putting me in touch with Helen last week. She asked me to send over my intake checklist, which I did this morning.\n\nOmar',
      'Thanks!',
    ],
  ])('%s should count as a thank-you, and as outreach', (_, text, subject) => {
    const report = check(text, { subject });
    expect(report.kind).toBe('thankYou');
    expect(outreachKind(report)).toBe('thankYou');
  });

  test.each([
    'Hi Dee,\n\nThank you so much for covering my Friday shift, you are a lifesaver. I owe you one, so tell me whenever you need a swap.\n\nKim',
    'Hi Sven,\n\nThanks for the conversation about the roadmap yesterday. Looking forward to the next steps on the billing project.\n\nMo',
  ])('an everyday thank-you %j should not count as outreach', (text) => {
    expect(outreachKind(check(text, { subject: 'Thanks' }))).toBeUndefined();
  });

  test('a voicemail that says the caller is perfect for the job and ready to start should count as outreach', () => {
    const text =
      "Hey Tara, it's Mike. I'm calling about that sales manager job we talked about a while back. I think I'm perfect for it. Call me back when you get this, I'm ready to start right away.";
    expect(outreachKind(check(text))).toBeDefined();
  });

  test('a note to a contact about a career move should count as outreach', () => {
    const text =
      "Hey Carla,\n\nI saw that your old boss Steven Wu is now the head of design at Northwind. I've admired his work for years, and I've been thinking about a move into product design.\n\nLet me know how things are going.\n\nRay";
    expect(outreachKind(check(text, { subject: 'Quick question' }))).toBeDefined();
  });

  test('a builder who can start next week is not a job seeker', () => {
    const text =
      'Hi Sam,\n\nThe painters are available to start next week, weather permitting. Can you leave the side gate unlocked on Monday?\n\nThanks,\nLee';
    expect(outreachKind(check(text, { subject: 'Painting' }))).toBeUndefined();
  });

  test('an intro request full of [Name] placeholders should still read as an intro request', () => {
    const text =
      "Hi [Name],\n\nI saw that [Company] is hiring for the [Job Title] role, and I know you've worked closely with [Hiring Manager Name]. Would you be open to introducing me?\n\nThanks so much,\nArjun";
    const report = check(text, { subject: 'Intro to [Hiring Manager Name]?' });
    expect(report.kind).toBe('introRequest');
    expect(report.ready).toBe(false);
    expect(outreachKind(report)).toBe('introRequest');
  });

  test('a hand-written bad pitch should count as outreach without being marked', () => {
    const text =
      'Hi Sam,\n\nI just wanted to reach out about the Payments Engineer role at Acme. I think I would be a great fit for your team and would love to chat sometime.\n\nBest,\nAlex';
    const report = check(text, { subject: 'Payments Engineer role' });
    expect(report.ready).toBe(false);
    expect(outreachKind(report)).toBe('managerPitch');
  });

  test.each([
    [
      'sending references asked for',
      'Resume and references',
      "Hi Jane,\n\nThanks for the call today. As requested, I've attached my resume and the two references.\n\nBest,\nAlex",
    ],
    [
      'declining an offer',
      'Re: Offer',
      'Hi Jane,\n\nThank you so much for the offer for the Payments Engineer role. After a lot of thought I have decided to accept another position.\n\nBest,\nAlex',
    ],
    [
      'giving a notice period',
      'Re: Payments Engineer application',
      "Hi Jane,\n\nI'm available for a phone screen any afternoon next week. My notice period is four weeks.\n\nBest,\nAlex",
    ],
    [
      'asking how long the interview is',
      'Re: Interview next Tuesday',
      "Hi Sophie,\n\nThanks for confirming. How long will the interview be, and who is on the panel? I'll bring my portfolio.\n\nBest,\nRavi",
    ],
  ])('a reply inside a hiring process the employer started is not outreach: %s', (_name, subject, text) => {
    const report = check(text, { subject });
    expect(outreachKind(report)).toBeUndefined();
  });

  test('outreach that mentions interviews, offers or availability is still outreach', () => {
    const pitch =
      "Hi Sam,\n\nI cut checkout latency by 40% at Globex. I can offer a one-page plan for your checkout rebuild, and I'm available for a call on Tuesday. Could we talk for 15 minutes about the Payments Engineer role?\n\nAlex";
    expect(outreachKind(check(pitch, { subject: 'Checkout latency' }))).toBe('managerPitch');
    const bitter =
      'You people are unbelievable. Three rounds, a take-home test, and then a two-line email? Shame on you.';
    const report = check(bitter, { subject: 'Re: re: interview' });
    expect(outreachKind(report)).toBeDefined();
    expect(report.ready).toBe(false);
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
