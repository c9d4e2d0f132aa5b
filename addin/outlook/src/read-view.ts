// Read mode ("Reach the hiring manager" on a received message; modes/read.ts). Reads the open
// message through the host, lets the core's readRejection say whether it is HR's "no" and which
// company and role it names, and opens the pitch form prefilled — each prefilled field with the
// letter's words — with the intro route one tap away. There is no compose body in read mode: the
// draft opens as a new message in Outlook's own form (or is copied), and the open message is
// never changed.
import { type Evidence, type Kind, readRejection, type Rejection } from '@sidedoor/core';
import { addContactsPicker } from './contacts-button.js';
import { el } from './dom.js';
import { type DraftViewHandle, mountDraftView } from './draft-view.js';
import { introDrafter, pitchDrafter } from './drafts.js';
import type { Values } from './form.js';
import type { MailHost } from './host.js';

/** What the read view needs: where to build, the host (absent in a plain browser) and timings. */
export interface ReadViewOptions {
  root: HTMLElement;
  /** Outlook with the received message open (`readModeHost`). */
  host: MailHost | undefined;
  timings?: number[];
}

/** What the letter fills, by field name, with the words each value came from. */
interface LetterFields {
  values: Values;
  evidence: Record<string, string>;
}

/** The pitch fields a letter fills: company and role where it names them, screenedOut on a rejection. */
export function letterFields(letter: Rejection): LetterFields {
  const values: Values = {};
  const evidence: Record<string, string> = {};
  if (letter.company !== undefined) {
    values.company = letter.company.value;
    evidence.company = letter.company.evidence;
  }
  if (letter.role !== undefined) {
    values.role = letter.role.value;
    evidence.role = letter.role.evidence;
  }
  const because = letter.because[0];
  if (letter.isRejection && because !== undefined) {
    values.screenedOut = 'true';
    evidence.screenedOut = because.evidence;
  }
  return { values, evidence };
}

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

/** The letter's words, with "…" where its sentence goes on. */
function quote(found: Evidence, text: string): string {
  return /^\s?[\p{L}\p{N}]/u.test(text.slice(found.end, found.end + 2)) ? `${found.evidence}…` : found.evidence;
}

/** Builds the read view into `root` once the message is read. */
export async function mountReadView(options: ReadViewOptions): Promise<void> {
  const { root, host, timings } = options;
  const banner = el('section', { class: 'banner letter', id: 'letter', 'aria-labelledby': 'letter-title' });
  const container = el('div', { class: 'read-draft' });
  root.replaceChildren(banner, container);
  banner.append(el('p', { role: 'status' }, 'Reading the message…'));

  let letter: Rejection | undefined;
  let text = '';
  let problem: string | undefined;
  if (host?.readMessage === undefined) problem = 'Open a message you received in Outlook to start from it.';
  else
    try {
      const message = await host.readMessage();
      text = message.subject === '' ? message.body : `${message.subject}\n\n${message.body}`;
      letter = readRejection(text);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  const fromLetter: LetterFields = letter === undefined ? { values: {}, evidence: {} } : letterFields(letter);
  const rejected = letter?.isRejection === true;

  // Everything typed in either form, carried from one to the other when the user switches.
  let carried: Values = { ...fromLetter.values };
  let handle: DraftViewHandle | undefined;
  let kind: Kind = 'managerPitch';

  const route = el('div', { class: 'route', role: 'group', 'aria-label': 'Whom to write to' });
  const toPitch = el('button', { type: 'button', id: 'route-pitch', 'aria-pressed': 'true' }, 'Pitch the manager');
  const toIntro = el(
    'button',
    { type: 'button', id: 'route-intro', 'aria-pressed': 'false' },
    'Ask someone who knows them',
  );
  route.append(toPitch, toIntro);

  const title = el(
    'h2',
    { id: 'letter-title' },
    problem !== undefined
      ? 'Could not read this message'
      : rejected
        ? 'HR said no. Reach the hiring manager.'
        : 'This message does not read as a rejection',
  );
  const lines: Node[] = [];
  if (problem !== undefined) lines.push(el('p', { class: 'status alert', role: 'alert' }, problem));
  else if (rejected)
    lines.push(
      el(
        'p',
        {},
        `The letter says “${quote(letter!.because[0]!, text)}”. The manager who owns the job can still say yes: pitch them directly, or ask someone who knows them.`,
      ),
    );
  else
    lines.push(
      el(
        'p',
        {},
        'sidedoor found no "no" in it, so "screened out" stays off. You can still pitch the hiring manager, or ask someone who knows them.',
      ),
    );
  banner.replaceChildren(title, ...lines, route);

  /** "Open as new message": the draft in Outlook's own new-message form (the pane may close then). */
  const openButton = (view: DraftViewHandle): HTMLElement => {
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
  };

  const show = (next: Kind) => {
    if (handle !== undefined) carried = { ...carried, ...handle.values() };
    kind = next;
    toPitch.setAttribute('aria-pressed', String(kind === 'managerPitch'));
    toIntro.setAttribute('aria-pressed', String(kind === 'introRequest'));
    container.replaceChildren();
    mountDraftView({
      root: container,
      host,
      drafter: kind === 'introRequest' ? introDrafter : pitchDrafter,
      initial: carried,
      ...(timings ? { timings } : {}),
      insert: false,
      extend: (view) => {
        handle = view;
        if (host?.newMessage !== undefined) {
          view.buttons.prepend(openButton(view));
          view.buttons.querySelector('#copy')?.classList.remove('primary');
        }
        showEvidence(view, fromLetter);
        // The letter's verdict and the two routes scroll with the form, above its first field.
        view.form.prepend(banner);
        if (kind === 'introRequest') addContactsPicker(view, true);
      },
    });
  };
  toPitch.addEventListener('click', () => kind !== 'managerPitch' && show('managerPitch'));
  toIntro.addEventListener('click', () => kind !== 'introRequest' && show('introRequest'));
  show('managerPitch');
}
