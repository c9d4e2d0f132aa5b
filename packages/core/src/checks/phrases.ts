import type { Token } from './analyze.js';

/** A phrase found in a text: token indexes `[from, to)` and the tag it was listed with. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  tag: T;
}

interface Entry<T> {
  rest: string[];
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

/**
 * A set of word sequences matched against tokens in one pass: a map lookup per token, then a
 * comparison with the few phrases that start with that word. A word ending in `*` matches any
 * word with that prefix.
 */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Phrases whose first word is a prefix (`frustrat*`): few, so tried on every token. */
  private readonly byPrefix: (Entry<T> & { prefix: string })[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, tag] of entries) {
      for (const variant of expand(phrase.toLowerCase().replaceAll('\u2019', "'"))) {
        const words = variant.split(' ').filter(Boolean);
        const first = words.shift();
        if (first === undefined) continue;
        if (first.endsWith('*')) {
          this.byPrefix.push({ prefix: first.slice(0, -1), rest: words, tag });
          continue;
        }
        const list = this.byFirst.get(first) ?? [];
        // Longer phrases first, so the longest match wins.
        list.push({ rest: words, tag });
        list.sort((a, b) => b.rest.length - a.rest.length);
        this.byFirst.set(first, list);
      }
    }
  }

  /** Whether any phrase of the set is exactly this text. */
  has(phrase: string): boolean {
    const words = phrase.toLowerCase().split(' ');
    const list = this.byFirst.get(words[0] ?? '');
    return list?.some((e) => e.rest.join(' ') === words.slice(1).join(' ')) ?? false;
  }

  /** Finds phrases in `tokens[from, to)` for which `keep(token)` holds, left to right, without overlaps. */
  find(tokens: readonly Token[], from: number, to: number, keep: (t: Token) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = from;
    while (i < to) {
      const token = tokens[i] as Token;
      let list = keep(token) ? this.byFirst.get(token.lower) : undefined;
      if (this.byPrefix.length > 0 && keep(token)) {
        const prefixed = this.byPrefix.filter((e) => token.lower.startsWith(e.prefix));
        if (prefixed.length > 0) list = [...(list ?? []), ...prefixed];
      }
      let matched = 0;
      if (list !== undefined) {
        for (const entry of list) {
          const n = entry.rest.length;
          if (i + 1 + n > to) continue;
          let ok = true;
          for (let k = 0; k < n; k++) {
            const t = tokens[i + 1 + k] as Token;
            const w = entry.rest[k] as string;
            if (!keep(t) || !(w.endsWith('*') ? t.lower.startsWith(w.slice(0, -1)) : t.lower === w)) {
              ok = false;
              break;
            }
          }
          if (ok) {
            hits.push({ from: i, to: i + 1 + n, tag: entry.tag });
            matched = n + 1;
            break;
          }
        }
      }
      i += matched || 1;
    }
    return hits;
  }
}
