import { analyze } from './analyze.js';
import { RESENTMENT_SCORE } from './rules/tone.js';
import { valence } from './sentiment.js';
import { problemWords } from './vocabulary.js';
import { Context } from './context.js';
import { placeholders } from './rules/placeholder.js';
import { tone } from './rules/tone.js';
import { defaultThresholds } from './thresholds.js';

const MAYBE_PLACEHOLDER = /[[{<]|TODO|TBD|XXX|FIXME/;
const MAYBE_SCREENING =
  /\b(?:hr|ats)\b|recruit|screen|talent|hiring|applicant|system|process|portal|reject|turned down|human resources/i;

/** A word the resentment rule scores as an insult or a swear word on its own ("ass", "bullshit"). */
function offensiveWord(value: string): string | undefined {
  for (const word of value.toLowerCase().split(/[^a-z']+/)) {
    if (word.length > 0 && !problemWords.has(word) && valence(word) <= RESENTMENT_SCORE) return word;
  }
  return undefined;
}

/**
 * What would make any draft built with this field value fail its own checks: a leftover
 * placeholder, blame of the screening, or a swear word or insult (which `tone/resentment` blocks
 * in any sentence that also says "you"). Schemas refuse such values with this message, so a
 * draft from valid input never carries an error-level finding.
 */
export function fieldTrouble(value: string): string | undefined {
  const offensive = offensiveWord(value);
  if (offensive !== undefined) {
    return `Expected words a manager can read without offence, found "${offensive}": sidedoor will not draft a message with a swear word or an insult.`;
  }
  // Most values have neither a bracket nor a word about the screening: skip the analysis.
  if (!MAYBE_PLACEHOLDER.test(value) && !MAYBE_SCREENING.test(value)) return undefined;
  const ctx = new Context(analyze(value), {}, defaultThresholds, undefined);
  placeholders(ctx);
  const placeholder = ctx.findings.find((f) => f.rule === 'placeholder/left');
  if (placeholder !== undefined) return `Expected real words, found the placeholder "${placeholder.excerpt}".`;
  tone(ctx);
  const blame = ctx.findings.find((f) => f.rule === 'tone/hr-criticism');
  if (blame !== undefined) {
    return 'Expected a neutral word about the screening: sidedoor will not draft a message that blames HR, recruiters or the rejection.';
  }
  return undefined;
}
