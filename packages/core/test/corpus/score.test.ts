import { decide, loadCorpus, score, type Decision, type Rates, type Split } from './score';

const corpus = loadCorpus();
const outreach = corpus.filter((m) => m.kind !== null);
const rate = ([n, d]: [number, number]) => (d === 0 ? 1 : n / d);

/**
 * The rates measured when the corpus was written (see README.md), pinned so that a change that
 * lowers them fails. Raise them when the checks improve. The fresh split was written before the
 * inference was tuned for confidence and intro requests, and scored once at the end; fresh2 was
 * written before its misses were fixed, and scored once after.
 */
const pinned: Record<Split, Record<'withKind' | 'noKind', Omit<Rates, 'misses' | 'kind'>>> = {
  tune: {
    withKind: { caught: [43, 43], blocked: [39, 39], accepted: [40, 40] },
    noKind: { caught: [43, 43], blocked: [39, 39], accepted: [40, 40] },
  },
  held: {
    withKind: { caught: [19, 19], blocked: [18, 18], accepted: [20, 20] },
    noKind: { caught: [19, 19], blocked: [18, 18], accepted: [20, 20] },
  },
  fresh: {
    // The three misses of the first scoring (a resentful reply with no blame word, an ask written
    // "I'd like 15 minutes…", a forwardable note read as a pitch) were fixed as families after it.
    withKind: { caught: [13, 13], blocked: [12, 12], accepted: [11, 11] },
    noKind: { caught: [13, 13], blocked: [12, 12], accepted: [11, 11] },
  },
  fresh2: {
    // Written before that second round of tuning and scored once after it. Its one miss, an intro
    // request that chains several asks in one question (fresh2-intro-02), was fixed as a family
    // (asks chained in one sentence count as more than one for intro/one-ask).
    withKind: { caught: [11, 11], blocked: [8, 8], accepted: [10, 10] },
    noKind: { caught: [11, 11], blocked: [8, 8], accepted: [10, 10] },
  },
  fresh3: {
    // Written before the fixes for fresh2's misses, and scored once after them.
    withKind: { caught: [12, 12], blocked: [9, 9], accepted: [10, 10] },
    noKind: { caught: [12, 12], blocked: [9, 9], accepted: [10, 10] },
  },
};

/** The outreach decision (`outreachKind`, as a send check makes it), pinned the same way. */
const decisions: Record<Split, Omit<Decision, 'misses'>> = {
  // One reply accepting an interview (day-51) still reads as a follow-up, with nothing to stop.
  tune: { outreach: [82, 83], stopped: [39, 39], everydayOutreach: [1, 52], everydayBlocked: [0, 52] },
  held: { outreach: [38, 39], stopped: [18, 18], everydayOutreach: [0, 0], everydayBlocked: [0, 0] },
  fresh: { outreach: [24, 24], stopped: [12, 12], everydayOutreach: [0, 6], everydayBlocked: [0, 6] },
  // An everyday "Re:" reply asking a colleague for 15 minutes is read as a follow-up, but not stopped.
  fresh2: { outreach: [21, 21], stopped: [8, 8], everydayOutreach: [1, 6], everydayBlocked: [0, 6] },
  // A forwardable note of adjectives with no subject sign (fresh3-blurb-03) reads as a weak pitch,
  // and a voicemail with no number (fresh3-call-02) as ordinary mail.
  fresh3: { outreach: [20, 22], stopped: [8, 9], everydayOutreach: [0, 5], everydayBlocked: [0, 5] },
};

describe('check() on the corpus', () => {
  test('should hold at least 120 outreach messages across all seven kinds, and 30 everyday ones, each with a source', () => {
    expect(outreach.length).toBeGreaterThanOrEqual(120);
    expect(new Set(outreach.map((m) => m.kind)).size).toBe(7);
    expect(corpus.filter((m) => m.kind === null && m.split === 'tune').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((m) => m.split === 'fresh' && m.kind !== null).length).toBeGreaterThanOrEqual(20);
    const fresh2 = corpus.filter((m) => m.split === 'fresh2');
    expect(fresh2.filter((m) => m.kind !== null).length).toBeGreaterThanOrEqual(20);
    expect(new Set(fresh2.map((m) => m.kind)).size).toBe(8);
    expect(fresh2.filter((m) => m.kind === null).length).toBeGreaterThanOrEqual(5);
    const fresh3 = corpus.filter((m) => m.split === 'fresh3');
    expect(fresh3.filter((m) => m.kind !== null).length).toBeGreaterThanOrEqual(20);
    expect(new Set(fresh3.map((m) => m.kind)).size).toBe(8);
    expect(fresh3.filter((m) => m.kind === null).length).toBeGreaterThanOrEqual(5);
    expect(fresh3.filter((m) => m.label === 'bad' && m.block).length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
    expect(outreach.filter((m) => m.split !== 'tune').length).toBeGreaterThanOrEqual(Math.floor(outreach.length * 0.3));
  });

  test.each(['tune', 'held', 'fresh', 'fresh2', 'fresh3'] as const)(
    '%s split: rates should not fall below the pinned ones',
    (split) => {
      const messages = corpus.filter((m) => m.split === split);
      for (const [mode, withKind] of [
        ['withKind', true],
        ['noKind', false],
      ] as const) {
        const got = score(messages, withKind);
        const want = pinned[split][mode];
        for (const key of ['caught', 'blocked', 'accepted'] as const) {
          expect({ split, mode, key, rate: rate(got[key]) >= rate(want[key]) - 1e-9 || got.misses }).toEqual({
            split,
            mode,
            key,
            rate: true,
          });
        }
      }
    },
  );

  test.each(['tune', 'held', 'fresh', 'fresh2', 'fresh3'] as const)(
    '%s split: the outreach decision should not get worse (outreach taken, bad mail stopped, everyday mail let go)',
    (split) => {
      const got = decide(corpus.filter((m) => m.split === split));
      const want = decisions[split];
      expect({
        outreach: rate(got.outreach) >= rate(want.outreach) - 1e-9 || got.misses,
        stopped: rate(got.stopped) >= rate(want.stopped) - 1e-9 || got.misses,
        everydayOutreach: got.everydayOutreach[0] <= want.everydayOutreach[0] || got.misses,
        everydayBlocked: got.everydayBlocked[0] <= want.everydayBlocked[0] || got.misses,
        everyday: got.everydayOutreach[1],
      }).toEqual({
        outreach: true,
        stopped: true,
        everydayOutreach: true,
        everydayBlocked: true,
        everyday: want.everydayOutreach[1],
      });
    },
  );
});
