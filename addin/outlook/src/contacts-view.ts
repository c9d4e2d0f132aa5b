// The "Who do I know at ‹company›?" picker, loaded on demand (lazy/contacts.js, built apart:
// papaparse and the core's contacts code never enter a mode's module). The user's LinkedIn export is read here,
// in the pane, with the File API: never uploaded, never stored, forgotten when the pane closes.
// The core parses, ranks and prefills; this file only reads files and draws the list.
import {
  type Candidate,
  type Connection,
  type ContactTarget,
  introPrefill,
  isInputError,
  type LinkedinMessage,
  MAX_EXPORT_BYTES,
  parseConnections,
  parseMessages,
  prefillFields,
  rankContacts,
} from '@sidedoor/core';
import { el } from './dom.js';
import type { DraftViewHandle } from './draft-view.js';

/** How many candidates the list shows before "Show all". */
export const SHOWN = 5;

/**
 * Form fields a pick always sets: the person picked (an address left from another pick would be
 * wrong) and the company they were found at (the one typed in the picker).
 */
const ALWAYS_SET = ['contact.name', 'contact.email', 'company'];

/**
 * Sets the draft view's fields by name (a checkbox takes "true"/"false") and redraws the draft;
 * names the form has no field for are skipped.
 */
export function fillForm(view: DraftViewHandle, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const node = view.form.querySelector<HTMLInputElement>(`#${fieldId(name)}`);
    if (node === null) continue;
    if (node.type === 'checkbox') node.checked = value === 'true';
    else node.value = value;
  }
  view.update();
}

const fieldId = (name: string) => `f-${name.replaceAll('.', '-')}`;

/** A field's label as the form shows it ("Contact's name"), without "(optional)". */
function labelOf(view: DraftViewHandle, name: string): string {
  return view.form.querySelector(`label[for="${fieldId(name)}"]`)?.firstChild?.textContent ?? name;
}

/** A file's bytes, or an error in the core's words when it is too large to read at all. */
async function bytesOf(file: File): Promise<Uint8Array> {
  // Refused before reading, so a huge file never lands in the pane's memory; the same limit and
  // words as the core's own check.
  if (file.size >= MAX_EXPORT_BYTES)
    throw new Error(
      `${file.name}: expected a LinkedIn export under 50 MB, found ${(file.size / 1024 / 1024).toFixed(1)} MB. Use the Connections.csv or messages.csv file itself, not the whole archive.`,
    );
  return new Uint8Array(await file.arrayBuffer());
}

const messageOf = (error: unknown): string =>
  isInputError(error)
    ? error.issues.map((i) => i.message).join(' ')
    : error instanceof Error
      ? error.message
      : String(error);

/** A file input with its label, help and in-place error. */
function fileField(idName: string, label: string, help: string, optional: boolean) {
  const input = el('input', {
    id: idName,
    type: 'file',
    accept: '.csv,text/csv',
    'aria-describedby': `${idName}-help ${idName}-error`,
  });
  const error = el('p', { id: `${idName}-error`, class: 'field-error', role: 'alert' });
  const block = el(
    'div',
    { class: 'field' },
    el('label', { for: idName }, label, optional ? el('span', { class: 'opt' }, ' (optional)') : ''),
    input,
    el('p', { id: `${idName}-help`, class: 'help' }, help),
    error,
  );
  const fail = (message: string) => {
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
  };
  const clear = () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  };
  return { block, input, fail, clear };
}

/**
 * Builds the picker into `panel`: the company to look for, the two files, and the ranked list;
 * picking someone fills the intro form's contact fields (and, where still empty or filled by an
 * earlier pick, the relationship and the rest of core's prefill). `refresh` redraws the button.
 */
export function mountContactsView(panel: HTMLElement, view: DraftViewHandle, refresh: () => void): void {
  const formValue = (name: string) => {
    const value = view.values()[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const company = el('input', {
    id: 'who-company',
    type: 'text',
    autocomplete: 'organization',
    'aria-describedby': 'who-company-help',
  });
  company.value = formValue('company');
  const connections = fileField(
    'who-connections',
    'Connections.csv',
    'From LinkedIn: Settings → Data privacy → Get a copy of your data.',
    false,
  );
  const messages = fileField(
    'who-messages',
    'messages.csv',
    'Ranks the people you write to higher. Only who wrote to whom and when is read.',
    true,
  );
  const status = el('p', { id: 'who-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const list = el('ol', { id: 'who-list', class: 'who-list', 'aria-label': 'People you know there, best first' });
  const after = el('div', { id: 'who-next', class: 'who-next' });
  panel.replaceChildren(
    el(
      'p',
      { class: 'help privacy', id: 'who-privacy' },
      'Your export is read here in the pane: never uploaded, and forgotten when the pane closes.',
    ),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'who-company' }, 'Company'),
      company,
      el('p', { id: 'who-company-help', class: 'help' }, 'Matched by its whole name: "Acme" is not "Acme Robotics".'),
    ),
    connections.block,
    messages.block,
    status,
    list,
    after,
  );

  let people: Connection[] | undefined;
  let mail: LinkedinMessage[] | undefined;
  let showAll = false;
  /** What the last pick filled, by field: those may be replaced by the next pick. */
  let filled: Record<string, string> = {};

  const target = (): ContactTarget => {
    const t: ContactTarget = { company: company.value.trim() };
    const manager = formValue('manager.name');
    const title = formValue('manager.title');
    if (manager !== '') t.manager = title === '' ? manager : { name: manager, title };
    const role = formValue('role');
    if (role !== '') t.role = role;
    return t;
  };

  const pick = (candidate: Candidate, t: ContactTarget) => {
    const prefill = introPrefill(candidate, t);
    const values = prefillFields(prefill);
    if (values['contact.email'] === undefined) values['contact.email'] = '';
    const current = view.values();
    const next: Record<string, string> = {};
    const kept: string[] = [];
    for (const [name, value] of Object.entries(values)) {
      const now = current[name];
      const mine = typeof now === 'string' && now.trim() !== '' && now !== filled[name] && now !== value;
      if (mine && !ALWAYS_SET.includes(name)) kept.push(name);
      else next[name] = value;
    }
    fillForm(view, next);
    filled = next;
    refresh();
    const first = candidate.connection.firstName || candidate.connection.name;
    const manager = typeof t.manager === 'string' ? t.manager : t.manager?.name;
    // Said aloud: only the fields that changed.
    const changed = Object.keys(next).filter((name) => next[name] !== current[name] && next[name] !== '');
    const parts = [`Filled in for ${candidate.connection.name}: ${changed.map((n) => labelOf(view, n)).join(', ')}.`];
    if (kept.length > 0) parts.push(`Kept what you wrote in ${kept.map((n) => `"${labelOf(view, n)}"`).join(', ')}.`);
    if (next.relationship !== undefined)
      parts.push(`"${labelOf(view, 'relationship')}" is from the export: make it yours.`);
    status.textContent = parts.join(' ');
    const connectionField = view.form.querySelector<HTMLElement>('#f-connection');
    const use = prefill.suggestedConnection;
    const connection = `"${labelOf(view, 'connection')}"`;
    const note = el(
      'p',
      { class: 'help' },
      manager === undefined
        ? `${connection} is yours to write: the export does not say whom ${first} knows.`
        : `${connection} is yours to confirm: the export only says ${first} works at ${t.company}, not that they know ${manager}.`,
    );
    after.replaceChildren(note);
    if (use !== undefined) {
      const button = el('button', { type: 'button', class: 'small', id: 'who-use' }, `Use "${use}"`);
      button.addEventListener('click', () => {
        fillForm(view, { connection: use });
        connectionField?.focus();
      });
      after.append(button);
      button.focus();
    } else connectionField?.focus();
  };

  const draw = () => {
    list.replaceChildren();
    after.replaceChildren();
    if (people === undefined) return;
    const t = target();
    if (t.company === '') {
      status.textContent = 'Type the company to look for.';
      return;
    }
    let ranked: Candidate[];
    try {
      ranked = rankContacts(people, t, mail === undefined ? {} : { messages: mail });
    } catch (error) {
      status.textContent = messageOf(error);
      return;
    }
    if (ranked.length === 0) {
      status.textContent = `No one among your ${people.length} connections works at ${t.company} (as their current employer).`;
      return;
    }
    const asks = ranked.filter((c) => c.recommended).length;
    status.textContent =
      `${ranked.length} ${ranked.length === 1 ? 'person' : 'people'} at ${t.company}, best first.` +
      (asks > 0 ? ` Ask ${asks === 1 ? 'the first' : 'one of the first two'}, not ten.` : '');
    const shown = showAll ? ranked : ranked.slice(0, SHOWN);
    shown.forEach((c, i) => {
      // The core's reasons say where they work, why they rank here and how to reach them.
      const item = el(
        'li',
        { class: c.recommended ? 'candidate recommended' : 'candidate' },
        el(
          'p',
          { class: 'who-name', id: `who-${i}-name` },
          el('strong', {}, c.connection.name),
          c.recommended ? el('span', { class: 'chip ok' }, 'Recommended') : '',
        ),
        el('ul', { class: 'why' }, ...c.why.map((w) => el('li', {}, w))),
      );
      // The manager themself is pitched, not asked for an introduction to themself.
      if (c.knowsManager !== 4) {
        const button = el(
          'button',
          { type: 'button', class: c.recommended ? 'small primary' : 'small', id: `who-pick-${i}` },
          `Ask ${c.connection.name}`,
        );
        button.setAttribute('aria-describedby', `who-${i}-name`);
        button.addEventListener('click', () => pick(c, t));
        item.append(button);
      }
      list.append(item);
    });
    if (!showAll && ranked.length > SHOWN) {
      const more = el('button', { type: 'button', class: 'subtle', id: 'who-all' }, `Show all ${ranked.length}`);
      more.addEventListener('click', () => {
        showAll = true;
        draw();
        list.querySelector<HTMLElement>(`#who-pick-${SHOWN}`)?.focus();
      });
      list.append(el('li', { class: 'candidate more' }, more));
    }
  };

  const read = async (
    field: ReturnType<typeof fileField>,
    parse: (bytes: Uint8Array, name: string) => void,
  ): Promise<void> => {
    field.clear();
    const file = field.input.files?.[0];
    if (file === undefined) return;
    status.textContent = `Reading ${file.name}…`;
    try {
      parse(await bytesOf(file), file.name);
    } catch (error) {
      field.fail(messageOf(error));
      status.textContent = '';
      return;
    }
    draw();
  };

  connections.input.addEventListener('change', () => {
    people = undefined;
    list.replaceChildren();
    void read(connections, (bytes, name) => (people = parseConnections(bytes, name)));
  });
  messages.input.addEventListener('change', () => {
    mail = undefined;
    void read(messages, (bytes, name) => (mail = parseMessages(bytes, name)));
  });
  company.addEventListener('change', () => {
    showAll = false;
    draw();
  });
  company.focus();
}
