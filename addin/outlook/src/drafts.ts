// The pane drafts two kinds. Calling their builders by name, not through the core's `safeBuild`
// (whose table of every builder keeps all seven in the bundle), leaves the other five out of
// taskpane.js: about 1.2 KB gzip.
import {
  type BuildResult,
  introRequest,
  type IntroRequestInput,
  isInputError,
  type Kind,
  managerPitch,
  type ManagerPitchInput,
} from '@sidedoor/core';

/**
 * The core's `safeBuild` for the kinds the pane drafts: `{ ok: true, draft }`, or `{ ok: false,
 * error }` for input the builder refuses. Anything else it throws, as `safeBuild` does.
 *
 * @throws {Error} for a kind the pane does not draft (a bug: the pane offers only these two).
 */
export function safeBuild(kind: Kind, input: unknown): BuildResult {
  if (kind !== 'managerPitch' && kind !== 'introRequest') throw new Error(`The pane does not draft ${kind}.`);
  try {
    // Unchecked input, as `safeBuild` takes it: the builder validates it and throws an InputError.
    const draft =
      kind === 'managerPitch' ? managerPitch(input as ManagerPitchInput) : introRequest(input as IntroRequestInput);
    return { ok: true, draft };
  } catch (error) {
    if (isInputError(error)) return { ok: false, error };
    throw error;
  }
}
