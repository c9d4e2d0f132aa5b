// Text shapes for timing check(): runs of letters, dots, spaces, newlines, quotes and brackets
// whose lengths grow with the size, so a scan that looks ahead or back per character shows up
// as a ratio far above 10 between 100 KB and 10 KB. Shared by `pnpm bench` and the core's
// linear-time property test.

/** What a run is made of. */
export const PIECES = ['a', '.', ' ', '\n', '"', "'", '(', ')', '[', ']', 'word ', '{{', '<', '?', '5', '@'];

/**
 * Builds a text of `size` characters from `runs`: each run is `[piece index, share]`, repeated
 * until the run fills its share of the size; the whole is cut to `size`.
 */
export function shapeText(runs, size) {
  const total = runs.reduce((sum, [, share]) => sum + share, 0) || 1;
  let out = '';
  for (const [piece, share] of runs) {
    const p = PIECES[piece % PIECES.length];
    const length = Math.max(1, Math.round((share / total) * size));
    out += p.repeat(Math.ceil(length / p.length)).slice(0, length);
  }
  while (out.length < size) out += out.slice(0, size - out.length);
  return out.slice(0, size);
}

/** A small seeded generator (mulberry32), so the bench's shapes are the same every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random shapes of 1–6 runs, from `seed`. */
export function randomShapes(count, seed = 11) {
  const next = random(seed);
  const shapes = [
    // The shape that used to be quadratic: "a", many dots, many spaces.
    [
      [0, 1e-9],
      [1, 1],
      [2, 1],
    ],
  ];
  while (shapes.length < count) {
    const runs = [];
    const n = 1 + Math.floor(next() * 6);
    for (let i = 0; i < n; i++) runs.push([Math.floor(next() * PIECES.length), 0.05 + next()]);
    shapes.push(runs);
  }
  return shapes;
}
