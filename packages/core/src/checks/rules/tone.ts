import type { Context } from '../context.js';
import { blame, desperation, hedging, screeners } from '../vocabulary.js';

/** `tone/hr-criticism`, `tone/hedging`, `tone/desperation`, `focus/self`. */
export function tone(ctx: Context): void {
  const { tokens } = ctx;
  const keep = ctx.anyBody;

  // Blame and a screener in the same sentence.
  const screenerSentences = new Set<number>();
  for (const hit of ctx.find(screeners, keep)) screenerSentences.add(tokens[hit.from]!.sentence);
  if (screenerSentences.size > 0) {
    const reported = new Set<number>();
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
          fix: 'Leave the screening out, or say it neutrally: "I applied through the careers page and wanted to reach you directly."',
        },
      );
    }
  }

  for (const hit of ctx.find(hedging, keep)) {
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
      at: ctx.span(hit),
      fix: 'Replace it with the result you would bring to this team.',
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
