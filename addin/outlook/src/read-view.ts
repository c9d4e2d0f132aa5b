// Read mode ("Reach the hiring manager" on a received message; modes/read.ts). Reads the open
// message through the host, lets the core's readRejection say whether it is HR's "no" and which
// company and role it names, and shows that in a banner with two routes: write to the hiring
// manager, or ask someone who knows them. The form of the route picked is in the pitch or intro
// module (dist/modes/pitch.js, intro.js: their `mountRead`), imported only on that click: this
// module carries the rejection reader and the banner alone, so read mode starts as light as the
// compose modes (neither builder nor the draft view is in it). The form opens prefilled — each
// prefilled field with the letter's words — and there is no compose body in read mode: the draft
// opens as a new message in Outlook's own form (or is copied), and the open message is never changed.
import { type Evidence, readRejection, type Rejection } from '@sidedoor/core';
import { el } from './dom.js';
import type { Values } from './form.js';
import type { MailHost } from './host.js';
import type { DraftModeModule, LetterFields, ReadDraft } from './mode.js';

/** What the read view needs: where to build, the host (absent in a plain browser) and timings. */
export interface ReadViewOptions {
  root: HTMLElement;
  /** Outlook with the received message open (`readModeHost`). */
  host: MailHost | undefined;
  timings?: number[];
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

/** The letter's words, with "…" where its sentence goes on. */
function quote(found: Evidence, text: string): string {
  return /^\s?[\p{L}\p{N}]/u.test(text.slice(found.end, found.end + 2)) ? `${found.evidence}…` : found.evidence;
}

/** The routes, by the drafting module each one imports. */
type Route = 'pitch' | 'intro';

/**
 * Imports a drafting module beside this one: this file is bundled only into dist/modes/read.js,
 * so `./pitch.js` is dist/modes/pitch.js, from a folder of a site too. Not a literal, so the
 * bundler leaves the import to the browser (and each module stays self-contained).
 */
function draftModule(route: Route): Promise<DraftModeModule> {
  const url = `./${route}.js`;
  return import(url) as Promise<DraftModeModule>;
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
  let form: ReadDraft | undefined;
  let shown: Route | undefined;
  // The route last clicked: a slower import of an earlier click does not replace its form.
  let wanted: Route | undefined;

  // Real buttons, in the tab order; aria-pressed says which form is shown (neither, at first).
  const route = el('div', { class: 'route', role: 'group', 'aria-label': 'Whom to write to' });
  const buttons: Record<Route, HTMLButtonElement> = {
    pitch: el(
      'button',
      { type: 'button', id: 'route-pitch', class: 'primary', 'aria-pressed': 'false' },
      'Write to the hiring manager',
    ),
    intro: el('button', { type: 'button', id: 'route-intro', 'aria-pressed': 'false' }, 'Ask someone who knows them'),
  };
  route.append(buttons.pitch, buttons.intro);

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
        `The letter says “${quote(letter!.because[0]!, text)}”. The manager who owns the job can still say yes: write to them directly, or ask someone who knows them.`,
      ),
    );
  else
    lines.push(
      el(
        'p',
        {},
        'sidedoor found no "no" in it, so "screened out" stays off. You can still write to the hiring manager, or ask someone who knows them.',
      ),
    );
  // Where a route's module that did not arrive is named: under the buttons the user clicked.
  const failure = el('p', { class: 'status alert failed', id: 'route-failed', role: 'alert', hidden: '' });
  banner.replaceChildren(title, ...lines, route, failure);

  const choose = (next: Route) => {
    if (next === shown && next === wanted) return;
    wanted = next;
    buttons[next].setAttribute('aria-busy', 'true');
    const url = `./${next}.js`;
    draftModule(next).then(
      (module) => {
        buttons[next].removeAttribute('aria-busy');
        if (wanted !== next) return;
        if (form !== undefined) carried = { ...carried, ...form.values() };
        shown = next;
        failure.hidden = true;
        failure.textContent = '';
        for (const r of ['pitch', 'intro'] as const) buttons[r].setAttribute('aria-pressed', String(r === next));
        container.replaceChildren();
        form = module.mountRead({
          root: container,
          banner,
          host,
          initial: carried,
          letter: fromLetter,
          ...(timings ? { timings } : {}),
        });
      },
      (error: unknown) => {
        buttons[next].removeAttribute('aria-busy');
        if (wanted !== next) return;
        wanted = shown;
        // The router's line (main.ts), naming the module once, where the user clicked; the banner
        // and any form already shown stay as they are.
        let reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
        if (!reason.includes(`modes/${next}.js`)) reason += ` (modes/${url.slice(2)})`;
        failure.textContent = `sidedoor could not load: ${reason}. Close the pane and open it again.`;
        failure.hidden = false;
      },
    );
  };
  buttons.pitch.addEventListener('click', () => choose('pitch'));
  buttons.intro.addEventListener('click', () => choose('intro'));
}
