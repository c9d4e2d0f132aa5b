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
    for (const unit of ['a ', 'Acme ', 'not ', 'the role ', '\n', 'if not selected ', 'at A', "'s "]) {
      const r = readRejection(unit.repeat(Math.ceil(MAX_LETTER_LENGTH / unit.length)));
      expect(typeof r.isRejection).toBe('boolean');
    }
  });
});
