// The drafting modes' module (dist/modes/draft.js): "Draft manager pitch" (?mode=pitch) and
// "Request warm intro" (?mode=intro) in the compose window, or on the standalone page. It holds
// the two builders, their schemas and templates and the draft view; not the check view, nor
// the core's kind inference (a draft's kind is known), nor the contacts picker (lazy/contacts.js).
import { addContactsPicker } from '../contacts-button.js';
import { mountDraftView } from '../draft-view.js';
import { outlookHost } from '../host.js';
import type { MountOptions } from '../mode.js';

/** Mounts the pitch form, or the intro form with its "Who do I know at ‹company›?" picker. */
export function mount({ root, mode, inOutlook, timings, previewTimings }: MountOptions): void {
  const intro = mode === 'intro';
  mountDraftView({
    root,
    host: inOutlook ? outlookHost() : undefined,
    kind: intro ? 'introRequest' : 'managerPitch',
    timings,
    previewTimings,
    ...(intro ? { extend: (view) => addContactsPicker(view) } : {}),
  });
}
