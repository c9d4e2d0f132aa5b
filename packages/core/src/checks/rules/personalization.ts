import type { Context } from '../context.js';
import { genericHooks, hookSigns } from '../vocabulary.js';
import { ruleById } from '../catalog.js';

function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((part) => part.length > 1);
}

/** Words that only say the writer saw something; what they saw decides whether it is a hook. */
const sightings: ReadonlySet<string> = new Set([
  'saw',
  'read',
  'noticed',
  'heard',
  'watched',
  'listened',
  'seen',
  'spotted',
]);
/** How many words may stand between a sighting word and the generic news it introduces ("saw that Acme"). */
const SIGHTING_REACH = 3;

/** `personalization/name`, `personalization/company`, `personalization/hook`. */
export function personalization(ctx: Context): void {
  const { greeting } = ctx.analysis;
  const recipient = ctx.options.recipientName?.trim();
  const nameRule = ruleById.get('personalization/name')!;
  if (ctx.kind !== undefined && nameRule.kinds!.includes(ctx.kind) && greeting === undefined) {
    ctx.report('personalization/name', 'Expected a greeting that names the recipient, found none.', {
      fix: recipient ? `Start with "Hi ${recipient.split(/\s+/)[0]},".` : 'Start with "Hi" and their first name.',
    });
  } else if (greeting !== undefined && recipient) {
    const parts = nameParts(recipient);
    const greeted = greeting.name.split(' ');
    if (parts.length > 0 && !parts.some((p) => greeted.includes(p))) {
      ctx.report(
        'personalization/name',
        `Expected the greeting to name ${recipient}, found "${ctx.text.slice(greeting.start, greeting.end)}".`,
        {
          at: { start: greeting.start, end: greeting.end },
          fix: `Greet them by name: "Hi ${recipient.split(/\s+/)[0]},".`,
        },
      );
    }
  }

  const company = ctx.options.company?.trim();
  if (company) {
    const body = ctx.text.slice(0, ctx.analysis.end).toLowerCase();
    if (!body.includes(company.toLowerCase())) {
      ctx.report('personalization/company', `Expected the message to name ${company}, found no mention.`, {
        fix: `Name ${company} and what you saw there.`,
      });
    }
  }

  if (ctx.kind === 'managerPitch' || ctx.kind === 'linkedinNote') {
    // A hook sign inside "I saw your job posting" or "your team is hiring" says nothing specific,
    // nor does the "saw" that only introduces one ("I noticed that Acme is hiring").
    const generic = ctx.find(genericHooks, ctx.anyBody);
    const { tokens } = ctx;
    let next = 0;
    const specific = ctx.find(hookSigns, ctx.anyBody).filter((hit) => {
      while (next < generic.length && generic[next]!.to <= hit.from) next++;
      const g = generic[next];
      if (g === undefined) return true;
      if (hit.from >= g.from) return false;
      const sighting = sightings.has(tokens[hit.from]!.lower);
      return !(
        sighting &&
        g.from - hit.to <= SIGHTING_REACH &&
        tokens[g.from]!.sentence === tokens[hit.from]!.sentence
      );
    });
    if (specific.length === 0) {
      ctx.report(
        'personalization/hook',
        'Expected a specific hook (a launch, an expansion, a problem the team named), found none; "your team", "you\'re hiring" and the role itself do not count.',
        {
          fix: 'Open with what you saw: "I saw that your team is moving payments to a new platform."',
        },
      );
    }
  }
}
