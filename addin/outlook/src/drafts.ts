// The pane drafts two kinds, each through its own builder, not the core's `safeBuild` (whose table
// of every builder keeps all seven in a bundle): a mode module that imports one drafter carries
// that kind's builder and templates alone (the pitch module has no intro code, and the intro
// module no pitch code).
import {
  type BuildResult,
  introRequest,
  type IntroRequestInput,
  isInputError,
  managerPitch,
  type ManagerPitchInput,
} from '@sidedoor/core';

/** A kind the pane drafts, with its builder. */
export interface Drafter {
  kind: 'managerPitch' | 'introRequest';
  /**
   * The core's `safeBuild` for this kind: `{ ok: true, draft }`, or `{ ok: false, error }` for
   * input the builder refuses. Anything else it throws, as `safeBuild` does.
   */
  build(input: unknown): BuildResult;
}

/** Runs a builder on unchecked input (it validates it and throws an InputError), as `safeBuild` does. */
function attempt(build: () => ReturnType<typeof managerPitch>): BuildResult {
  try {
    return { ok: true, draft: build() };
  } catch (error) {
    if (isInputError(error)) return { ok: false, error };
    throw error;
  }
}

/** "Draft manager pitch". */
export const pitchDrafter: Drafter = {
  kind: 'managerPitch',
  build: (input) => attempt(() => managerPitch(input as ManagerPitchInput)),
};

/** "Request warm intro". */
export const introDrafter: Drafter = {
  kind: 'introRequest',
  build: (input) => attempt(() => introRequest(input as IntroRequestInput)),
};
