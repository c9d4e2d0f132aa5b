import { decide, loadCorpus, score, type Decision, type Rates, type Split } from './score';

const corpus = loadCorpus();
const outreach = corpus.filter((m) => m.kind !== null);
const rate = ([n, d]: [number, number]) => (d === 0 ? 1 : n / d);

/**
 * The rates measured when the corpus was written (see README.md), pinned so that a change that
 * lowers them fails. Raise them when the checks improve. The fresh split was written before the
 * inference was tuned for confidence and intro requests, and scored once at the end.
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
    // A resentful reply without a blame word (fresh-follow-03) is missed; a call script whose ask
    // is "I'd like 15 minutes…" (fresh-call-01) is taken for one with no ask.
    withKind: { caught: [12, 13], blocked: [12, 12], accepted: [10, 11] },
    noKind: { caught: [12, 13], blocked: [12, 12], accepted: [10, 11] },
  },
};

/** The outreach decision (`outreachKind`, as a send check makes it), pinned the same way. */
const decisions: Record<Split, Omit<Decision, 'misses'>> = {
  tune: { outreach: [82, 83], stopped: [39, 39], everydayOutreach: [0, 38], everydayBlocked: [0, 38] },
  held: { outreach: [36, 39], stopped: [16, 18], everydayOutreach: [0, 0], everydayBlocked: [0, 0] },
  fresh: { outreach: [22, 24], stopped: [10, 12], everydayOutreach: [0, 6], everydayBlocked: [0, 6] },
};

describe('check() on the corpus', () => {
  test('should hold at least 120 outreach messages across all seven kinds, and 30 everyday ones, each with a source', () => {
    expect(outreach.length).toBeGreaterThanOrEqual(120);
    expect(new Set(outreach.map((m) => m.kind)).size).toBe(7);
    expect(corpus.filter((m) => m.kind === null && m.split === 'tune').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((m) => m.split === 'fresh' && m.kind !== null).length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
    expect(outreach.filter((m) => m.split !== 'tune').length).toBeGreaterThanOrEqual(Math.floor(outreach.length * 0.3));
  });

  test.each(['tune', 'held', 'fresh'] as const)('%s split: rates should not fall below the pinned ones', (split) => {
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
  });

  test.each(['tune', 'held', 'fresh'] as const)(
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
