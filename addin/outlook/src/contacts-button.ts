// "Who do I know at ‹company›?" in the intro form: a button, in the intro and read modes' modules,
// that loads the picker (contacts-view.ts, with papaparse and the core's ranking: lazy/contacts.js,
// built apart) the first time it is opened, so those modules stay small.
import { el } from './dom.js';
import type { DraftViewHandle } from './draft-view.js';
import { lazy } from './lazy.js';

/**
 * Adds the "Who do I know at ‹company›?" button (naming the company typed in the form) and its
 * panel at the top of the intro form's "Mutual contact" section; `open` opens it at once.
 */
export function addContactsPicker(view: DraftViewHandle, open = false): void {
  const company = view.form.querySelector<HTMLInputElement>('#f-company');
  const button = el('button', {
    type: 'button',
    class: 'who',
    id: 'who',
    'aria-expanded': 'false',
    'aria-controls': 'who-panel',
  });
  const panel = el('div', { id: 'who-panel', class: 'who-panel', role: 'group', 'aria-label': 'Your LinkedIn export' });
  const refresh = () => {
    const name = company?.value.trim();
    button.textContent = name ? `Who do I know at ${name}?` : 'Who do I know there?';
  };
  refresh();
  panel.hidden = true;
  company?.addEventListener('input', refresh);
  let loaded: Promise<void> | undefined;
  const toggle = () => {
    const opening = panel.hidden;
    button.setAttribute('aria-expanded', String(opening));
    panel.hidden = !opening;
    if (opening)
      loaded ??= lazy('contacts').then(
        (m) => m.mountContactsView(panel, view, refresh),
        (error: Error) => {
          loaded = undefined;
          panel.textContent = `The picker could not load: ${error.message}`;
        },
      );
  };
  button.addEventListener('click', toggle);
  view.form
    .querySelector('[data-group="Mutual contact"] legend')
    ?.after(el('div', { class: 'who-wrap' }, button, panel));
  if (open) toggle();
}
