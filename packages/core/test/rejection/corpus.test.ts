import { companyKey, readRejection } from '@sidedoor/core';
import { lookalikes } from './corpus-lookalikes.js';
import { fresh } from './corpus-fresh.js';
import { fresh2 } from './corpus-fresh-2.js';
import { fresh3 } from './corpus-fresh-3.js';
import { fresh4 } from './corpus-fresh-4.js';
import { fresh5 } from './corpus-fresh-5.js';
import { fresh6 } from './corpus-fresh-6.js';
import { heldout } from './corpus-heldout.js';
import { rejections } from './corpus-rejections.js';
import type { Letter } from './corpus-types.js';

const letters: Letter[] = [...rejections, ...lookalikes];

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

const rate = (a: number, b: number) => (b === 0 ? 1 : a / b);
const precision = (t: Tally) => rate(t.truePositive, t.truePositive + t.falsePositive);
const recall = (t: Tally) => rate(t.truePositive, t.truePositive + t.falseNegative);

/** Compares one field over the rejection letters: a wrong value counts against both precision and recall. */
function tally<T>(
  expected: (l: Letter) => T | undefined,
  found: (l: Letter) => T | undefined,
  same: (a: T, b: T) => boolean,
) {
  const t: Tally = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const misses: string[] = [];
  for (const letter of rejections) {
    const want = expected(letter);
    const got = found(letter);
    if (got !== undefined && want !== undefined && same(got, want)) t.truePositive++;
    else {
      if (got !== undefined) t.falsePositive++;
      if (want !== undefined) t.falseNegative++;
      if (got !== undefined || want !== undefined)
        misses.push(`${letter.id}: expected ${String(want)}, read ${String(got)}`);
    }
  }
  return { ...t, precision: precision(t), recall: recall(t), misses };
}

const read = new Map(letters.map((l) => [l.id, readRejection(l.text)]));
const result = (l: Letter) => read.get(l.id)!;
const words = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe('readRejection corpus', () => {
  test('should hold at least 40 rejections and 20 look-alikes, each with a source URL', () => {
    expect(rejections.length).toBeGreaterThanOrEqual(40);
    expect(lookalikes.length).toBeGreaterThanOrEqual(20);
    for (const letter of letters) expect(letter.source).toMatch(/^https?:\/\/\S+$/);
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
  });

  test('should pin precision and recall of isRejection', () => {
    const t: Tally = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    const wrong: string[] = [];
    for (const letter of letters) {
      const got = result(letter).isRejection;
      if (got && letter.expect.isRejection) t.truePositive++;
      else if (got) {
        t.falsePositive++;
        wrong.push(`${letter.id}: read as a rejection`);
      } else if (letter.expect.isRejection) {
        t.falseNegative++;
        wrong.push(`${letter.id}: missed`);
      }
    }
    expect({ precision: precision(t), recall: recall(t), wrong }).toMatchInlineSnapshot(`
      {
        "precision": 1,
        "recall": 1,
        "wrong": [],
      }
    `);
  });

  test('should pin precision and recall of each field', () => {
    const company = tally(
      (l) => l.expect.company,
      (l) => result(l).company?.value,
      (a, b) => companyKey(a).exact === companyKey(b).exact,
    );
    const role = tally(
      (l) => l.expect.role,
      (l) => result(l).role?.value,
      (a, b) => words(a) === words(b),
    );
    const senderName = tally(
      (l) => l.expect.senderName,
      (l) => result(l).sender?.name?.value,
      (a, b) => a === b,
    );
    const isRecruiter = tally(
      (l) => l.expect.isRecruiter,
      (l) => result(l).sender?.isRecruiter?.value,
      (a, b) => a === b,
    );
    const summary = (f: typeof company) => ({
      precision: Number(f.precision.toFixed(3)),
      recall: Number(f.recall.toFixed(3)),
      misses: f.misses,
    });
    expect({
      company: summary(company),
      role: summary(role),
      senderName: summary(senderName),
      isRecruiter: summary(isRecruiter),
    }).toMatchInlineSnapshot(`
      {
        "company": {
          "misses": [],
          "precision": 1,
          "recall": 1,
        },
        "isRecruiter": {
          "misses": [],
          "precision": 1,
          "recall": 1,
        },
        "role": {
          "misses": [
            "ats-workday-style: expected Lab Operations Supervisor, read undefined",
          ],
          "precision": 1,
          "recall": 0.984,
        },
        "senderName": {
          "misses": [],
          "precision": 1,
          "recall": 1,
        },
      }
    `);
  });

  test('should quote every field exactly from the letter', () => {
    for (const letter of letters) {
      const r = result(letter);
      const evidences = [r.company, r.role, r.sender?.name, r.sender?.isRecruiter, ...r.because].filter(
        (e) => e !== undefined,
      );
      for (const e of evidences) expect(letter.text.slice(e.start, e.end)).toBe(e.evidence);
    }
  });
});

/** One line per letter: whether isRejection was right, and each field the letter says or the reader read. */
function report(set: Letter[]): string[] {
  return set.map((letter) => {
    const r = readRejection(letter.text);
    const e = letter.expect;
    const check = (name: string, want: unknown, got: unknown, same: boolean) =>
      want === undefined && got === undefined ? '' : same ? ` ${name}:ok` : ` ${name}:${String(got)}≠${String(want)}`;
    return (
      `${letter.id}: ${r.isRejection === e.isRejection ? 'ok' : 'WRONG'}` +
      (e.isRejection
        ? check(
            'company',
            e.company,
            r.company?.value,
            e.company !== undefined &&
              r.company !== undefined &&
              companyKey(e.company).exact === companyKey(r.company.value).exact,
          ) +
          check('role', e.role, r.role?.value, e.role !== undefined && words(e.role) === words(r.role?.value ?? '')) +
          check('sender', e.senderName, r.sender?.name?.value, e.senderName === r.sender?.name?.value) +
          check(
            'recruiter',
            e.isRecruiter,
            r.sender?.isRecruiter?.value,
            e.isRecruiter === r.sender?.isRecruiter?.value,
          )
        : '')
    );
  });
}

describe('readRejection on letters written after tuning', () => {
  test('should pin the second round (written after the phrase lists; the sentence rules were added with it in view)', () => {
    expect(report(heldout)).toMatchInlineSnapshot(`
      [
        "held-ats-short: ok company:ok role:ok recruiter:ok",
        "held-personal-final: ok company:ok role:ok sender:ok recruiter:ok",
        "held-filled: ok company:ok role:ok recruiter:ok",
        "held-manager-note: ok company:ok role:ok sender:ok recruiter:ok",
        "held-regret: ok company:ok role:ok sender:ok recruiter:ok",
        "held-not-selected-interview: ok company:ok role:ok recruiter:ok",
        "held-chosen-someone: ok company:ok role:ok sender:ok recruiter:ok",
        "held-nonprofit: ok company:ok role:undefined≠Development Associate sender:ok recruiter:ok",
        "held-lookalike-received: ok",
        "held-lookalike-invite: ok",
        "held-lookalike-offer: ok",
        "held-lookalike-reference: ok",
      ]
    `);
  });

  test('should pin the first fresh letters (never tuned on until the fourth round, which generalised their misses)', () => {
    expect(report(fresh)).toMatchInlineSnapshot(`
      [
        "fresh-ats-update: ok company:ok role:ok recruiter:ok",
        "fresh-recruiter-call-recap: ok role:ok sender:ok recruiter:ok",
        "fresh-manager-direct: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh-filled-notice: ok company:ok role:ok recruiter:ok",
        "fresh-not-progressing: ok company:ok role:ok recruiter:ok",
        "fresh-startup-founder: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh-lookalike-status: ok",
        "fresh-lookalike-offer-accepted: ok",
        "fresh-lookalike-if-not: ok",
      ]
    `);
  });
});

/** Precision and recall of isRejection over a set, and of each field over its rejections (a wrong value counts against both). */
function figures(set: Letter[]): Record<string, string> {
  const t: Record<string, Tally> = {};
  const count = (field: string, kind: keyof Tally) => {
    t[field] ??= { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    t[field][kind]++;
  };
  for (const letter of set) {
    const r = readRejection(letter.text);
    if (r.isRejection && letter.expect.isRejection) count('isRejection', 'truePositive');
    else if (r.isRejection) count('isRejection', 'falsePositive');
    else if (letter.expect.isRejection) count('isRejection', 'falseNegative');
    if (!letter.expect.isRejection) continue;
    const e = letter.expect;
    const fields: [string, unknown, unknown, boolean][] = [
      [
        'company',
        e.company,
        r.company?.value,
        e.company !== undefined &&
          r.company !== undefined &&
          companyKey(e.company).exact === companyKey(r.company.value).exact,
      ],
      ['role', e.role, r.role?.value, e.role !== undefined && words(e.role) === words(r.role?.value ?? '')],
      ['senderName', e.senderName, r.sender?.name?.value, e.senderName === r.sender?.name?.value],
      ['isRecruiter', e.isRecruiter, r.sender?.isRecruiter?.value, e.isRecruiter === r.sender?.isRecruiter?.value],
    ];
    for (const [field, want, got, same] of fields) {
      t[field] ??= { truePositive: 0, falsePositive: 0, falseNegative: 0 };
      if (want !== undefined && got !== undefined && same) count(field, 'truePositive');
      else {
        if (got !== undefined) count(field, 'falsePositive');
        if (want !== undefined) count(field, 'falseNegative');
      }
    }
  }
  const rejections = set.filter((l) => l.expect.isRejection).length;
  return {
    letters: `${rejections} rejections + ${set.length - rejections} look-alikes`,
    ...Object.fromEntries(
      Object.entries(t).map(([field, x]) => [field, `${precision(x).toFixed(2)} / ${recall(x).toFixed(2)}`]),
    ),
  };
}

// Scored once after the fourth round: isRejection 0.80 / 0.31, company 0.91 / 0.77, role 0.83 / 0.83,
// sender name 1.00 / 1.00, isRecruiter 0.91 / 0.83. The fifth round then generalised its misses, so
// what is pinned below is no longer an honest estimate: the third fresh set is.
describe('readRejection on the second fresh set (written after the fourth round, tuned on in the fifth)', () => {
  test('should pin each letter', () => {
    expect(report(fresh2)).toMatchInlineSnapshot(`
      [
        "fresh2-noreply-ats: ok company:ok role:ok recruiter:ok",
        "fresh2-another-direction: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-particle-dos: ok company:ok sender:ok recruiter:ok",
        "fresh2-requisition-closed: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-not-chosen: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-subject-company-wrapped: ok company:ok role:ok recruiter:ok",
        "fresh2-startup-casual: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-filled-notice-short: ok company:ok role:ok",
        "fresh2-hiring-freeze: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-van-signature: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-university: ok company:undefined≠Northfield University role:Lecturer≠Lecturer in Computational Biology sender:ok recruiter:undefined≠false",
        "fresh2-recruiter-agency: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-internal-hire: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh2-lookalike-second-interview: ok",
        "fresh2-lookalike-offer: ok",
        "fresh2-lookalike-if-unsuccessful: ok",
        "fresh2-lookalike-reference: ok",
        "fresh2-lookalike-newsletter: ok",
        "fresh2-lookalike-paused-kept: ok",
        "fresh2-lookalike-received: ok",
      ]
    `);
  });

  test('should pin precision / recall per set', () => {
    expect({
      tuned: figures(letters),
      heldout: figures(heldout),
      firstFresh: figures(fresh),
      secondFresh: figures(fresh2),
      thirdFresh: figures(fresh3),
      fourthFresh: figures(fresh4),
      fifthFresh: figures(fresh5),
      sixthFresh: figures(fresh6),
    }).toMatchInlineSnapshot(`
      {
        "fifthFresh": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "13 rejections + 9 look-alikes",
          "role": "1.00 / 0.92",
          "senderName": "1.00 / 1.00",
        },
        "firstFresh": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "6 rejections + 3 look-alikes",
          "role": "1.00 / 1.00",
          "senderName": "1.00 / 1.00",
        },
        "fourthFresh": {
          "company": "1.00 / 0.75",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "12 rejections + 6 look-alikes",
          "role": "1.00 / 1.00",
          "senderName": "0.88 / 1.00",
        },
        "heldout": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "8 rejections + 4 look-alikes",
          "role": "1.00 / 0.88",
          "senderName": "1.00 / 1.00",
        },
        "secondFresh": {
          "company": "1.00 / 0.92",
          "isRecruiter": "1.00 / 0.92",
          "isRejection": "1.00 / 1.00",
          "letters": "13 rejections + 7 look-alikes",
          "role": "0.92 / 0.92",
          "senderName": "1.00 / 1.00",
        },
        "sixthFresh": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 0.83",
          "isRejection": "0.91 / 0.77",
          "letters": "13 rejections + 9 look-alikes",
          "role": "1.00 / 0.92",
          "senderName": "1.00 / 0.90",
        },
        "thirdFresh": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "12 rejections + 6 look-alikes",
          "role": "1.00 / 1.00",
          "senderName": "1.00 / 1.00",
        },
        "tuned": {
          "company": "1.00 / 1.00",
          "isRecruiter": "1.00 / 1.00",
          "isRejection": "1.00 / 1.00",
          "letters": "65 rejections + 44 look-alikes",
          "role": "1.00 / 0.98",
          "senderName": "1.00 / 1.00",
        },
      }
    `);
  });
});

// Scored once after the fifth round: isRejection 1.00 / 0.50, company 0.92 / 0.92, role, sender name
// and isRecruiter 1.00 / 1.00. The sixth round then generalised its misses: the fourth set is the estimate.
describe('readRejection on the third fresh set (written after the fifth round, tuned on in the sixth)', () => {
  test('should pin each letter', () => {
    expect(report(fresh3)).toMatchInlineSnapshot(`
      [
        "fresh3-given-to-another: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-unable-to-offer: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-selected-whom: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-not-favourable: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-wasnt-successful: ok company:ok role:ok recruiter:ok",
        "fresh3-closer-alignment: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-didnt-get-it: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-second-stage: ok company:ok role:ok recruiter:ok",
        "fresh3-paused-release: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-ats-wrapped: ok company:ok role:ok recruiter:ok",
        "fresh3-particle-le: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh3-short-no: ok company:ok role:ok recruiter:ok",
        "fresh3-lookalike-invite: ok",
        "fresh3-lookalike-offer: ok",
        "fresh3-lookalike-unsuccessful-if: ok",
        "fresh3-lookalike-reference: ok",
        "fresh3-lookalike-update: ok",
        "fresh3-lookalike-pool: ok",
      ]
    `);
  });
});

// Scored once after the sixth round: isRejection 1.00 / 0.50. The scored decision over a letter's
// structure (signals.ts) was then built with its misses in view: the fifth set is the estimate.
describe('readRejection on the fourth fresh set (written after the sixth round, tuned on with the scored decision)', () => {
  test('should pin each letter', () => {
    expect(report(fresh4)).toMatchInlineSnapshot(`
      [
        "fresh4-order-of-merit: ok company:undefined≠Department of Coastal Affairs role:ok sender:Selection Panel Chair≠undefined",
        "fresh4-linkedin-style: ok company:undefined≠Verdant Logistics role:ok",
        "fresh4-passed-over: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-no-longer-in-process: ok company:ok role:ok recruiter:ok",
        "fresh4-headcount-gone: ok company:undefined≠Tern Analytics role:ok sender:ok recruiter:ok",
        "fresh4-declined-candidacy: ok company:ok role:ok recruiter:ok",
        "fresh4-particle-van-den: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-not-shortlisted-ats: ok company:ok role:ok recruiter:ok",
        "fresh4-more-senior: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-recruiter-call-note: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-internal-promotion: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-wrapped-signature: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh4-lookalike-merit-list: ok",
        "fresh4-lookalike-next-stage: ok",
        "fresh4-lookalike-sift-info: ok",
        "fresh4-lookalike-reference: ok",
        "fresh4-lookalike-recruiter-pitch: ok",
        "fresh4-lookalike-offer-conditional: ok",
      ]
    `);
  });
});

describe('readRejection on the fifth fresh set (written after the scored decision, scored once at 0.90 / 0.69, then tuned on)', () => {
  test('should pin each letter', () => {
    expect(report(fresh5)).toMatchInlineSnapshot(`
      [
        "fresh5-stronger-match: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-stage-two-no: ok company:ok role:ok recruiter:ok",
        "fresh5-values-direction: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-not-this-time: ok company:ok role:ok recruiter:ok",
        "fresh5-founder-short: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-passed-over-formal: ok company:ok role:ok recruiter:ok",
        "fresh5-two-posts-offered: ok company:ok role:undefined≠Site Supervisor sender:ok recruiter:ok",
        "fresh5-relocation: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-inside-hire: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-incomplete-file: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-policy: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-ats-noreply: ok company:ok role:ok recruiter:ok",
        "fresh5-budget-cut: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh5-lookalike-all-applicants: ok",
        "fresh5-lookalike-interview-slots: ok",
        "fresh5-lookalike-calendly: ok",
        "fresh5-lookalike-offer-followup: ok",
        "fresh5-lookalike-candidate-withdraws: ok",
        "fresh5-lookalike-schedule-format: ok",
        "fresh5-lookalike-reapply-reply: ok",
        "fresh5-lookalike-delay: ok",
        "fresh5-lookalike-talent-newsletter: ok",
      ]
    `);
  });
});

// Written before the changes for the fifth set's misses; scored once after them and never tuned on:
// isRejection 0.83 / 0.77 (10 of 13 found; two look-alikes read as rejections — a candidate cancelling
// an interview, a job alert with "unfortunately"). The honest estimate until a seventh set is written.
describe("readRejection on the sixth fresh set (written after reading the fifth set's misses, before changing the reader)", () => {
  test('should hold at least 12 rejections and 8 look-alikes, each with a source URL and an id no other set uses', () => {
    expect(fresh6.filter((l) => l.expect.isRejection).length).toBeGreaterThanOrEqual(12);
    expect(fresh6.filter((l) => !l.expect.isRejection).length).toBeGreaterThanOrEqual(8);
    for (const letter of fresh6) expect(letter.source).toMatch(/^https?:\/\/\S+$/);
    const all = [...letters, ...heldout, ...fresh, ...fresh2, ...fresh3, ...fresh4, ...fresh5, ...fresh6];
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
  });

  test('should pin each letter', () => {
    expect(report(fresh6)).toMatchInlineSnapshot(`
      [
        "fresh6-database-kept: WRONG company:ok role:ok sender:ok recruiter:ok",
        "fresh6-merit-statement: ok company:ok role:ok sender:undefined≠Owen Pryce recruiter:undefined≠true",
        "fresh6-closed-fulfilled: WRONG company:ok role:undefined≠Data Engineer (Contract) recruiter:ok",
        "fresh6-best-qualified: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-stage-update: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-ats-noreply-short: ok company:ok role:ok",
        "fresh6-position-filled-indeed: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-founder-pass: WRONG company:ok role:ok sender:ok recruiter:ok",
        "fresh6-in-review-then-no: ok company:ok role:ok recruiter:ok",
        "fresh6-status-table-no-longer: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-hired-someone-internal: ok company:ok role:ok sender:ok recruiter:undefined≠false",
        "fresh6-recruiter-personal-note: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-sign-off-less: ok company:ok role:ok sender:ok recruiter:ok",
        "fresh6-lookalike-withdraw-accepted: ok",
        "fresh6-lookalike-cancel-interview: ok",
        "fresh6-lookalike-decline-after-research: ok",
        "fresh6-lookalike-received: ok",
        "fresh6-lookalike-still-reviewing: ok",
        "fresh6-lookalike-interview-invite: ok",
        "fresh6-lookalike-offer: ok",
        "fresh6-lookalike-job-alert: WRONG",
        "fresh6-lookalike-if-not-selected: ok",
      ]
    `);
  });
});
