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

interface Compiled {
  set: number;
  first: string;
  prefix: boolean;
  rest: string[];
  tag: unknown;
}

/** Hits of every set of a lexicon, by set. */
export type LexiconHits = Map<PhraseSet<unknown>, PhraseHit<unknown>[]>;

/**
 * Every phrase set, matched in one pass: per token, one map lookup for exact first words and one
 * for prefixed first words (by their first three letters), then a comparison with the few
 * phrases found. Within a set, matches do not overlap and the longest wins.
 */
export class Lexicon {
  private readonly exact = new Map<string, Compiled[]>();
  private readonly prefixed = new Map<string, Compiled[]>();

  constructor(private readonly sets: readonly PhraseSet<unknown>[]) {
    sets.forEach((phraseSet, set) => {
      for (const { words, tag } of phraseSet.entries) {
        const [first, ...rest] = words as [string, ...string[]];
        const prefix = first.endsWith('*');
        const entry: Compiled = { set, first: prefix ? first.slice(0, -1) : first, prefix, rest, tag };
        const map = prefix ? this.prefixed : this.exact;
        const key = prefix ? entry.first.slice(0, 3) : first;
        const list = map.get(key) ?? [];
        list.push(entry);
        list.sort((a, b) => b.rest.length - a.rest.length);
        map.set(key, list);
      }
    });
  }

  /** Finds every phrase whose tokens all satisfy `keep` and lie in one region. */
  scan(tokens: readonly Token[], keep: (t: Token) => boolean): LexiconHits {
    const hits: PhraseHit<unknown>[][] = this.sets.map(() => []);
    const busy = new Int32Array(this.sets.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!keep(token)) continue;
      const exact = this.exact.get(token.lower);
      if (exact !== undefined) this.try(exact, tokens, i, token.region, busy, hits, keep);
      if (token.lower.length >= 3) {
        const prefixed = this.prefixed.get(token.lower.slice(0, 3));
        if (prefixed !== undefined) this.try(prefixed, tokens, i, token.region, busy, hits, keep);
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
    keep: (t: Token) => boolean,
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
        if (
          t.region !== region ||
          !keep(t) ||
          !(w.endsWith('*') ? t.lower.startsWith(w.slice(0, -1)) : t.lower === w)
        ) {
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
