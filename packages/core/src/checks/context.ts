import type { Kind } from '../kinds.js';
import { Region, type Analysis, type Token } from './analyze.js';
import { ruleById, type Severity } from './catalog.js';
import type { LexiconHits, PhraseHit, PhraseSet } from './phrases.js';
import { lexicon } from './vocabulary.js';
import type { Thresholds } from './thresholds.js';
import type { CheckOptions, Finding } from './types.js';
import { excerptOf } from './excerpt.js';

/** Most findings one rule reports on one text; further ones are left out (the report stays small on huge texts). */
export const MAX_FINDINGS_PER_RULE = 25;

/** Any body text, blurb included: the tokens phrase sets are matched on. */
export const anyBody = (t: Token): boolean => t.region === Region.Body || t.region === Region.BlurbBody;

/** What every rule receives. */
export class Context {
  readonly findings: Finding[] = [];
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens counted as the message body for this kind (an intro request's blurb excluded). */
  readonly counted: (t: Token) => boolean;
  /** The main body only, never the blurb. */
  readonly main: (t: Token) => boolean = (t) => t.region === Region.Body;
  /** Any body text, blurb included. */
  readonly anyBody: (t: Token) => boolean = anyBody;
  /** First-person (I, me, my…) and second-person (you, your…) words of the body, counted by `check`. */
  selfWords = 0;
  youWords = 0;
  private readonly perRule = new Map<string, number>();
  private hits: LexiconHits | undefined;

  constructor(
    readonly analysis: Analysis,
    readonly options: CheckOptions,
    readonly thresholds: Thresholds,
    readonly kind: Kind | undefined,
    hits?: LexiconHits,
  ) {
    this.hits = hits;
    this.text = analysis.text;
    this.tokens = analysis.tokens;
    this.counted = kind === 'introRequest' ? this.main : this.anyBody;
  }

  /** Hits of a phrase set whose first token `keep` accepts; every set is matched once, on first use. */
  find<T>(set: PhraseSet<T>, keep: (t: Token) => boolean): PhraseHit<T>[] {
    this.hits ??= lexicon.scan(this.tokens, this.anyBody);
    const all = (this.hits.get(set) ?? []) as PhraseHit<T>[];
    return keep === this.anyBody ? all : all.filter((h) => keep(this.tokens[h.from]!));
  }

  /** Reports a finding; `at` is a character span or a phrase hit (token indexes). */
  report(
    rule: string,
    message: string,
    extra: { severity?: Severity; at?: { start: number; end: number }; fix?: string; replacement?: string } = {},
  ): void {
    const info = ruleById.get(rule);
    if (info === undefined) throw new Error(`Unknown rule ${rule}`);
    const count = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, count);
    if (count > MAX_FINDINGS_PER_RULE) return;
    const finding: Finding = {
      rule,
      severity: extra.severity ?? info.severity,
      message,
      rationale: info.rationale,
      source: info.source,
    };
    if (extra.at !== undefined) {
      finding.start = extra.at.start;
      finding.end = extra.at.end;
      finding.excerpt = excerptOf(this.text, extra.at.start, extra.at.end);
    }
    if (extra.fix !== undefined) finding.fix = extra.fix;
    if (extra.replacement !== undefined) finding.replacement = extra.replacement;
    this.findings.push(finding);
  }

  /** The character span of a phrase hit. */
  span(hit: PhraseHit<unknown> | { from: number; to: number }): { start: number; end: number } {
    return { start: (this.tokens[hit.from] as Token).start, end: (this.tokens[hit.to - 1] as Token).end };
  }

  /** Words as they appear in the text, for messages. */
  quote(hit: { from: number; to: number }): string {
    const { start, end } = this.span(hit);
    return this.text.slice(start, end);
  }

  /** The span from the first to the last token `keep` accepts, if any. */
  bodySpan(keep: (t: Token) => boolean): { start: number; end: number } | undefined {
    let first: Token | undefined;
    let last: Token | undefined;
    for (const t of this.tokens) {
      if (!keep(t)) continue;
      first ??= t;
      last = t;
    }
    return first === undefined || last === undefined ? undefined : { start: first.start, end: last.end };
  }
}
