import { check, type Finding, isInputError, isKind, type Kind, kindLabel, kinds, type Report } from '@sidedoor/core';
import { el, highlighted, statusLine } from './dom.js';
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
  const undo: { text: string; subject: string }[] = [];
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
    const applyFix = (f: Finding) => {
      undo.push({ text: body.value, subject: subject.value });
      body.value = body.value.slice(0, f.start) + f.replacement! + body.value.slice(f.end);
      void run().then(() => {
        const again = el('button', { type: 'button', class: 'small', id: 'undo' }, 'Undo');
        again.addEventListener('click', () => {
          const last = undo.pop();
          if (last === undefined) return;
          body.value = last.text;
          subject.value = last.subject;
          void run().then(() => status.show('Undone.'));
          body.focus();
        });
        status.show('Fixed. ');
        status.node.append(again);
        again.focus();
      });
    };
    const parts: Node[] = [
      el('div', { class: 'verdict-row' }, verdictChip(report), el('span', { class: 'stats' }, statsText(report))),
    ];
    if (report.findings.length === 0) parts.push(el('p', { class: 'help' }, 'Nothing to fix.'));
    else parts.push(findingsList(report.findings, host === undefined ? { apply: applyFix } : {}));
    if (inPane && t !== '') {
      parts.push(el('h2', {}, 'Your message, marked'));
      if (subjectText !== '')
        parts.push(el('p', { class: 'subject' }, el('span', { class: 'k' }, 'Subject '), subjectText));
      parts.push(el('pre', { class: 'preview' }, highlighted(text, report.findings)));
    }
    output.replaceChildren(...parts);
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
    const opened = host.openedWith?.().catch(() => undefined) ?? Promise.resolve(undefined);
    void opened
      .then(async (context) => {
        const held = heldContext(context);
        if (held !== undefined) {
          preset = { kind: held, why: 'Check before Send read it' };
          banner.hidden = false;
          banner.textContent = `Outlook held this message (${kindLabel(held, 'title')}): it has something to fix. Fix it below, then press Send again, or choose Send Anyway in Outlook's alert.`;
        } else {
          const drafted = await host.draftedKind().catch(() => undefined);
          if (drafted !== undefined) preset = { kind: drafted, why: 'sidedoor drafted it' };
        }
        if (preset !== undefined) kindSelect.value = preset.kind;
      })
      .then(run);
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
      () => note.show(box.checked ? 'On: outreach is checked when you press Send.' : 'Off: Send is never stopped.'),
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
      'When a message reads as outreach and has an error, Outlook asks before sending it. Other mail is never checked.',
    ),
    note.node,
  );
}
