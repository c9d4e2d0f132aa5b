import { MAX_LETTER_LENGTH, readRejection } from '@sidedoor/core';
import fc from 'fast-check';

describe('readRejection', () => {
  test('should read a rejection with the words behind each field', () => {
    const text =
      'Thank you for applying for the Payments Engineer role at Acme. Unfortunately, we have decided to move forward with other candidates.\n\nBest,\nDana Kim\nTechnical Recruiter';
    const r = readRejection(text);
    expect(r).toMatchInlineSnapshot(`
      {
        "because": [
          {
            "end": 131,
            "evidence": "move forward with other candidates",
            "start": 97,
          },
        ],
        "company": {
          "end": 61,
          "evidence": "role at Acme",
          "start": 49,
          "value": "Acme",
        },
        "isRejection": true,
        "role": {
          "end": 48,
          "evidence": "applying for the Payments Engineer",
          "start": 14,
          "value": "Payments Engineer",
        },
        "sender": {
          "isRecruiter": {
            "end": 168,
            "evidence": "Technical Recruiter",
            "start": 149,
            "value": true,
          },
          "name": {
            "end": 148,
            "evidence": "Dana Kim",
            "start": 140,
            "value": "Dana Kim",
          },
        },
      }
    `);
  });

  test.each([
    'If you are not selected, we will keep your résumé on file.',
    'Should we decide not to move forward, we will let you know by email.',
    'We will tell you whether you have been selected by Friday.',
    'In the event that the position has been filled, the posting will close.',
    'Candidates who do not finish the test will not be considered further for your team.',
    'Here is how to reply when a company has decided to move forward with other candidates.',
  ])('should not read a hypothetical as a rejection: %j', (text) => {
    expect(readRejection(text).isRejection).toBe(false);
  });

  test('should not read an offer that cannot offer one thing as a rejection, but two separate no’s are one', () => {
    expect(
      readRejection('We are pleased to offer you the role. We are not able to offer you a parking space.').isRejection,
    ).toBe(false);
    expect(
      readRejection(
        'Congratulations on a great interview. Unfortunately the role has been filled, and we will not be moving forward with your application.',
      ).isRejection,
    ).toBe(true);
  });

  test('should not read a letter the candidate wrote as a rejection, whatever phrase it shares with one', () => {
    const declining =
      'Hi Maya,\n\nThank you for the invitation. I have recently accepted an offer elsewhere, so I must cancel our interview; you may want to move forward with other candidates.\n\nBest,\nLeo';
    expect(readRejection(declining).isRejection).toBe(false);
    // The same phrase from the company is one.
    const letter =
      'Hi Leo,\n\nThank you for interviewing with us. We have decided to move forward with other candidates.\n\nBest,\nMaya';
    expect(readRejection(letter).isRejection).toBe(true);
  });

  test('should guess nothing when the letter names nothing', () => {
    expect(readRejection('')).toEqual({ isRejection: false, because: [] });
    expect(readRejection('We have decided to move forward with other candidates.')).toEqual({
      isRejection: true,
      because: [{ evidence: 'move forward with other candidates', start: 19, end: 53 }],
    });
  });

  test('should not take a person, a sentence opener or a team for the company', () => {
    const r = readRejection(
      'Thank you for interviewing with Sam. This time we have decided to move forward with another candidate.\n\nRegards,\nThe Hiring Team',
    );
    expect(r.company).toBeUndefined();
    // A team signs it: no name, but the team says who sent it.
    expect(r.sender).toEqual({ isRecruiter: { value: true, evidence: 'The Hiring Team', start: 113, end: 128 } });
  });

  test('should take a sentence-opening name for the company only when it is nobody in the letter', () => {
    const company = (text: string) => readRejection(text).company?.value;
    expect(company('Hi Sam,\n\nNorthwind has decided to move forward with another candidate.')).toBe('Northwind');
    // The signer deciding is a person, not the company.
    expect(
      company(
        'Hi Sam,\n\nDana has decided to move forward with another candidate.\n\nBest,\nDana Kim\nEngineering Manager',
      ),
    ).toBeUndefined();
    // Nor is the reader, nor a team, nor a sentence opener.
    expect(company('Hi Sam,\n\nSam has decided nothing yet; the role has been filled.')).toBeUndefined();
    expect(company('Talent Acquisition has decided to close the role. The role has been filled.')).toBeUndefined();
    expect(company("Hi Sam,\n\nWe've decided to hold off on hiring for the role.")).toBeUndefined();
  });

  test('should read a name on past a line break only where a long line was wrapped', () => {
    const wrapped =
      'Thank you for applying for the Supply Chain Analyst position at Aperture\nLogistics. We will not be moving forward.';
    expect(readRejection(wrapped).company?.value).toBe('Aperture Logistics');
    // A short line ends where it ends.
    expect(
      readRejection('Your application to Aperture\nLogistics Team news: we will not be moving forward.').company?.value,
    ).toBe('Aperture');
    // The next line's sentence is not part of the name.
    expect(
      readRejection(
        'Thank you for applying for the Supply Chain Analyst position at Aperture\nWe will not be moving forward.',
      ).company?.value,
    ).toBe('Aperture');
  });

  test('should read a stopped search as a no only when it is written to the reader and does not keep them in', () => {
    const hold =
      'Hi Imani,\n\nWe have decided to put the role on hold and are closing the search. Thank you for your time.';
    expect(readRejection(hold).isRejection).toBe(true);
    expect(readRejection(`${hold} Your application is still under consideration.`).isRejection).toBe(false);
    expect(
      readRejection('When a company has to put the role on hold, candidates should hear it quickly.').isRejection,
    ).toBe(false);
    // An interview cancelled is not a job cancelled.
    expect(
      readRejection(
        'Hi Oskar, the interview for the Field Service Technician role has been cancelled; can we meet Thursday?',
      ).isRejection,
    ).toBe(false);
    expect(
      readRejection('Hi Oskar, the Field Service Technician role has been cancelled. Thank you for applying.')
        .isRejection,
    ).toBe(true);
  });

  test('should read someone else chosen in other words, but not a choice still to come', () => {
    const yes = [
      'We have made an offer to another finalist for the role.',
      'The position has been offered to an individual whose experience more closely matches our needs.',
      'We have decided to pursue applicants with more embedded experience than your application shows.',
      'After the interviews we decided to fill the position with an internal candidate.',
    ];
    for (const text of yes) expect(readRejection(text).isRejection).toBe(true);
    const no = [
      'We will select candidates whose experience matches the role and invite them to interview.',
      'You are one of two finalists, and we would like to invite you to a final conversation.',
      "Unfortunately we won't be able to make you an offer before May, but we are not done: we will be in touch about the next step.",
    ];
    for (const text of no) expect(readRejection(text).isRejection).toBe(false);
  });

  test('should read a negation anywhere in the sentence, an offer handed to someone else, a job closed on the reader', () => {
    const yes = [
      'Hi Noor, sorry, and not for lack of interest: we are not able to move you forward.',
      'Dear Tariq, we have made the offer to the other finalist, who has accepted.',
      'Dear Tariq, we will be extending the offer to them this week.',
      'Hello Bea, the requisition for the QA Engineer role has been cancelled.',
      'Dear Ms Achterberg, the panel has decided to appoint a candidate with more experience.',
    ];
    for (const text of yes) expect(readRejection(text).isRejection).toBe(true);
    const no = [
      'Hi Noor, we have not yet chosen anyone, and you are still one of our candidates.',
      'Hi Oliver, they asked me to extend the offer to you for the Asset Planner role.',
      'Hello Bea, once we have hired for this role we will let every applicant know.',
      'Dear Tariq, the position has been closed to new applications; the panel meets next week.',
      'Dear Ms Achterberg, we aim to appoint a candidate who can start in September.',
      'Positions that have been filled this week are marked in grey. Good luck in your search!',
    ];
    for (const text of no) expect(readRejection(text).isRejection).toBe(false);
  });

  test('should read the chosen one in the passive, a job filled from within, and keep idioms and plans out', () => {
    const yes = [
      'Dear Haruto, another applicant has been chosen for the role.',
      'Dear Ms. Brandt, we selected the applicant whom the panel judged the closest match.',
      'Hello Ruth, we have decided to fill the role internally with a colleague.',
      "Hi Dominik, having read what you sent, we won't be taking it any further.",
      'Dear Adaeze, the council has frozen hiring, so please feel free to accept other offers.',
    ];
    for (const text of yes) expect(readRejection(text).isRejection).toBe(true);
    const no = [
      "Hi Haruto, don't hesitate to go ahead and pick any slot that suits you.",
      'Dear Ms. Brandt, we have not offered the position to anyone yet; you will hear on Friday.',
      'Hello Ruth, a candidate who has been selected for interview will hear from us by 16 May.',
      'Hi Dominik, we often fill roles from within, so you will hear about the rest when they are public.',
    ];
    for (const text of no) expect(readRejection(text).isRejection).toBe(false);
    expect(readRejection('Hi Sunita, Leadership has frozen hiring for the year.').company).toBeUndefined();
    expect(
      readRejection("Thank you for applying to St. Columba's Hospital. The position has been filled.").company?.value,
    ).toBe("St. Columba's Hospital");
  });

  test('should keep an offer an offer, unless it is negated', () => {
    expect(
      readRejection('Thrilled to hear you have accepted our offer! The position has been filled.').isRejection,
    ).toBe(false);
    expect(readRejection("We won't be able to make you an offer: the position has been filled.").isRejection).toBe(
      true,
    );
  });

  test('should read surname particles and sign-offs in other words', () => {
    const r = readRejection(
      'Hi Bram,\n\nWe have decided to go with another candidate.\n\nThanks for your patience,\nAnneke de Vries\nVP Engineering',
    );
    expect(r.sender?.name?.value).toBe('Anneke de Vries');
    expect(r.sender?.isRecruiter?.value).toBe(false);
    // A particle never starts or ends a name, and a sentence is no name.
    expect(readRejection('We have filled the role.\n\nBest,\nde Vries Anneke van').sender?.name).toBeUndefined();
  });

  test('should read only the first MAX_LETTER_LENGTH characters', () => {
    const long = `${'a '.repeat(MAX_LETTER_LENGTH / 2)}We regret to inform you that the role has been filled.`;
    expect(readRejection(long).isRejection).toBe(false);
  });

  test('should never throw and quote every piece of evidence exactly, for any text', () => {
    const piece = fc.constantFrom(
      'Unfortunately, ',
      'we have decided to move forward with other candidates',
      'if ',
      'for the ',
      'Senior Engineer',
      ' role at ',
      'Acme Robotics',
      '.\n\n',
      '\nBest,\n',
      'Dana Kim\n',
      'Recruiter',
      ' ',
      '’',
      '\r\n',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join('');
          const r = readRejection(text);
          for (const e of [r.company, r.role, r.sender?.name, r.sender?.isRecruiter, ...r.because])
            if (e !== undefined) expect(text.slice(e.start, e.end)).toBe(e.evidence);
          expect(r.isRejection || r.because.length === 0).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('should finish adversarial inputs of 100,000 characters', () => {
    for (const unit of [
      'a ',
      'Acme ',
      'not ',
      'the role ',
      '\n',
      'if not selected ',
      'at A',
      "'s ",
      'Acme has decided. ',
      'the role on hold you ',
      `${'x'.repeat(60)} at Acme\n`,
      'at the Acme Council ',
      'decided to pursue candidates whose ',
      'not not yet ',
      'made the offer to them ',
      'the role has been closed to new ',
      'Hi, the interview for the role has been cancelled ',
      'another candidate has been ',
      'decided to fill ',
      "don't hesitate not yet ",
      'at St. St. ',
    ]) {
      const r = readRejection(unit.repeat(Math.ceil(MAX_LETTER_LENGTH / unit.length)));
      expect(typeof r.isRejection).toBe('boolean');
    }
  });
});

describe('readRejection on passing, honorifics and signatures without a sign-off', () => {
  test.each([
    'Hey Tom,\n\nQuick one on the Product Designer role: we are going to pass for now.',
    "Hi Sam,\n\nWe've decided to pass on your application for the Growth Marketer role.",
    'Hi Ana,\n\nThanks for the call. We have to pass this time, sorry.',
  ])('should read a pass as a no: %j', (text) => {
    expect(readRejection(text).isRejection).toBe(true);
  });

  test.each([
    'Hi Ana,\n\nI will pass your CV to the hiring manager for the Designer role today.',
    "Hi Ana,\n\nI'll pass on your application to the team, and they will be in touch.",
    'Hi Ana,\n\nIf we decide to pass for now, we will tell you by Friday.',
  ])('should not read a handing on or a conditional as a no: %j', (text) => {
    expect(readRejection(text).isRejection).toBe(false);
  });

  test('should strip the title from the sender name and keep it in the evidence', () => {
    const text =
      'Dear Mr. Osei,\n\nYour application has been declined.\n\nYours sincerely,\nDr. Helen Marsh\nHead of Department';
    const name = readRejection(text).sender?.name;
    expect(name?.value).toBe('Helen Marsh');
    expect(name?.evidence).toBe('Dr. Helen Marsh');
    expect(text.slice(name!.start, name!.end)).toBe('Dr. Helen Marsh');
    // A title and a surname alone stay as written: "Marsh" alone is no name to greet.
    const short = readRejection('Hi,\n\nThe role is filled.\n\nBest,\nDr. Marsh\nHead of Department').sender?.name;
    expect(short?.value).toBe('Dr. Marsh');
  });

  test('should read a signature block with no sign-off line, and only one under a name over a title', () => {
    const text =
      "Hi Marcus,\n\nThe Data Engineer role has been cut, so we won't be making a hire.\n\nLena Hartmann\nEngineering Manager";
    const sender = readRejection(text).sender;
    expect(sender?.name?.value).toBe('Lena Hartmann');
    expect(sender?.isRecruiter?.value).toBe(false);
    // A last paragraph that is not a name over a title is no signature.
    const prose = 'Hi Marcus,\n\nThe role has been cut.\n\nGood Luck\nAnd Thanks For Everything So Far';
    expect(readRejection(prose).sender).toBeUndefined();
    expect(readRejection('Hi Marcus,\n\nThe role has been cut.\n\nLena Hartmann').sender).toBeUndefined();
  });

  test('should take a well-wishing line ending in a comma as the sign-off', () => {
    const text =
      'Hi Oliver,\n\nWe are closing the vacancy.\n\nGood luck with your search,\nCarla Benn\nRecruitment Officer';
    expect(readRejection(text).sender?.name?.value).toBe('Carla Benn');
  });
});
