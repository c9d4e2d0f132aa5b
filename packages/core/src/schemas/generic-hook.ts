/**
 * Whether a `hook` is one the hook rule calls generic ("your team is hiring", "I saw your job
 * posting"). Runs the rule itself (`personalization/hook`) on the hook as a draft says it, so the
 * schema refuses exactly what a draft would be flagged for.
 */
import { analyze } from '../checks/analyze.js';
import { Context } from '../checks/context.js';
import { personalization } from '../checks/rules/personalization.js';
import { defaultThresholds } from '../checks/thresholds.js';
import { hookSentence } from '../builders/phrasing.js';

// Only a hook with one of these words can match a generic-hook phrase; others skip the rule.
const MAYBE_GENERIC = /hir|look|recruit|job|post|\bads?\b|advert|listing|vacanc|open|role|position|grow|expand/i;

/** True when the hook, as a draft says it ("I saw that …"), gives the hook rule nothing specific. */
export function isGenericHook(value: string): boolean {
  if (!MAYBE_GENERIC.test(value)) return false;
  const text = hookSentence(value);
  const ctx = new Context(analyze(text), {}, defaultThresholds, 'managerPitch');
  personalization(ctx);
  return ctx.findings.some((f) => f.rule === 'personalization/hook');
}

/** What the refusal of a generic hook says counts as a hook. */
export const GENERIC_HOOK_MESSAGE =
  'Expected a specific hook in `hook`, found only that the team is hiring, its job posting or the role. A hook says why this team, why now: a launch, an expansion, a move, a problem they named — e.g. "your team is rebuilding checkout ahead of the launch in Germany".';
