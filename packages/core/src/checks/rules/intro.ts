import { Region, type Token } from '../analyze.js';
import { findResult } from '../concrete.js';
import type { Context } from '../context.js';
import type { PhraseHit } from '../phrases.js';
import { earlierMail, helpAsks, optOuts, relationshipSigns } from '../vocabulary.js';

const HELP_LABEL = {
  introduce: 'introduce you',
  urge: 'urge the manager to reach out',
  meeting: 'set up a meeting',
} as const;

/** `intro/one-ask`, `intro/opt-out`, `intro/relationship`, `intro/blurb`, `intro/contacts`. */
export function intro(ctx: Context): void {
  if (ctx.kind === 'forwardableBlurb') {
    // A note written to be forwarded must stand on its own, like the blurb of an intro request.
    for (const hit of ctx.find(earlierMail, ctx.anyBody)) {
      ctx.report(
        'intro/blurb',
        `Expected the forwardable note to stand on its own, found a reference to other mail ("${ctx.quote(hit)}").`,
        { at: ctx.span(hit), fix: 'Say it in the note itself; the manager will not see the rest of the thread.' },
      );
    }
    return;
  }
  if (ctx.kind !== 'introRequest') return;
  const { tokens, text } = ctx;
  const n = tokens.length;
  const main = ctx.main;

  const hits = ctx.find(helpAsks, main);
  const distinct = new Set(hits.map((h) => h.tag));
  const chained = chainedAsk(hits, tokens);
  if (distinct.size === 0) {
    ctx.report(
      'intro/one-ask',
      'Expected one clear ask of the contact — introduce you, urge the manager to reach out, or set up a meeting — found none.',
      { fix: 'Ask for one thing, e.g. "Would you be willing to introduce me to Sam?"' },
    );
  } else if (distinct.size === 1 && chained !== undefined) {
    ctx.report(
      'intro/one-ask',
      `Expected exactly one ask, found ${chained.count} chained in one sentence ("${ctx.quote(chained.second)}").`,
      {
        severity: 'warning',
        at: ctx.span(chained.second),
        fix: 'Keep the one ask that is easiest for the contact to say yes to.',
      },
    );
  } else if (distinct.size > 1) {
    const second = hits.find((h) => h.tag !== hits[0]!.tag)!;
    ctx.report(
      'intro/one-ask',
      `Expected exactly one ask, found ${distinct.size}: ${[...distinct].map((d) => HELP_LABEL[d]).join(', ')}.`,
      {
        severity: 'warning',
        at: ctx.span(second),
        fix: 'Keep the one ask that is easiest for the contact to say yes to.',
      },
    );
  }

  if (ctx.find(optOuts, main).length === 0) {
    ctx.report('intro/opt-out', 'Expected an easy way out for the contact, found none.', {
      fix: 'Add a line such as "If you’d rather not, no problem at all."',
    });
  }

  if (ctx.find(relationshipSigns, main).length === 0) {
    ctx.report('intro/relationship', 'Expected a line on how the contact knows the manager, found none.', {
      fix: 'Say why you are asking them: "You worked with Sam at Acme."',
    });
  }

  const blurb = ctx.analysis.blurb;
  if (blurb === undefined) {
    ctx.report(
      'intro/blurb',
      'Expected a forwardable note between separator lines (e.g. "---- Note to forward ----"), found none.',
      { fix: 'Add a short note the contact can forward to the manager unedited.' },
    );
  } else {
    const inBlurb = (t: { region: Region }) => t.region === Region.BlurbBody;
    for (const hit of ctx.find(earlierMail, inBlurb)) {
      ctx.report(
        'intro/blurb',
        `Expected the forwardable note to stand on its own, found a reference to other mail ("${ctx.quote(hit)}").`,
        {
          at: ctx.span(hit),
          fix: 'Say it in the note itself; the manager will not see the rest of the thread.',
        },
      );
    }
    if (findResult(tokens, 0, n, text, inBlurb) === -1) {
      ctx.report('intro/blurb', 'Expected the forwardable note to name a concrete result, found none.', {
        at: { start: blurb.start, end: blurb.end },
        fix: 'Add your strongest result: the manager decides on the note alone.',
      });
    }
    const contact = ctx.analysis.links.some((l) => l.start >= blurb.start && l.end <= blurb.end);
    if (!contact) {
      ctx.report(
        'intro/blurb',
        'Expected contact details (an email address or a link) in the forwardable note, found none.',
        {
          at: { start: blurb.start, end: blurb.end },
          fix: 'End the note with your email address.',
        },
      );
    }
  }

  const asked = ctx.options.contactsAsked;
  if (asked !== undefined && asked > ctx.thresholds.contactsPerManager) {
    ctx.report(
      'intro/contacts',
      `Expected at most ${ctx.thresholds.contactsPerManager} contacts asked about the same manager, found ${asked}.`,
      { fix: 'Ask the one or two people who know the manager best.' },
    );
  }
}

/**
 * Several asks chained in one sentence ("introduce me, or pass my resume along, or ask her to call
 * me"): the most asks that do not overlap in any one sentence, and where the second one starts.
 * Hits come in text order, so one pass suffices; "introduce me to Sam and Lee" is one ask.
 */
function chainedAsk(
  hits: readonly PhraseHit<string>[],
  tokens: readonly Token[],
): { count: number; second: PhraseHit<string> } | undefined {
  let best: { count: number; second: PhraseHit<string> } | undefined;
  let sentence = -2;
  let count = 0;
  let end = -1;
  let second: PhraseHit<string> | undefined;
  for (const hit of hits) {
    const at = tokens[hit.from]!.sentence;
    if (at !== sentence || at === -1) {
      sentence = at;
      count = 1;
      end = hit.to;
      second = undefined;
      continue;
    }
    if (hit.from < end) continue;
    count++;
    end = hit.to;
    second ??= hit;
    if (best === undefined || count > best.count) best = { count, second };
  }
  return best;
}
