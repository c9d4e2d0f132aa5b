import {
  applyFix,
  check,
  type Finding,
  isInputError,
  isKind,
  type Kind,
  kindLabel,
  kinds,
  type Report,
} from '@sidedoor/core';
import { difference, el, highlighted, statusLine } from './dom.js';
import type { MailHost } from './host.js';
import { findingsList, statsText, verdictChip } from './report-view.js';

/** What the check view needs: where to build and the compose window, if any. */
export interface CheckViewOptions {
  root: HTMLElement;
  host: MailHost | undefined;
  timings?: number[];
}

/**
 * "Check my draft": the verdict and each finding once with its fix, under the kind the check
 * applied (inferred from the text unless the user picks one). In Outlook it reads the message
 * being written; on the standalone page it checks the text typed or pasted there, and offers
 * one-click fixes that change the text only when clicked, with Undo.
 */
export function mountCheckView({ root, host, timings }: CheckViewOptions): () => void {
  const form = el('form', { id: 'form', class: 'form', 'aria-label': 'Your draft', novalidate: '' });
  const output = el('section', {
    id: 'output',
    class: 'check-output',
    'aria-label': 'Findings',
    'aria-live': 'polite',
  });
  const status = statusLine();
  const kindSelect = el(
    'select',
    { id: 'f-kind', 'aria-describedby': 'f-kind-help' },
    el('option', { value: '', id: 'kind-auto' }, 'Work it out from the text'),
  );
  for (const k of kinds) kindSelect.append(el('option', { value: k }, kindLabel(k, 'title')));
  kindSelect.append(el('option', { value: 'none' }, 'None of these (general checks only)'));
  const auto = kindSelect.querySelector<HTMLOptionElement>('#kind-auto')!;
  const kindHelp = el(
    'p',
    { id: 'f-kind-help', class: 'help' },
    'Length, proof and the ask are checked for this kind of message.',
  );
  const kindField = el(
    'div',
    { class: 'field' },
    el('label', { for: 'f-kind' }, 'Kind of message'),
    kindSelect,
    kindHelp,
  );
  const subject = el('input', { id: 'f-subject', type: 'text', autocomplete: 'off' });
  const body = el('textarea', { id: 'f-body', rows: '12', spellcheck: 'true' });
  /**
   * The fixes Undo can still take back, latest last: where each fix's words sit in the text now
   * and the words it replaced. Edits before a fix move it; edits after leave it; an edit to the
   * fixed words themselves ends its Undo (the user's words are never taken away).
   */
  const fixes: { start: number; end: number; original: string }[] = [];
  /** The body as the fixes' places were last worked out for. */
  let tracked = '';
  /** Set while the view changes the body itself (a fix, an Undo): its input event is not the user's. */
  let applying = false;
  /** A kind set for the user: from Check before Send's alert, or the kind sidedoor drafted the message as. */
  let preset: { kind: Kind; why: string } | undefined;

  /** Shows the kind the check applied: the first option names what was inferred. */
  const showKind = (report: Report | undefined) => {
    if (report === undefined || !report.inferred) {
      auto.textContent = 'Work it out from the text';
      if (report !== undefined)
        kindHelp.textContent =
          preset !== undefined && kindSelect.value === preset.kind
            ? `Checked as ${preset.why}. Pick another kind if that is wrong.`
            : 'Checked as the kind you chose.';
      return;
    }
    auto.textContent =
      report.kind === null ? 'Worked out: none of these' : `Worked out: ${kindLabel(report.kind, 'title')}`;
    kindHelp.textContent =
      report.kind === null
        ? 'This does not read as outreach: only the general checks ran. Pick a kind for the rest.'
        : 'Length, proof and the ask are checked for this kind. Pick another if it is wrong.';
  };

  const render = (text: string, subjectText: string, report: Report, inPane: boolean) => {
    const t = text.trim();
    const fixIt = (f: Finding) => {
      const before = body.value;
      let fixed: { text: string; start: number; end: number };
      try {
        fixed = applyFix(before, f);
      } catch (error) {
        status.show(isInputError(error) ? error.issues[0]!.message : String(error), true);
        return;
      }
      const d = difference(before, fixed.text);
      if (d === undefined) return;
      replaceIn(d.start, d.oldEnd, fixed.text.slice(d.start, d.newEnd));
      fixes.push({ start: d.start, end: d.newEnd, original: before.slice(d.start, d.oldEnd) });
      void run().then(() => {
        showUndo('Fixed.');
        status.node.querySelector<HTMLButtonElement>('#undo')?.focus();
      });
    };
    const parts: Node[] = [
      el('div', { class: 'verdict-row' }, verdictChip(report), el('span', { class: 'stats' }, statsText(report))),
    ];
    if (report.findings.length === 0) parts.push(el('p', { class: 'help' }, 'Nothing to fix.'));
    else parts.push(findingsList(report.findings, host === undefined ? { apply: fixIt } : {}));
    if (inPane && t !== '') {
      parts.push(el('h2', {}, 'Your message, marked'));
      if (subjectText !== '')
        parts.push(el('p', { class: 'subject' }, el('span', { class: 'k' }, 'Subject '), subjectText));
      parts.push(el('pre', { class: 'preview' }, highlighted(text, report.findings)));
    }
    output.replaceChildren(...parts);
  };

  /**
   * Replaces `[start, end)` of the body with `text` as an edit the browser keeps in its own undo
   * history (`insertText` on the focused box, as typing would), or, where the browser refuses,
   * in place with `setRangeText`. Everything outside the range stays as it is.
   */
  const replaceIn = (start: number, end: number, text: string) => {
    const before = body.value;
    const wanted = before.slice(0, start) + text + before.slice(end);
    applying = true;
    try {
      body.focus();
      body.setSelectionRange(start, end);
      if (text !== '' || start < end) document.execCommand(text === '' ? 'delete' : 'insertText', false, text);
    } catch {
      // No execCommand here: the fallback below does the edit.
    } finally {
      applying = false;
    }
    if (body.value !== wanted) {
      body.value = before;
      body.setRangeText(text, start, end, 'end');
    }
    follow(before, body.value);
  };

  /** Moves the fixes' places over an edit from `before` to `after`; says so when one was edited away. */
  const follow = (before: string, after: string) => {
    tracked = after;
    const d = difference(before, after);
    if (d === undefined || fixes.length === 0) return;
    const delta = d.newEnd - d.oldEnd;
    let undone = false;
    let lost = false;
    for (let i = fixes.length - 1; i >= 0; i--) {
      const fix = fixes[i]!;
      if (after === before.slice(0, fix.start) + fix.original + before.slice(fix.end)) {
        // The browser's own undo (or the user) put the words back: nothing left to undo.
        fixes.splice(i, 1);
        undone = true;
      } else if (d.oldEnd <= fix.start) {
        fix.start += delta;
        fix.end += delta;
      } else if (d.start < fix.end) {
        fixes.splice(i, 1);
        lost = true;
      }
    }
    if (undone) showUndo('Undone.');
    else if (lost) showUndo('You changed the fixed words, so Undo is gone for that fix.');
  };

  /** The status line after a fix: its message, and Undo while a fix can still be taken back. */
  const showUndo = (message: string) => {
    status.show(fixes.length > 0 ? `${message} ` : message);
    if (fixes.length === 0) return;
    const again = el('button', { type: 'button', class: 'small', id: 'undo' }, 'Undo');
    again.addEventListener('click', () => {
      const last = fixes.pop();
      if (last === undefined) return;
      replaceIn(last.start, last.end, last.original);
      body.setSelectionRange(last.start, last.start + last.original.length);
      void run().then(() => showUndo('Undone.'));
    });
    status.node.append(again);
  };

  const run = async () => {
    let text = body.value;
    let subjectText = subject.value;
    if (host !== undefined) {
      try {
        text = await host.readBody('text');
        subjectText = await host.subject();
      } catch (error) {
        status.show((error as Error).message, true);
        return;
      }
    }
    if (text.trim() === '') {
      output.replaceChildren(
        el(
          'p',
          { class: 'help empty' },
          host === undefined
            ? 'Paste or write your draft above to check it.'
            : 'This message is empty: write your draft, then check it.',
        ),
      );
      showKind(undefined);
      return;
    }
    const started = performance.now();
    let report: Report;
    try {
      const chosen = kindSelect.value;
      const kind = chosen === 'none' ? { kind: null } : isKind(chosen) ? { kind: chosen } : {};
      report = check(text, { subject: subjectText, ...kind });
    } catch (error) {
      output.replaceChildren();
      status.show(isInputError(error) ? `Cannot check this draft: ${error.issues[0]!.message}` : String(error), true);
      return;
    }
    timings?.push(performance.now() - started);
    showKind(report);
    if (host !== undefined)
      status.show(`Checked ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`);
    else if (status.node.classList.contains('alert')) status.show('');
    render(text, subjectText, report, host !== undefined);
  };

  kindSelect.addEventListener('change', () => void run());
  if (host === undefined) {
    form.append(
      kindField,
      el('div', { class: 'field' }, el('label', { for: 'f-subject' }, 'Subject'), subject),
      el('div', { class: 'field' }, el('label', { for: 'f-body' }, 'Your draft'), body),
    );
    body.addEventListener('input', () => {
      if (!applying) follow(tracked, body.value);
    });
    form.addEventListener('input', () => void run());
    root.append(el('div', { class: 'layout check' }, form, el('div', { class: 'check-side' }, status.node, output)));
  } else {
    const button = el('button', { type: 'button', class: 'primary', id: 'check' }, 'Check again');
    button.addEventListener('click', () => void run());
    const actions = el('div', { class: 'actions inline' }, status.node, el('div', { class: 'buttons' }, button));
    form.append(el('p', { class: 'help' }, 'Checks the message you are writing: body and subject.'), kindField);
    const banner = el('div', { class: 'banner', id: 'held', role: 'status', hidden: '' });
    root.append(el('div', { class: 'layout check' }, banner, form, actions, output, sendCheckSetting(host)));
    // Opened from Check before Send's alert: say why, and check as the kind the alert named.
    // Otherwise a message sidedoor drafted is checked as the kind it was drafted as.
    const held = (context: string | undefined): boolean => {
      const kind = heldContext(context);
      if (kind === undefined) return false;
      preset = { kind, why: 'Check before Send read it' };
      banner.hidden = false;
      banner.textContent = `Outlook held this message (${kindLabel(kind, 'title')}): it has something to fix. Fix it below and press Send again; Outlook's alert then still lets you send it as it is.`;
      kindSelect.value = kind;
      return true;
    };
    const opened = host.openedWith?.().catch(() => undefined) ?? Promise.resolve(undefined);
    void opened
      .then(async (context) => {
        if (held(context)) return;
        const drafted = await host.draftedKind().catch(() => undefined);
        if (drafted !== undefined) {
          preset = { kind: drafted, why: 'sidedoor drafted it' };
          kindSelect.value = drafted;
        }
      })
      .then(run);
    // The alert's "See the findings" while the pane is already open: Outlook does not reload it.
    host.onOpenedWith?.((context) => {
      if (held(context)) void run();
    });
    return () => void run();
  }
  void run();
  return () => void run();
}

/** The kind named by a Smart Alert's context (`{"from":"send","kind":…}`), if that is what it is. */
function heldContext(context: string | undefined): Kind | undefined {
  if (context === undefined) return undefined;
  try {
    const value = JSON.parse(context) as { from?: unknown; kind?: unknown };
    return value.from === 'send' && isKind(value.kind) ? value.kind : undefined;
  } catch {
    return undefined;
  }
}

/** The pane's switch for "Check before Send", saved in the mailbox's roaming settings. */
function sendCheckSetting(host: MailHost): HTMLElement {
  const box = el('input', { type: 'checkbox', id: 'f-send-check', 'aria-describedby': 'f-send-check-help' });
  box.checked = host.sendCheckEnabled();
  const note = statusLine('send-check-status');
  box.addEventListener('change', () => {
    host.setSendCheck(box.checked).then(
      () =>
        note.show(
          box.checked ? 'On: Outlook asks before sending outreach with an error.' : 'Off: Send is never stopped.',
        ),
      (e: Error) => {
        box.checked = !box.checked;
        note.show(e.message, true);
      },
    );
  });
  return el(
    'section',
    { class: 'setting', 'aria-label': 'Settings' },
    el('div', { class: 'field check' }, box, el('label', { for: 'f-send-check' }, 'Check before Send')),
    el(
      'p',
      { id: 'f-send-check-help', class: 'help' },
      'When you press Send, sidedoor reads the message on this device. If it reads as outreach and has an error, Outlook asks first. Other mail is never stopped, and nothing leaves your device.',
    ),
    note.node,
  );
}
