// The warm-intro mode's module (dist/modes/intro.js): "Request warm intro" (?mode=intro) in the
// compose window, or on the standalone page; and read mode's intro form (`mountRead`, imported by
// modes/read.js when the user picks "Ask someone who knows them"). It holds the intro builder
// (with the note to forward), its schema and templates, the draft view and the button of the
// "Who do I know at ‹company›?" picker, whose code is loaded when opened (lazy/contacts.js); not
// the pitch builder, the check view, the core's kind inference nor its rejection reader.
import { addContactsPicker } from '../contacts-button.js';
import { mountDraftView } from '../draft-view.js';
import { introDrafter } from '../drafts.js';
import { outlookHost } from '../host.js';
import type { MountOptions, ReadDraft, ReadDraftOptions } from '../mode.js';
import { mountReadDraft } from '../read-draft.js';

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

/** Mounts the intro form for read mode, prefilled from the letter, with the contacts picker open. */
export function mountRead(options: ReadDraftOptions): ReadDraft {
  return mountReadDraft(options, introDrafter, (view) => addContactsPicker(view, true));
}
