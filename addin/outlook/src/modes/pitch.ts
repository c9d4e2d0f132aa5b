// The pitch mode's module (dist/modes/pitch.js): "Draft manager pitch" (?mode=pitch) in the
// compose window, or on the standalone page. It holds the pitch builder, its schema and templates
// and the draft view; not the intro builder (modes/intro.ts), the check view, nor the core's kind
// inference (a draft's kind is known).
import { mountDraftView } from '../draft-view.js';
import { pitchDrafter } from '../drafts.js';
import { outlookHost } from '../host.js';
import type { MountOptions } from '../mode.js';

/** Mounts the pitch form. */
export function mount({ root, inOutlook, timings, previewTimings }: MountOptions): void {
  mountDraftView({ root, host: inOutlook ? outlookHost() : undefined, drafter: pitchDrafter, timings, previewTimings });
}
