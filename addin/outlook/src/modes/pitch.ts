// The pitch mode's module (dist/modes/pitch.js): "Draft manager pitch" (?mode=pitch) in the
// compose window, or on the standalone page; and read mode's pitch form (`mountRead`, imported by
// modes/read.js when the user picks "Write to the hiring manager"). It holds the pitch builder,
// its schema and templates and the draft view; not the intro builder (modes/intro.ts), the check
// view, the core's kind inference (a draft's kind is known) nor its rejection reader.
import { mountDraftView } from '../draft-view.js';
import { pitchDrafter } from '../drafts.js';
import { outlookHost } from '../host.js';
import type { MountOptions, ReadDraft, ReadDraftOptions } from '../mode.js';
import { mountReadDraft } from '../read-draft.js';

/** Mounts the pitch form. */
export function mount({ root, inOutlook, timings, previewTimings }: MountOptions): void {
  mountDraftView({ root, host: inOutlook ? outlookHost() : undefined, drafter: pitchDrafter, timings, previewTimings });
}

/** Mounts the pitch form for read mode, prefilled from the received letter. */
export function mountRead(options: ReadDraftOptions): ReadDraft {
  return mountReadDraft(options, pitchDrafter);
}
