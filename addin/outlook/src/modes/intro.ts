// The warm-intro mode's module (dist/modes/intro.js): "Request warm intro" (?mode=intro) in the
// compose window, or on the standalone page. It holds the intro builder (with the note to forward),
// its schema and templates, the draft view and the button of the "Who do I know at ‹company›?"
// picker, whose code is loaded when opened (lazy/contacts.js); not the pitch builder, the check
// view, nor the core's kind inference.
import { addContactsPicker } from '../contacts-button.js';
import { mountDraftView } from '../draft-view.js';
import { introDrafter } from '../drafts.js';
import { outlookHost } from '../host.js';
import type { MountOptions } from '../mode.js';

/** Mounts the intro form with its contacts picker. */
export function mount({ root, inOutlook, timings, previewTimings }: MountOptions): void {
  mountDraftView({
    root,
    host: inOutlook ? outlookHost() : undefined,
    drafter: introDrafter,
    timings,
    previewTimings,
    extend: (view) => addContactsPicker(view),
  });
}
