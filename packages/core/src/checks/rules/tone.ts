import type { Token } from '../analyze.js';
import type { Context } from '../context.js';
import type { PhraseHit } from '../phrases.js';
import { valence } from '../sentiment.js';
import {
  blame,
  desperation,
  hedging,
  insultWords,
  negators,
  problemWords,
  resentmentPhrases,
  resentmentTargets,
  screeners,
} from '../vocabulary.js';

/** Most negative sentiment (AFINN) a sentence aimed at someone may carry before it reads as resentful. */
export const RESENTMENT_SCORE = -4;

/**
 * Sentiment of a sentence's judging words: AFINN values, with words that name a business problem
 * left out and a positive word after "not"/"never" counted as negative. Returns the sum of the
 * negative values and the sum of all.
 */
function judgement(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { negative: number; total: number } {
  let negative = 0;
  let total = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    const word = token.lower;
    if (problemWords.has(word)) continue;
    // A capitalised word inside a sentence is a name ("Hi Odd,", "Sam Hatt"), not a judgement;
    // shouting in capitals still counts.
    if (i > from && isName(text, token)) continue;
    let v = valence(word);
    if (insultWords.has(word)) v = Math.min(v, RESENTMENT_SCORE);
    if (v === 0) continue;
    const before = i > from ? (tokens[i - 1] as Token).lower : '';
    const before2 = i > from + 1 ? (tokens[i - 2] as Token).lower : '';
    if (v > 0 && (negators.has(before) || negators.has(before2) || before.endsWith("n't"))) v = -v;
    if (v < 0) negative += v;
    total += v;
  }
  return { negative, total };
}

/** Whether a token is written with a capital but not all in capitals: a name, mid-sentence. */
function isName(text: string, token: Token): boolean {
  let upper = false;
  let lower = false;
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  return upper && lower;
}

/** `tone/hr-criticism`, `tone/hedging`, `tone/desperation`, `focus/self`. */
export function tone(ctx: Context): void {
  const { tokens } = ctx;
  const keep = ctx.anyBody;

  // Blame and a screener in the same sentence.
  const screenerSentences = new Set<number>();
  for (const hit of ctx.find(screeners, keep)) screenerSentences.add(tokens[hit.from]!.sentence);
  const reported = new Set<number>();
  if (screenerSentences.size > 0) {
    for (const hit of ctx.find(blame, keep)) {
      const sentenceIndex = tokens[hit.from]!.sentence;
      if (!screenerSentences.has(sentenceIndex) || reported.has(sentenceIndex)) continue;
      reported.add(sentenceIndex);
      const sentence = ctx.analysis.sentences[sentenceIndex];
      ctx.report(
        'tone/hr-criticism',
        `Expected a neutral word about the screening, found blame ("${ctx.quote(hit)}").`,
        {
          at: sentence === undefined ? ctx.span(hit) : { start: sentence.start, end: sentence.end },
          fix: 'Cut the sentence, or say it neutrally after your ask: "(I have also applied online for the role.)"',
        },
      );
    }
  }

  // Resentment: a sentence aimed at the reader, the company, the process or the decision that
  // is strongly negative, or that says one of the resentful things a coach always cuts.
  const resented = reported;
  const phraseHits = new Map<number, PhraseHit<true>>();
  for (const hit of ctx.find(resentmentPhrases, keep)) {
    const index = tokens[hit.from]!.sentence;
    if (!phraseHits.has(index)) phraseHits.set(index, hit);
  }
  const targeted = new Set<number>();
  for (const hit of ctx.find(resentmentTargets, keep)) targeted.add(tokens[hit.from]!.sentence);
  const sentences = ctx.analysis.sentences;
  for (let index = 0; index < sentences.length; index++) {
    if (resented.has(index)) continue;
    const sentence = sentences[index]!;
    const phrase = phraseHits.get(index);
    let why: string | undefined;
    if (phrase !== undefined) why = `"${ctx.quote(phrase)}"`;
    else if (targeted.has(index)) {
      const { negative, total } = judgement(ctx.text, tokens, sentence.from, sentence.to);
      if (negative <= RESENTMENT_SCORE && total <= RESENTMENT_SCORE + 2)
        why = `a sentence scored ${total} for sentiment`;
    }
    if (why === undefined) continue;
    resented.add(index);
    ctx.report(
      'tone/resentment',
      `Expected a gracious, forward-looking tone, found blame or sarcasm aimed at the reader, the company or the decision (${why}).`,
      {
        at: { start: sentence.start, end: sentence.end },
        fix: 'Cut this sentence. If you write back at all, thank them, say what you still offer, and leave the decision alone.',
        replacement: '',
      },
    );
  }

  for (const hit of ctx.find(hedging, keep)) {
    // No advice on how to sound surer of a complaint: the sentence is to be cut.
    if (resented.has(tokens[hit.from]!.sentence)) continue;
    const words = ctx.quote(hit);
    ctx.report(
      'tone/hedging',
      `Expected confident wording, found ${hit.tag === 'apology' ? 'an apology or hedge' : 'a hedge'} ("${words}").`,
      {
        at: ctx.span(hit),
        ...(hit.tag === 'word'
          ? { fix: `Delete "${words}".`, replacement: '' }
          : { fix: 'Say it plainly; the reader will not mind a direct note.' }),
      },
    );
  }

  for (const hit of ctx.find(desperation, keep)) {
    ctx.report('tone/desperation', `Expected the tone of a peer offering value, found "${ctx.quote(hit)}".`, {
      severity: hit.tag === 'strong' ? 'error' : 'warning',
      at: ctx.span(hit),
      fix:
        hit.tag === 'strong'
          ? 'Cut the plea: a manager meets a peer who brings a result, not someone who begs. Say what you did and what you would do for this team.'
          : 'Replace it with the result you would bring to this team.',
    });
  }

  const self = ctx.selfWords;
  const other = ctx.youWords;
  const ratio = ctx.thresholds.selfFocusRatio;
  if (self >= ctx.thresholds.selfFocusMinWords && self > ratio * other) {
    ctx.report(
      'focus/self',
      `Expected at most ${ratio} first-person words (I, me, my) per "you" or "your", found ${self} to ${other}.`,
      { fix: 'Turn a sentence about you into one about their team: "your checkout" rather than "my experience".' },
    );
  }
}
