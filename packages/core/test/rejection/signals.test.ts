import { readRejection } from '@sidedoor/core';
import fc from 'fast-check';
import { flatten } from '../../src/rejection/flat';
import {
  counterSignals,
  decisionSignal,
  gratitudeSignal,
  scoreRejection,
  sentences,
  softenerSignal,
  wellWishingSignal,
} from '../../src/rejection/signals';

const flat = (s: string) => flatten(s).text;
const said = (s: string, found: { start: number; end: number } | undefined) =>
  found === undefined ? undefined : flat(s).slice(found.start, found.end);

describe('sentences', () => {
  test('should split at stops before a space and at blank lines, not inside "3.5"', () => {
    const t = flat('One is 3.5 here. Two!\n\nThree');
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['one is 3.5 here', ' two!', 'three']);
  });
});

describe('decisionSignal', () => {
  test.each([
    ['Verdant Logistics has moved on to other applicants for this job.', 'moved on to other applicants for this job'],
    ['Bad news on the role: the headcount was withdrawn this week.', 'role: the headcount was withdrawn this week'],
    ['We have decided not to pursue your candidacy.', 'decided not to pursue your candidacy'],
    [
      "Your application for the Graduate Scheme wasn't successful this year.",
      "application for the Graduate Scheme wasn't successful this year",
    ],
  ])('should fire on %j', (text, evidence) => {
    expect(said(text, decisionSignal(flat(text)))).toBe(evidence.toLowerCase());
  });

  test('should quote from the job named to the end of the clause', () => {
    const t = 'Thanks. We have reviewed your candidacy and have decided not to pursue it further, sadly.';
    expect(said(t, decisionSignal(flat(t)))).toBe('candidacy and have decided not to pursue it further');
  });

  test('should count a decision just after the sentence that names the job', () => {
    const t =
      'Thank you for your patience on the Frontend Engineer position. We will be moving ahead with someone else.';
    expect(said(t, decisionSignal(flat(t)))).toBe('someone else');
  });

  test.each([
    'If your application is not selected, we will keep your details on file.',
    "Please don't hesitate to ask about the role.",
    'We have not yet reviewed applications for the role.',
    'Someone else in the office will be your contact.\n\nThe weather is fine.',
    'We closed the office for the holiday.',
  ])('should not fire on %j', (text) => {
    expect(decisionSignal(flat(text))).toBeUndefined();
  });
});

describe('softenerSignal', () => {
  test.each([
    ['Unfortunately, we will not proceed.', 'unfortunately'],
    ['We regret that the role is gone.', 'regret'],
    ['After careful consideration, we chose another path.', 'after careful consideration'],
    ['This was a difficult decision.', 'difficult decision'],
    ["I'm afraid the role has gone.", "i'm afraid"],
  ])('should fire on %j', (text, phrase) => {
    expect(said(text, softenerSignal(flat(text)))).toBe(phrase);
  });

  test.each(['We are glad you applied.', 'If unfortunately you cannot attend, tell us.'])(
    'should not fire on %j',
    (text) => {
      expect(softenerSignal(flat(text))).toBeUndefined();
    },
  );
});

describe('gratitudeSignal', () => {
  test.each([
    ['Thank you for applying for the role.', 'thank you for appl'],
    ['Thanks so much for talking with us last week.', 'thanks so much for talking'],
    ['Thank you for interviewing with us.', 'thank you for interview'],
  ])('should fire on %j', (text, phrase) => {
    expect(said(text, gratitudeSignal(flat(text)))).toBe(phrase);
  });

  test.each(['Thank you for the lovely flowers.', 'We appreciate feedback on our website.'])(
    'should not fire on %j',
    (text) => {
      expect(gratitudeSignal(flat(text))).toBeUndefined();
    },
  );
});

describe('wellWishingSignal', () => {
  test.each([
    ['Best of luck in your search.', 'best of luck'],
    ['We will keep your details on file.', 'on file'],
    ['We encourage you to apply for future roles.', 'encourage you to apply'],
    ['I hope our paths cross again.', 'paths cross'],
  ])('should fire on %j', (text, phrase) => {
    expect(said(text, wellWishingSignal(flat(text)))).toBe(phrase);
  });

  test.each(['See you on Monday.', 'If it helps, we wish you had called.'])('should not fire on %j', (text) => {
    expect(wellWishingSignal(flat(text))).toBeUndefined();
  });
});

describe('counterSignals', () => {
  test.each([
    ['We would like to invite you to a second interview.', 'invitation'],
    ['Please send your availability for next week.', 'invitation'],
    ['We are delighted to offer you the role.', 'offer'],
    ['If you are not selected, we will let you know by email.', 'if-not-selected'],
    ['We are still reviewing applications.', 'review-to-come'],
    ['Please complete the questionnaire below.', 'questionnaire'],
    ['Anna named you as a referee for the role.', 'reference-request'],
    ['Thank you for offering me the role.', 'from-the-candidate'],
  ])('should find %j as %s', (text, name) => {
    expect(counterSignals(flat(text)).map((c) => c.name)).toContain(name);
  });

  test.each([
    "We won't be inviting you to the next stage.",
    'We are not able to offer you the role.',
    'Your application was not selected.',
  ])('should find nothing in %j', (text) => {
    expect(counterSignals(flat(text))).toEqual([]);
  });
});

describe('scoreRejection', () => {
  const letter =
    'Hi Arjun, thanks for your interest in the Fleet Coordinator role. Verdant Logistics has moved on to other applicants for this job.\n\nKeep applying: new jobs are below.';

  test('should read a decision with thanks and a close as a rejection', () => {
    const s = scoreRejection(flat(letter));
    expect(s.signals.map((x) => x.name)).toEqual(['decision', 'gratitude', 'well-wishing']);
    expect(s).toMatchObject({ score: 4, counters: [], isRejection: true });
  });

  test('should need a decision, however many other signals', () => {
    const s = scoreRejection(flat('Thank you for applying. Unfortunately it rained. Best of luck in your search.'));
    expect(s).toMatchObject({ score: 3, isRejection: false });
  });

  test('should need more than the decision alone', () => {
    expect(scoreRejection(flat('The role was withdrawn.')).isRejection).toBe(false);
  });

  test('should let any counter-signal outweigh the score', () => {
    const s = scoreRejection(flat(`${letter} Please send your availability for a call.`));
    expect(s.score).toBe(4);
    expect(s.isRejection).toBe(false);
  });

  test('should give readRejection the signals as evidence, quoted exactly', () => {
    const r = readRejection(letter);
    expect(r.isRejection).toBe(true);
    expect(r.because.map((e) => e.evidence)).toEqual([
      'moved on to other applicants for this job',
      'thanks for your interest',
      'Keep applying',
    ]);
    for (const e of r.because) expect(letter.slice(e.start, e.end)).toBe(e.evidence);
  });

  test('should keep every signal inside the text, the score their sum, and a verdict that needs a decision and no counter', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'not ',
            'the role ',
            'if ',
            'thank you for applying ',
            'unfortunately ',
            'best of luck ',
            'schedule ',
            '. ',
            '\n\n',
            'x',
          ),
          { maxLength: 400 },
        ),
        (parts) => {
          const t = flat(parts.join(''));
          const s = scoreRejection(t);
          for (const x of [...s.signals, ...s.counters]) {
            expect(x.start).toBeGreaterThanOrEqual(0);
            expect(x.end).toBeGreaterThan(x.start);
            expect(x.end).toBeLessThanOrEqual(t.length);
          }
          expect(s.score).toBe(s.signals.reduce((n, x) => n + x.weight, 0));
          expect(s.isRejection).toBe(
            s.signals.some((x) => x.name === 'decision') && s.score >= 3 && s.counters.length === 0,
          );
        },
      ),
    );
  });
});

describe('decisionSignal on the job handed to others', () => {
  test.each([
    [
      'Both posts have now gone to applicants with longer experience.',
      'posts have now gone to applicants with longer experience',
    ],
    ['Thanks for applying for the role. It has gone to another candidate.', 'gone to another candidate'],
    [
      'We have appointed a colleague from our Bristol office to the role.',
      'have appointed a colleague from our bristol office to the role',
    ],
    ['The board has now appointed an interim director to the post.', 'post'],
  ])('should fire on %j', (text, evidence) => {
    const found = said(text, decisionSignal(flat(text)));
    expect(found).toBeDefined();
    expect(found).toContain(evidence.toLowerCase());
  });

  test.each([
    'We have appointed you to the Site Supervisor role, starting in May.',
    'Your application has gone to the hiring manager for the role.',
    'Positions that have been filled this week are marked in grey.',
    'We could not find any remote roles this week.',
    'We have appointed a panel for the interviews next week.',
  ])('should not fire on %j', (text) => {
    expect(decisionSignal(flat(text))).toBeUndefined();
  });
});

describe('counterSignals from the candidate and wished-for offers', () => {
  test.each([
    ['Since applying I have accepted a position elsewhere, so I must decline the interview.', 'i have accepted'],
    ['Thank you for inviting me to interview for the role.', 'inviting me'],
    ["I'm writing to withdraw my application for the Content Lead role.", 'withdraw my'],
    ['I have recently accepted an offer from another company.', 'i have recently accepted'],
  ])('should find the candidate writing in %j', (text, evidence) => {
    const counter = counterSignals(flat(text)).find((c) => c.name === 'from-the-candidate');
    expect(said(text, counter)).toBe(evidence);
  });

  test.each([
    'The candidate we chose has accepted our offer, so the role is filled.',
    'Unfortunately the role has gone to another applicant.',
  ])('should not take a letter to the candidate for one from them: %j', (text) => {
    expect(counterSignals(flat(text)).filter((c) => c.name === 'from-the-candidate')).toEqual([]);
  });

  test('should read "I wish I could offer you the job" as no offer, and keep a real one', () => {
    const wished = 'I wish I could offer you the Sales Executive job, but the rule applies.';
    expect(counterSignals(flat(wished)).filter((c) => c.name === 'offer')).toEqual([]);
    const real = 'We would like to offer you the Sales Executive job.';
    expect(counterSignals(flat(real)).map((c) => c.name)).toContain('offer');
  });
});
