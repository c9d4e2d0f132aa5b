/**
 * Whether a follow-up's `update` is only a status check. Reuses the checks' own phrase list
 * (`followup/no-new-value`), so the schema refuses exactly what the rule would flag.
 */
import { analyze } from '../checks/analyze.js';
import { isConcrete } from '../checks/concrete.js';
import { Context } from '../checks/context.js';
import { defaultThresholds } from '../checks/thresholds.js';
import { statusOnly } from '../checks/vocabulary.js';

// Something made for the manager is new value even without a number.
const ARTIFACT =
  /\b(?:plan|sketch|sketched|mock-?up|prototype|draft(?:ed)?|test(?:ed)?|analysis|analy[sz]ed|audit(?:ed)?|mapped|map|model|deck|write-?up|wrote|memo|demo|found|research(?:ed)?)\b/i;
const MAYBE_STATUS = /follow|check|circl|bump|update|news|status|receive|get|see/i;

/**
 * True when `value` asks for status ("just following up", "any update", "checking in") and
 * names nothing concrete: no result, no number, no artifact.
 */
export function isStatusCheck(value: string): boolean {
  if (!MAYBE_STATUS.test(value)) return false;
  const ctx = new Context(analyze(value), {}, defaultThresholds, undefined);
  return ctx.find(statusOnly, ctx.anyBody).length > 0 && !isConcrete(value) && !ARTIFACT.test(value);
}

/** What the refusal of a status-check update says counts as new value. */
export const STATUS_CHECK_MESSAGE =
  'Expected something new for the manager in `update`, found only a status check. New value is a result, an artifact (a plan, a sketch, a test you ran) or news that bears on their problem — e.g. "I mapped your pay calendar against Workday\'s cutoffs and found two dates that collide".';
