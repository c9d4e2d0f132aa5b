import {
  check,
  type Draft,
  type Finding,
  type FieldDescriptor,
  fields,
  fieldsFromProfile,
  inputFromFields,
  isInputError,
  type Kind,
  mailtoUrl,
  profileFromFields,
  type Report,
  safeBuild,
} from '@sidedoor/core';
import type { Values } from './form.js';
import type { MailHost, SavedDetails } from './host.js';
import { insertDraft } from './insert.js';

/** What the pane does: draft a kind, or check the user's own draft. */
export type Mode = { draft: Kind } | { check: true };

/** Where the pane runs: inside Outlook (a host), or as a standalone page (local storage). */
export interface PaneOptions {
  root: HTMLElement;
  host: MailHost | undefined;
  mode: Mode;
  /** Each live update's duration in milliseconds is pushed here (the browser test reads it). */
  timings?: number[];
}

const STORAGE_KEY = 'sidedoor.details';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const id = (name: string) => `f-${name.replaceAll('.', '-')}`;

/** The draft or checked text with each finding's words marked. */
function highlighted(text: string, findings: Finding[]): DocumentFragment {
  const spans = findings
    .filter((f) => f.start !== undefined && f.end !== undefined)
    .sort((a, b) => a.start! - b.start!);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const f of spans) {
    if (f.start! < at) continue;
    out.append(text.slice(at, f.start));
    out.append(el('mark', { class: f.severity, title: f.message }, text.slice(f.start, f.end)));
    at = f.end!;
  }
  out.append(text.slice(at));
  return out;
}

function findingsList(report: Report): HTMLElement {
  const list = el('ul', { class: 'findings', 'aria-label': 'Findings' });
  for (const f of report.findings) {
    const item = el(
      'li',
      { class: f.severity },
      el('span', { class: 'sev' }, f.severity),
      ' ',
      el('span', { class: 'msg' }, f.message),
    );
    if (f.excerpt) item.append(' ', el('q', {}, f.excerpt));
    if (f.fix) item.append(el('div', { class: 'fix' }, `Fix: ${f.fix}`));
    list.append(item);
  }
  const verdict = report.ready ? 'Ready to send' : 'Not ready: fix the errors';
  const summary = el(
    'p',
    { class: report.ready ? 'verdict ok' : 'verdict bad' },
    `${verdict} · ${report.stats.words} words · grade ${report.stats.grade}`,
  );
  const box = el('div');
  box.append(summary, list);
  return box;
}

/** Builds the pane into `root` and wires it. Returns a function that forces an update (tests). */
export function mountPane(options: PaneOptions): () => void {
  const { root, host, mode } = options;
  root.replaceChildren();
  const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const output = el('section', { id: 'output', 'aria-live': 'polite', 'aria-label': 'Draft and findings' });
  const show = (message: string, alert = false) => {
    status.textContent = message;
    status.className = alert ? 'alert' : '';
    status.setAttribute('role', alert ? 'alert' : 'status');
  };

  if ('check' in mode) {
    const form = el('form', { id: 'form', 'aria-label': 'Your draft' });
    const subject = el('input', { id: 'f-subject', type: 'text' });
    const body = el('textarea', { id: 'f-body', rows: '10' });
    const run = async () => {
      let text = body.value;
      let subjectText = subject.value;
      if (host !== undefined) {
        try {
          text = await host.readBody('text');
          subjectText = await host.subject();
        } catch (error) {
          show((error as Error).message, true);
          return;
        }
      }
      const started = performance.now();
      const report = check(text, { subject: subjectText });
      output.replaceChildren(
        el('h2', {}, 'Your draft'),
        el('pre', { class: 'preview' }, highlighted(text, report.findings)),
        findingsList(report),
      );
      options.timings?.push(performance.now() - started);
    };
    if (host === undefined) {
      form.append(
        el('label', { for: 'f-subject' }, 'Subject'),
        subject,
        el('label', { for: 'f-body' }, 'Your draft'),
        body,
      );
      form.addEventListener('input', () => void run());
    } else {
      const button = el('button', { type: 'button', class: 'primary' }, 'Check my draft');
      button.addEventListener('click', () => void run());
      form.append(el('p', { class: 'help' }, 'Checks what you wrote in this message, body and subject.'), button);
    }
    root.append(form, output, status);
    void run();
    return () => void run();
  }

  const kind = mode.draft;
  const saved: SavedDetails | undefined =
    host !== undefined
      ? host.loadDetails()
      : ((JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as SavedDetails | null) ?? undefined);
  const initial: Values = fieldsFromProfile(saved);
  const form = el('form', { id: 'form', 'aria-label': 'Message details', novalidate: '' });
  const errors = new Map<string, HTMLElement>();
  const groups = new Map<string, HTMLFieldSetElement>();
  const fieldsOf = fields(kind);

  const control = (field: FieldDescriptor): HTMLElement => {
    const fid = id(field.name);
    const describe = `${fid}-help ${fid}-error`;
    const value = initial[field.name];
    if (field.type === 'list') {
      const wrap = el('div', { class: 'list' });
      for (let i = 0; i < (field.maxItems ?? 3); i++) {
        const input = el('input', {
          id: `${fid}-${i}`,
          name: field.name,
          type: 'text',
          'aria-describedby': describe,
          'aria-label': `${field.label} ${i + 1}`,
        });
        if (Array.isArray(value) && value[i]) input.value = value[i]!;
        wrap.append(input);
      }
      return wrap;
    }
    if (field.type === 'choice') {
      const select = el('select', { id: fid, name: field.name, 'aria-describedby': describe });
      for (const o of field.options ?? [])
        select.append(el('option', o === field.default ? { value: o, selected: '' } : { value: o }, o));
      return select;
    }
    if (field.type === 'boolean')
      return el('input', { id: fid, name: field.name, type: 'checkbox', 'aria-describedby': describe });
    const attrs: Record<string, string> = { id: fid, name: field.name, 'aria-describedby': describe };
    if (field.example) attrs.placeholder = field.example;
    if (field.required) attrs['aria-required'] = 'true';
    const input =
      field.type === 'textarea'
        ? el('textarea', { ...attrs, rows: '2' })
        : el('input', {
            ...attrs,
            type: field.type === 'number' ? 'number' : field.type === 'text' ? 'text' : field.type,
          });
    if (typeof value === 'string') input.value = value;
    return input;
  };

  for (const field of fieldsOf) {
    const group = field.group ?? 'Message';
    let fieldset = groups.get(group);
    if (fieldset === undefined) {
      fieldset = el('fieldset', {}, el('legend', {}, group));
      groups.set(group, fieldset);
      form.append(fieldset);
    }
    const fid = id(field.name);
    const error = el('p', { id: `${fid}-error`, class: 'error' });
    errors.set(field.name, error);
    const label = el(
      'label',
      { for: field.type === 'list' ? `${fid}-0` : fid },
      field.label,
      field.required ? '' : el('span', { class: 'opt' }, ' (optional)'),
    );
    fieldset.append(
      el(
        'div',
        { class: 'field' },
        label,
        control(field),
        el('p', { id: `${fid}-help`, class: 'help' }, field.help),
        error,
      ),
    );
  }

  const values = (): Values => {
    const out: Values = {};
    for (const field of fieldsOf) {
      if (field.type === 'list') {
        out[field.name] = [...form.querySelectorAll<HTMLInputElement>(`[name="${field.name}"]`)].map((i) => i.value);
        continue;
      }
      const node = form.querySelector<HTMLInputElement>(`#${id(field.name)}`);
      if (node === null) continue;
      out[field.name] = node.type === 'checkbox' ? String(node.checked) : node.value;
    }
    return out;
  };

  let current: Draft | undefined;
  const update = () => {
    const started = performance.now();
    const result = safeBuild(kind, inputFromFields(kind, values()));
    for (const p of errors.values()) p.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    if (!result.ok) {
      current = undefined;
      for (const issue of result.error.issues) {
        const name = issue.path.filter((p) => typeof p === 'string').join('.');
        const target = errors.get(name) ?? errors.get(name.split('.')[0]!);
        if (target && target.textContent === '') target.textContent = issue.message;
        form.querySelector(`#${id(name)}`)?.setAttribute('aria-invalid', 'true');
      }
      output.replaceChildren(
        el(
          'p',
          { class: 'help' },
          `Fill in the highlighted fields to see your draft (${result.error.issues.length} to go).`,
        ),
      );
    } else {
      current = result.draft;
      const d = result.draft;
      output.replaceChildren(
        el('h2', {}, 'Draft'),
        ...(d.subject === undefined ? [] : [el('p', { class: 'subject' }, el('b', {}, 'Subject: '), d.subject)]),
        el('pre', { class: 'preview' }, highlighted(d.text, d.report.findings)),
        findingsList(d.report),
      );
    }
    options.timings?.push(performance.now() - started);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);

  const actions = el('div', { class: 'actions' });
  const remember = async (details: SavedDetails) => {
    if (host !== undefined) await host.saveDetails(details);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(details));
  };
  if (host !== undefined) {
    const insert = el('button', { type: 'button', class: 'primary', id: 'insert' }, 'Insert');
    insert.addEventListener('click', () => {
      if (current === undefined) return show('Fill in the highlighted fields first.', true);
      const draft = current;
      insertDraft(host, draft)
        .then(async (result) => {
          const parts = ['Inserted at the cursor.'];
          if (result.subjectSet) parts.push('Subject set.');
          if (result.toSet) parts.push(`To: ${draft.to.map((r) => r.name).join(', ')}.`);
          show(parts.join(' '));
          if (result.offer.length > 0) {
            const add = el(
              'button',
              { type: 'button', id: 'add-to' },
              `Add ${result.offer.map((r) => r.displayName).join(', ')} to To`,
            );
            add.addEventListener(
              'click',
              () =>
                void host.addTo(result.offer).then(
                  () => show('Added to To.'),
                  (e: Error) => show(e.message, true),
                ),
            );
            status.append(' ', add);
          }
          await remember(profileFromFields(values()));
        })
        .catch((error: Error) => show(error.message, true));
    });
    actions.append(insert);
  } else {
    const copy = el('button', { type: 'button', class: 'primary', id: 'copy' }, 'Copy');
    copy.addEventListener('click', () => {
      if (current === undefined) return show('Fill in the highlighted fields first.', true);
      void navigator.clipboard.writeText(current.text).then(
        () => show('Copied.'),
        () => show('Copy failed: select the draft and copy it.', true),
      );
      void remember(profileFromFields(values()));
    });
    const open = el('button', { type: 'button', id: 'mailto' }, 'Open in mail app');
    open.addEventListener('click', () => {
      if (current === undefined) return show('Fill in the highlighted fields first.', true);
      try {
        window.location.href = mailtoUrl(current);
        void remember(profileFromFields(values()));
      } catch (error) {
        show(isInputError(error) ? error.issues[0]!.message : String(error), true);
      }
    });
    actions.append(copy, open);
  }
  root.append(form, actions, status, output);
  update();
  return update;
}
