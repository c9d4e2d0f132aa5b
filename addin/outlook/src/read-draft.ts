// Read mode's form, in the pitch and intro modules (modes/pitch.ts, intro.ts export `mountRead`):
// read mode's own module (read-view.ts) holds only the letter's banner and imports one of them
// when the user picks a route, so its start-up carries no builder and no draft view. The form
// starts from the letter (each prefilled field with the letter's words under it), has no Insert
// (there is no compose body in read mode): "Open as new message" opens the draft in Outlook's own
// form, or Copy; the received message is never changed.
import { el } from './dom.js';
import { type DraftViewHandle, mountDraftView } from './draft-view.js';
import type { Drafter } from './drafts.js';
import type { LetterFields, ReadDraft, ReadDraftOptions } from './mode.js';

/**
 * "From the letter: “…”" under each field that still holds what the letter filled, read with the
 * field's help; a field under "More options" (screened out) is shown, not left folded.
 */
function showEvidence(view: DraftViewHandle, letter: LetterFields): void {
  const now = view.values();
  for (const [name, words] of Object.entries(letter.evidence)) {
    const block = view.form.querySelector<HTMLElement>(`[data-field="${name}"]`);
    const fid = `f-${name.replaceAll('.', '-')}`;
    const input = block?.querySelector<HTMLElement>(`#${fid}`);
    if (block == null || input == null || now[name] !== letter.values[name]) continue;
    const note = el('p', { class: 'help evidence', id: `${fid}-from` }, `From the letter: “${words}”`);
    block.querySelector('.help')?.after(note);
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${fid}-from`.trim());
    const fold = block.closest('details');
    if (fold !== null) fold.open = true;
  }
}

/** "Open as new message": the draft in Outlook's own new-message form (the pane may close then). */
function openButton(view: DraftViewHandle, host: ReadDraftOptions['host']): HTMLElement {
  const button = el('button', { type: 'button', class: 'primary', id: 'open-new' }, 'Open as new message');
  button.addEventListener('click', () => {
    const draft = view.draft();
    if (draft === undefined) return;
    // Remembered first: opening the new message may close the pane.
    void view.remember().catch(() => undefined);
    view.status.show('Opening a new message…');
    host!.newMessage!({
      to: draft.to.flatMap((r) => (r.email === undefined ? [] : [r.email])),
      subject: draft.subject ?? '',
      html: draft.html,
    }).then(
      () => view.status.show('Opened as a new message: look it over there, then send it.'),
      (error: Error) => view.status.show(`${error.message.replace(/\.$/, '')}. Copy the draft instead.`, true),
    );
  });
  return button;
}

/**
 * Mounts `drafter`'s form for read mode into `options.root`, the banner above its first field, and
 * `extend` (the intro's contacts picker) after. Focus goes to the first required field left
 * empty, or to the form's first field if the letter and the saved details filled them all, so a
 * keyboard user lands where typing starts.
 */
export function mountReadDraft(
  options: ReadDraftOptions,
  drafter: Drafter,
  extend?: (view: DraftViewHandle) => void,
): ReadDraft {
  const { root, banner, host, initial, letter, timings } = options;
  let handle: DraftViewHandle | undefined;
  mountDraftView({
    root,
    host,
    drafter,
    initial,
    ...(timings ? { timings } : {}),
    insert: false,
    extend: (view) => {
      handle = view;
      if (host?.newMessage !== undefined) {
        view.buttons.prepend(openButton(view, host));
        view.buttons.querySelector('#copy')?.classList.remove('primary');
      }
      showEvidence(view, letter);
      // The letter's verdict and the two routes scroll with the form, above its first field.
      view.form.prepend(banner);
      extend?.(view);
    },
  });
  const fields = [
    ...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[id^="f-"], textarea[id^="f-"]'),
  ];
  const empty = fields.find((f) => f.getAttribute('aria-required') === 'true' && f.value.trim() === '');
  (empty ?? fields[0])?.focus();
  return { values: () => handle?.values() ?? { ...initial } };
}
