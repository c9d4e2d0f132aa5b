import { loadCorpus, score, type Rates } from './score';

const corpus = loadCorpus();
const rate = ([n, d]: [number, number]) => (d === 0 ? 1 : n / d);

/**
 * The rates measured when the corpus was written (see README.md), pinned so that a change that
 * lowers them fails. Raise them when the checks improve.
 */
const pinned: Record<'tune' | 'held', Record<'withKind' | 'noKind', Omit<Rates, 'misses' | 'kind'>>> = {
  tune: {
    withKind: { caught: [43, 43], blocked: [39, 39], accepted: [40, 40] },
    noKind: { caught: [43, 43], blocked: [39, 39], accepted: [40, 40] },
  },
  held: {
    withKind: { caught: [19, 19], blocked: [18, 18], accepted: [20, 20] },
    // Two intro requests with no ask at all read as pitches: blocked, but by the pitch's rules.
    noKind: { caught: [17, 19], blocked: [18, 18], accepted: [20, 20] },
  },
};

describe('check() on the corpus', () => {
  test('should hold at least 120 messages across all seven kinds, each with a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(new Set(corpus.map((m) => m.kind)).size).toBe(7);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
    expect(corpus.filter((m) => m.split === 'held').length).toBeGreaterThanOrEqual(Math.floor(corpus.length * 0.3));
  });

  test.each(['tune', 'held'] as const)('%s split: rates should not fall below the pinned ones', (split) => {
    const messages = corpus.filter((m) => m.split === split);
    for (const [mode, withKind] of [
      ['withKind', true],
      ['noKind', false],
    ] as const) {
      const got = score(messages, withKind);
      const want = pinned[split][mode];
      for (const key of ['caught', 'blocked', 'accepted'] as const) {
        expect({
          split,
          mode,
          key,
          rate: rate(got[key]) >= rate(want[key]) - 1e-9 || got.misses,
        }).toEqual({
          split,
          mode,
          key,
          rate: true,
        });
      }
    }
  });
});
