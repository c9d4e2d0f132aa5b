import { InputError, isInputError } from '../errors/input-error.js';
import { isKind, kinds, type Kind } from '../kinds.js';
import type { InputOf } from '../schemas/index.js';
import { callScript } from './call-script.js';
import type { Draft } from './draft.js';
import { followUp } from './follow-up.js';
import { forwardableBlurb } from './forwardable-blurb.js';
import { introRequest } from './intro-request.js';
import { linkedinNote } from './linkedin-note.js';
import { managerPitch } from './manager-pitch.js';
import { thankYou } from './thank-you.js';

/** The builder of every kind, by kind. */
export const builders: { readonly [K in Kind]: (input: InputOf<K>) => Draft } = {
  managerPitch,
  introRequest,
  forwardableBlurb,
  followUp,
  callScript,
  linkedinNote,
  thankYou,
};

/**
 * Drafts a message of the named kind — the same as calling its builder.
 *
 * @throws {InputError} when `kind` is unknown or the input is invalid.
 * @example
 * build('managerPitch', input).report.ready
 */
export function build<K extends Kind>(kind: K, input: InputOf<K>): Draft {
  if (!isKind(kind)) {
    throw new InputError([
      { path: ['kind'], message: `Expected \`kind\` to be one of ${kinds.join(', ')}, found ${JSON.stringify(kind)}.` },
    ]);
  }
  return (builders[kind] as (input: unknown) => Draft)(input);
}

/** The result of `safeBuild`: a draft, or the input error that stopped it. */
export type BuildResult = { ok: true; draft: Draft } | { ok: false; error: InputError };

/**
 * Drafts without throwing on bad input: returns `{ ok: true, draft }` or `{ ok: false, error }`.
 * Anything other than an `InputError` (a bug) is still thrown.
 *
 * @example
 * const result = safeBuild('managerPitch', formValues)
 * if (!result.ok) showErrors(result.error.issues)
 */
export function safeBuild<K extends Kind>(kind: K, input: unknown): BuildResult {
  try {
    return { ok: true, draft: build(kind, input as InputOf<K>) };
  } catch (error) {
    if (isInputError(error)) return { ok: false, error };
    throw error;
  }
}
