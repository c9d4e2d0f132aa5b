// The rules that run for some kinds only: the intro checklist, the call script's, LinkedIn's
// limit. `check()` runs them all (each for its kinds); a builder passes its own kind's list, so a
// bundle keeps only the rules of the kinds it drafts (the Outlook pane: pitch and intro request).
import type { Kind } from '../kinds.js';
import type { Context } from './context.js';
import { call } from './rules/call.js';
import { channel } from './rules/counts.js';
import { intro } from './rules/intro.js';

/** A rule that runs only for `kinds`; `runChecks` never runs it for another kind. */
export interface KindRule {
  readonly kinds: readonly Kind[];
  run(ctx: Context): void;
}

/** The kind rules a builder of `kind` passes: exactly those whose kinds include it. */
export interface KindRules<K extends Kind> {
  readonly kind: K;
  readonly rules: readonly KindRule[];
}

/** `intro/*`: the intro request's checklist and the forwardable note inside it. */
export const introRule: KindRule = { kinds: ['introRequest', 'forwardableBlurb'], run: intro };
/** `call/*`: a call script's length and its name and number said twice. */
export const callRule: KindRule = { kinds: ['callScript'], run: call };
/** `channel/limit`: a LinkedIn note's characters. */
export const channelRule: KindRule = { kinds: ['linkedinNote'], run: channel };

/** Every kind rule, in the order `check()` runs them (after the rules of every kind). */
export const kindRules: readonly KindRule[] = [introRule, callRule, channelRule];

// One constant per kind (not a table of all), so that importing one leaves the others' rules out.
/** The kind rules of `managerPitch`. */
export const managerPitchRules: KindRules<'managerPitch'> = { kind: 'managerPitch', rules: [] };
/** The kind rules of `introRequest`. */
export const introRequestRules: KindRules<'introRequest'> = { kind: 'introRequest', rules: [introRule] };
/** The kind rules of `forwardableBlurb`. */
export const forwardableBlurbRules: KindRules<'forwardableBlurb'> = { kind: 'forwardableBlurb', rules: [introRule] };
/** The kind rules of `followUp`. */
export const followUpRules: KindRules<'followUp'> = { kind: 'followUp', rules: [] };
/** The kind rules of `callScript`. */
export const callScriptRules: KindRules<'callScript'> = { kind: 'callScript', rules: [callRule] };
/** The kind rules of `linkedinNote`. */
export const linkedinNoteRules: KindRules<'linkedinNote'> = { kind: 'linkedinNote', rules: [channelRule] };
/** The kind rules of `thankYou`. */
export const thankYouRules: KindRules<'thankYou'> = { kind: 'thankYou', rules: [] };
