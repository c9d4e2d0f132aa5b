import fc from 'fast-check';
import { check, type CheckOptions } from '@sidedoor/core';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- plain JavaScript shared with `pnpm bench`
import { PIECES, shapeText } from '../../../../bench/shapes.mjs';

const build = shapeText as (runs: [number, number][], size: number) => string;
const pieces = (PIECES as string[]).length;

/**
 * Best of `runs` timings of one check, in milliseconds: the least disturbed by other processes.
 * Each timing covers `batch` calls, so a check of a fraction of a millisecond is timed precisely.
 */
function best(text: string, options: CheckOptions, runs: number, batch = 1): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (let b = 0; b < batch; b++) check(text, options);
    min = Math.min(min, (performance.now() - t) / batch);
  }
  return min;
}

const MAX_RATIO = 15;
const optionsArb = fc.constantFrom<CheckOptions>(
  {},
  { kind: 'callScript', senderName: 'Alex', senderPhone: '555 0100 123' },
  { kind: 'introRequest' },
  { kind: 'linkedinNote' },
  { kind: 'managerPitch', subject: 'Checkout latency', recipientName: 'Sam Lee', company: 'Acme' },
);

describe('check() in linear time', () => {
  test('"a" + N dots + N spaces (once quadratic) should take about ten times as long at 100 KB as at 10 KB', () => {
    const shape = (n: number) => `a${'.'.repeat(n)}${' '.repeat(n)}`;
    const small = shape(5_000);
    const large = shape(50_000);
    best(small, {}, 3);
    let ratio = best(large, {}, 5) / best(small, {}, 5, 10);
    // Retried once: a single slow sample on a shared machine is not a quadratic scan.
    if (ratio >= MAX_RATIO) ratio = best(large, {}, 9) / best(small, {}, 9, 10);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  test(`random shapes of letters, dots, spaces, newlines, quotes and brackets should stay under ${MAX_RATIO}x from 10 KB to 100 KB`, () => {
    const runArb = fc.tuple(fc.integer({ min: 0, max: pieces - 1 }), fc.double({ min: 0.05, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 6 }), optionsArb, (runs, options) => {
        const small = build(runs, 10_000);
        const large = build(runs, 100_000);
        best(small, options, 2);
        // Retried once: a single slow sample on a shared machine is not a quadratic scan.
        // A quadratic scan gives about 100x at ten times the size, every time; noise does not repeat.
        let ratio = best(large, options, 3) / best(small, options, 3, 10);
        for (let retry = 0; retry < 3 && ratio >= MAX_RATIO; retry++) {
          ratio = Math.min(ratio, best(large, options, 7) / best(small, options, 7, 10));
        }
        return ratio < MAX_RATIO;
      }),
      {
        numRuns: 40,
        seed: 10,
        // The shape that was quadratic ("a", dots, spaces), and the same behind quotes and brackets.
        examples: [
          [
            [
              [0, 0.0001],
              [1, 1],
              [2, 1],
            ],
            {},
          ],
          [
            [
              [0, 0.0001],
              [1, 1],
              [6, 0.2],
              [4, 0.2],
              [2, 1],
            ],
            {},
          ],
        ],
      },
    );
  });
});
