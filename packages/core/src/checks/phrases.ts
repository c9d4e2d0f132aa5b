import type { Region, Token } from './analyze.js';

/** A phrase found in a text: token indexes `[from, to)` and the tag it was listed with. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  tag: T;
}

/**
 * Expands `a (b|c) d` into `a b d` and `a c d`, so lists stay short and readable.
 */
function expand(phrase: string): string[] {
  const open = phrase.indexOf('(');
  if (open === -1) return [phrase];
  const close = phrase.indexOf(')', open);
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => expand(`${head}${choice}${tail}`))
    .map((s) => s.replace(/ {2,}/g, ' ').trim());
}

/** One expanded phrase: its words, the tag it was listed with. */
export interface PhraseEntry<T> {
  words: string[];
  tag: T;
}

/**
 * A list of word sequences to look for. A word ending in `*` matches any word with that prefix;
 * `(a|b)` gives alternatives. All sets are matched together by a `Lexicon`, in one pass.
 */
export class PhraseSet<T> {
  readonly entries: PhraseEntry<T>[] = [];

  constructor(list: Iterable<readonly [string, T]>) {
    for (const [phrase, tag] of list) {
      for (const variant of expand(phrase.toLowerCase().replaceAll('\u2019', "'"))) {
        const words = variant.split(' ').filter(Boolean);
        if (words.length > 0) this.entries.push({ words, tag });
      }
    }
  }
}

/**
 * The first three UTF-16 units of a word folded into a small integer: a map key that needs no
 * allocation. Distinct non-ASCII words may share a key; matches are confirmed with `startsWith`.
 */
function key3(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

interface Compiled {
  set: number;
  first: string;
  prefix: boolean;
  rest: string[];
  tag: unknown;
}

/** Hits of every set of a lexicon, by set. */
export type LexiconHits = Map<PhraseSet<unknown>, PhraseHit<unknown>[]>;

/** Phrases that start with one word, indexed by their second word so common first words stay cheap. */
interface Bucket {
  single: Compiled[];
  bySecond: Map<string, Compiled[]>;
  /** Phrases whose second word is a prefix (`word*`). */
  other: Compiled[];
}

function longestFirst(list: Compiled[]): void {
  list.sort((a, b) => b.rest.length - a.rest.length);
}

/**
 * Every phrase set, matched in one pass: per token, one map lookup by its word, then one by the
 * next word, so only the few phrases that can match are compared. Phrases whose first word is a
 * prefix are found by their first three letters. Within a set, matches do not overlap and the
 * longest wins.
 */
export class Lexicon {
  private readonly exact = new Map<string, Bucket>();
  private readonly prefixed = new Map<number, Compiled[]>();

  constructor(private readonly sets: readonly PhraseSet<unknown>[]) {
    sets.forEach((phraseSet, set) => {
      for (const { words, tag } of phraseSet.entries) {
        const [first, ...rest] = words as [string, ...string[]];
        const prefix = first.endsWith('*');
        const entry: Compiled = { set, first: prefix ? first.slice(0, -1) : first, prefix, rest, tag };
        if (prefix) {
          const list = this.prefixed.get(key3(entry.first)) ?? [];
          list.push(entry);
          longestFirst(list);
          this.prefixed.set(key3(entry.first), list);
          continue;
        }
        let bucket = this.exact.get(first);
        if (bucket === undefined) {
          bucket = { single: [], bySecond: new Map(), other: [] };
          this.exact.set(first, bucket);
        }
        const second = rest[0];
        if (second === undefined) bucket.single.push(entry);
        else if (second.endsWith('*')) bucket.other.push(entry);
        else {
          const list = bucket.bySecond.get(second) ?? [];
          list.push(entry);
          longestFirst(list);
          bucket.bySecond.set(second, list);
        }
        longestFirst(bucket.other);
      }
    });
  }

  /** Finds every phrase whose tokens all lie in one body region (see `isBody`). */
  scan(tokens: readonly Token[], isBody: (t: Token) => boolean): LexiconHits {
    const hits: PhraseHit<unknown>[][] = this.sets.map(() => []);
    const busy = new Int32Array(this.sets.length);
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      if (!isBody(token)) continue;
      const bucket = this.exact.get(token.lower);
      if (bucket !== undefined) {
        const next = tokens[i + 1];
        if (next !== undefined && next.region === token.region) {
          const list = bucket.bySecond.get(next.lower);
          if (list !== undefined) this.try(list, tokens, i, token.region, busy, hits);
        }
        if (bucket.other.length > 0) this.try(bucket.other, tokens, i, token.region, busy, hits);
        if (bucket.single.length > 0) this.try(bucket.single, tokens, i, token.region, busy, hits);
      }
      if (token.lower.length >= 3) {
        const prefixed = this.prefixed.get(key3(token.lower));
        if (prefixed !== undefined) this.try(prefixed, tokens, i, token.region, busy, hits);
      }
    }
    const out: LexiconHits = new Map();
    this.sets.forEach((set, index) => out.set(set, hits[index]!));
    return out;
  }

  private try(
    list: Compiled[],
    tokens: readonly Token[],
    i: number,
    region: Region,
    busy: Int32Array,
    hits: PhraseHit<unknown>[][],
  ): void {
    const lower = tokens[i]!.lower;
    for (const entry of list) {
      if (busy[entry.set]! > i) continue;
      if (entry.prefix && !lower.startsWith(entry.first)) continue;
      const n = entry.rest.length;
      if (i + 1 + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const t = tokens[i + 1 + k]!;
        const w = entry.rest[k]!;
        if (t.region !== region || !(w.endsWith('*') ? t.lower.startsWith(w.slice(0, -1)) : t.lower === w)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      hits[entry.set]!.push({ from: i, to: i + 1 + n, tag: entry.tag });
      busy[entry.set] = i + 1 + n;
    }
  }
}
