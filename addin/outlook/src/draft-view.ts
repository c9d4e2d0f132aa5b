import {
  type Draft,
  type FieldDescriptor,
  type Finding,
  type Help,
  fields,
  fieldsFromProfile,
  inputFromFields,
  type InputIssue,
  isInputError,
  mailtoUrl,
  profileFromFields,
  type Tone,
} from '@sidedoor/core';
import { el, firstDifference, highlighted, type Placeholder, revealIn, type Status, statusLine } from './dom.js';
import type { Drafter } from './drafts.js';
import type { Values } from './form.js';
import type { MailHost, SavedDetails } from './host.js';
import { insertDraft } from './insert.js';
import { findingsList, statsText, verdictChip } from './report-view.js';
import { loadLocalDetails, saveLocalDetails } from './storage.js';

/** What the draft view needs: where to build, which kind (with its builder), and the compose window if any. */
export interface DraftViewOptions {
  root: HTMLElement;
  host: MailHost | undefined;
  drafter: Drafter;
  /** Each keystroke's update time in milliseconds is pushed here. */
  timings?: number[];
  /** Each stand-in preview's drawing time (while fields are missing, after the keystroke). */
  previewTimings?: number[];
  /** Values to start from, over the saved details (read mode: what the letter says). */
  initial?: Values;
  /** `false` where there is no compose body to insert into (read mode): Copy instead of Insert. */
  insert?: boolean;
  /** Called once the view is built, to add to it (the contacts picker, read mode). */
  extend?: (view: DraftViewHandle) => void;
}

/** What an extension of the draft view can reach: its form and buttons, and the finished draft. */
export interface DraftViewHandle {
  form: HTMLFormElement;
  buttons: HTMLElement;
  status: Status;
  values(): Values;
  /** Redraws the draft from the form (after fields were set). */
  update(): void;
  /** The finished draft, or `undefined` after showing what is missing (as a click on Insert does). */
  draft(): Draft | undefined;
  /** Saves the user's own details from the form, as after an insert. */
  remember(): Promise<void>;
}

/**
 * What a choice's options say to the user (the core's schemas name the values only): every tone
 * and every help the core knows, typed so a new value cannot go unlabelled.
 */
const OPTION_LABELS: Record<Tone | Help, string> = {
  warm: 'Warm (friendly)',
  direct: 'Direct (short and plain)',
  formal: 'Formal (reserved)',
  introduce: 'Introduce me to the manager',
  urge: 'Urge the manager to contact me',
  meeting: 'Set up a meeting',
};
const optionLabel = (value: string) => (OPTION_LABELS as Record<string, string>)[value] ?? value;

const id = (name: string) => `f-${name.replaceAll('.', '-')}`;
const nameOf = (issue: InputIssue) => issue.path.filter((p) => typeof p === 'string').join('.');

// A field not filled in yet is drafted with a stand-in the preview shows as a chip: private-use
// characters around the field's index (or, for an address, a reserved .invalid domain).
const PH_OPEN = '\uE000';
const PH_CLOSE = '\uE001';
const placeholderValue = (field: FieldDescriptor, index: number) =>
  field.type === 'email' ? `missing${index}@sidedoor.invalid` : `${PH_OPEN}${index}${PH_CLOSE}`;

/** Fields shown only under "More options": optional, and neither an address nor a paragraph. */
const isExtra = (f: FieldDescriptor) => !f.required && f.group !== 'You' && f.type !== 'email' && f.type !== 'textarea';

/**
 * The drafting view: a short form (saved "You" details folded to one line, optional extras under
 * "More options"), the live draft pinned beside or above it with its verdict, and the buttons with
 * their status. Errors show for a field once the user leaves it, and for all on Insert.
 * Returns a function that forces an update (the stand-in preview included, at once).
 */
export function mountDraftView(options: DraftViewOptions): () => void {
  const { root, host, drafter, timings, previewTimings } = options;
  const { kind } = drafter;
  const fieldsOf = fields(kind);
  const saved: SavedDetails | undefined = host !== undefined ? host.loadDetails() : loadLocalDetails();
  const initial: Values = { ...fieldsFromProfile(saved), ...options.initial };
  const youSaved = typeof initial['sender.name'] === 'string' && typeof initial['sender.email'] === 'string';

  const form = el('form', { id: 'form', class: 'form', 'aria-label': 'Message details', novalidate: '' });
  const errors = new Map<string, HTMLElement>();
  const touched = new Set<string>();
  let showAll = false;

  const control = (field: FieldDescriptor): HTMLElement => {
    const fid = id(field.name);
    const describe = `${fid}-help ${fid}-error`;
    const value = initial[field.name];
    if (field.type === 'list') {
      const wrap = el('div', { class: 'list', id: `${fid}-list` });
      const max = field.maxItems ?? 3;
      const filled = Array.isArray(value) ? value.filter((v) => v.trim() !== '') : [];
      const addItem = (i: number, text: string) => {
        const area = el('textarea', {
          id: `${fid}-${i}`,
          name: field.name,
          rows: '2',
          'aria-describedby': describe,
          'aria-label': `${field.label} ${i + 1}`,
        });
        if (i === 0 && field.example) area.setAttribute('placeholder', `e.g. ${field.example}`);
        area.value = text;
        wrap.insertBefore(area, add);
        if (wrap.querySelectorAll('textarea').length >= max) add.hidden = true;
        return area;
      };
      const add = el(
        'button',
        { type: 'button', class: 'subtle', id: `${fid}-add` },
        `Add another ${field.label.toLowerCase().replace(/s$/, '')}`,
      );
      wrap.append(add);
      add.addEventListener('click', () => addItem(wrap.querySelectorAll('textarea').length, '').focus());
      for (let i = 0; i < Math.max(1, Math.min(max, filled.length)); i++) addItem(i, filled[i] ?? '');
      return wrap;
    }
    if (field.type === 'choice') {
      const select = el('select', { id: fid, name: field.name, 'aria-describedby': describe });
      for (const o of field.options ?? [])
        select.append(el('option', o === field.default ? { value: o, selected: '' } : { value: o }, optionLabel(o)));
      return select;
    }
    if (field.type === 'boolean') {
      const box = el('input', { id: fid, name: field.name, type: 'checkbox', 'aria-describedby': describe });
      box.checked = value === 'true';
      return box;
    }
    const attrs: Record<string, string> = { id: fid, name: field.name, 'aria-describedby': describe };
    if (field.example) attrs.placeholder = `e.g. ${field.example}`;
    if (field.required) attrs['aria-required'] = 'true';
    if (field.type === 'email') attrs.autocomplete = field.name === 'sender.email' ? 'email' : 'off';
    if (field.name === 'sender.name') attrs.autocomplete = 'name';
    const input =
      field.type === 'textarea'
        ? el('textarea', { ...attrs, rows: '2' })
        : el('input', { ...attrs, type: field.type === 'number' ? 'number' : field.type });
    if (typeof value === 'string') input.value = value;
    return input;
  };

  const fieldBlock = (field: FieldDescriptor): HTMLElement => {
    const fid = id(field.name);
    const error = el('p', { id: `${fid}-error`, class: 'field-error' });
    errors.set(field.name, error);
    const labelFor = field.type === 'list' ? `${fid}-0` : fid;
    const label = el(
      'label',
      { for: labelFor },
      field.label,
      field.required ? '' : el('span', { class: 'opt' }, ' (optional)'),
    );
    const block = el('div', { class: field.type === 'boolean' ? 'field check' : 'field', 'data-field': field.name });
    if (field.type === 'boolean') block.append(control(field), label);
    else block.append(label, control(field));
    block.append(el('p', { id: `${fid}-help`, class: 'help' }, field.help), error);
    return block;
  };

  // Groups in order; "You" folds to a summary when saved; extras go under "More options".
  const more = el('details', { class: 'more', id: 'more' }, el('summary', {}, 'More options'));
  const sections = new Map<string, HTMLElement>();
  const section = (group: string, parent: HTMLElement): HTMLElement => {
    const key = `${parent === more ? 'more:' : ''}${group}`;
    let fieldset = sections.get(key);
    if (fieldset === undefined) {
      fieldset = el('fieldset', { 'data-group': group }, el('legend', {}, group));
      sections.set(key, fieldset);
      parent.append(fieldset);
    }
    return fieldset;
  };
  for (const field of fieldsOf) {
    const group = field.group ?? (kind === 'introRequest' ? 'The request' : 'Your pitch');
    section(group, isExtra(field) ? more : form).append(fieldBlock(field));
  }
  if (more.querySelector('.field')) form.append(more);
  const you = sections.get('You');
  let youSummary: HTMLElement | undefined;
  const openYou = () => {
    if (you === undefined || !you.hidden) return;
    you.hidden = false;
    youSummary?.remove();
  };
  if (you !== undefined && youSaved) {
    const who = [initial['sender.name'], initial['sender.email']].join(' · ');
    const edit = el(
      'button',
      { type: 'button', class: 'subtle', id: 'edit-you', 'aria-label': `Edit your details (${who})` },
      'Edit',
    );
    youSummary = el(
      'div',
      { class: 'you', id: 'you-summary' },
      el('span', { class: 'you-label' }, 'From'),
      el('span', { class: 'you-who' }, who),
      edit,
    );
    edit.addEventListener('click', () => {
      openYou();
      form.querySelector<HTMLInputElement>('#f-sender-name')?.focus();
    });
    you.hidden = true;
    form.insertBefore(youSummary, you);
  }

  const values = (): Values => {
    const out: Values = {};
    for (const field of fieldsOf) {
      if (field.type === 'list') {
        out[field.name] = [...form.querySelectorAll<HTMLTextAreaElement>(`[name="${field.name}"]`)].map((i) => i.value);
        continue;
      }
      const node = form.querySelector<HTMLInputElement>(`#${id(field.name)}`);
      if (node === null) continue;
      out[field.name] = node.type === 'checkbox' ? String(node.checked) : node.value;
    }
    return out;
  };

  // The preview: pinned above the form at a pane's width, beside it when there is room.
  const output = el('section', { id: 'output', class: 'preview-panel', 'aria-label': 'Draft' });
  const head = el('div', { class: 'panel-head' });
  const body = el('div', {
    class: 'panel-body',
    id: 'draft-body',
    tabindex: '0',
    role: 'region',
    'aria-label': 'Draft text and findings',
  });
  const toggle = el(
    'button',
    { type: 'button', class: 'subtle', id: 'toggle-draft', 'aria-expanded': 'true', 'aria-controls': 'draft-body' },
    'Hide',
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide' : 'Show';
    body.hidden = !open;
  });
  const chipSlot = el('span', { class: 'chip-slot', 'aria-live': 'polite' });
  head.append(el('h2', {}, 'Draft'), chipSlot, toggle);
  output.append(head, body);

  const status = statusLine();
  const actions = el('div', { class: 'actions' }, status.node);
  const buttons = el('div', { class: 'buttons' });
  actions.append(buttons);

  let current: Draft | undefined;
  let issues: InputIssue[] = [];
  let lastText = '';

  /** The draft with stand-ins for the fields `issues` name (missing or invalid), or undefined. */
  const standInDraft = (v: Values, issues: readonly InputIssue[]): Draft | undefined => {
    const filled: Values = { ...v };
    for (const issue of issues) {
      const name = nameOf(issue);
      const index = fieldsOf.findIndex((f) => f.name === name);
      const field = fieldsOf[index];
      if (field === undefined) continue;
      if (field.type === 'list') filled[name] = [placeholderValue(field, index)];
      else if (field.type === 'choice') filled[name] = field.options?.[0] ?? '';
      else if (field.type === 'number' || field.type === 'boolean' || !field.required) filled[name] = '';
      else filled[name] = placeholderValue(field, index);
    }
    const result = drafter.build(inputFromFields(kind, filled));
    return result.ok ? result.draft : undefined;
  };

  /** Where the stand-ins are in a text, and the text with them (the characters stay: offsets hold). */
  const standIns = (text: string): Placeholder[] => {
    const out: Placeholder[] = [];
    const re = /\uE000(\d+)\uE001|missing(\d+)@sidedoor\.invalid/g;
    for (const m of text.matchAll(re)) {
      const field = fieldsOf[Number(m[1] ?? m[2])];
      out.push({ start: m.index, end: m.index + m[0].length, label: field?.label ?? '…' });
    }
    return out;
  };

  const showErrors = () => {
    for (const p of errors.values()) p.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    for (const issue of issues) {
      const name = nameOf(issue);
      const base = errors.has(name) ? name : name.split('.')[0]!;
      if (!showAll && !touched.has(base)) continue;
      const target = errors.get(base);
      if (target && target.textContent === '') target.textContent = issue.message;
      const fid = id(base);
      form.querySelector(`#${fid}, #${fid}-0`)?.setAttribute('aria-invalid', 'true');
    }
  };

  /** The chip while the draft cannot be built: fields still empty, and fields filled but wrong, counted apart. */
  const todoChip = (v: Values) => {
    const empty = new Set<string>();
    const wrong = new Set<string>();
    for (const issue of issues) {
      const name = nameOf(issue);
      const value = v[name];
      const blank = Array.isArray(value) ? value.every((x) => x.trim() === '') : (value ?? '').trim() === '';
      (name !== '' && blank ? empty : wrong).add(name);
    }
    const parts = [];
    if (empty.size > 0) parts.push(`${empty.size} to fill in`);
    if (wrong.size > 0) parts.push(`${wrong.size} to fix`);
    return el('span', { class: 'chip todo', id: 'verdict' }, parts.join(' · '));
  };

  /** Shows a draft in the preview: the user's, or (`standIn`) one with chips for the fields still missing. */
  const show = (d: Draft | undefined, standIn: boolean) => {
    if (d === undefined) {
      body.replaceChildren(el('p', { class: 'help' }, 'Fill in the fields below to see your draft.'));
      return;
    }
    const marks = standIns(d.text);
    const subjectMarks = d.subject === undefined ? [] : standIns(d.subject);
    const inside = (f: Finding) =>
      marks.some((p) => f.start !== undefined && f.end !== undefined && f.start < p.end && f.end > p.start);
    // With stand-ins, findings about the whole text (length, counts) would judge a half-written
    // draft: only findings on the user's own words are shown.
    const findings = standIn ? d.report.findings.filter((f) => f.start !== undefined && !inside(f)) : d.report.findings;
    const changedAt = firstDifference(lastText, d.text);
    lastText = d.text;
    const parts: Node[] = [];
    if (d.subject !== undefined)
      parts.push(
        el('p', { class: 'subject' }, el('span', { class: 'k' }, 'Subject '), highlighted(d.subject, [], subjectMarks)),
      );
    const pre = el('pre', { class: 'preview' }, highlighted(d.text, findings, marks, changedAt));
    parts.push(pre);
    if (!standIn) parts.push(el('p', { class: 'stats' }, statsText(d.report)));
    if (findings.length > 0) parts.push(findingsList(findings));
    body.replaceChildren(...parts);
    if (changedAt >= 0) revealIn(body, pre.querySelector<HTMLElement>('.changed'));
  };

  // While fields are missing, the preview is a stand-in draft. It costs a whole build (every
  // variant when the user's own words carry a finding no variant removes), so it is drawn in a
  // task of its own once the keystroke is handled, for the latest values only. The chip and the
  // errors come from the keystroke itself: the verdict shown is never an older one.
  let later: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => void) | undefined;
  const flush = () => {
    clearTimeout(later);
    later = undefined;
    const draw = pending;
    pending = undefined;
    draw?.();
  };

  const update = () => {
    const started = performance.now();
    const v = values();
    const result = drafter.build(inputFromFields(kind, v));
    clearTimeout(later);
    pending = undefined;
    if (result.ok) {
      issues = [];
      current = result.draft;
      showErrors();
      chipSlot.replaceChildren(verdictChip(result.draft.report));
      show(result.draft, false);
    } else {
      issues = result.error.issues;
      current = undefined;
      showErrors();
      chipSlot.replaceChildren(todoChip(v));
      const missing = issues;
      pending = () => {
        const drawing = performance.now();
        show(standInDraft(v, missing), true);
        previewTimings?.push(performance.now() - drawing);
      };
      later = setTimeout(flush, 0);
    }
    timings?.push(performance.now() - started);
  };

  const fieldOfNode = (node: EventTarget | null): string | undefined =>
    node instanceof HTMLElement ? (node.getAttribute('name') ?? undefined) : undefined;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('focusout', (event) => {
    const name = fieldOfNode(event.target);
    if (name === undefined || touched.has(name)) return;
    const node = event.target as HTMLInputElement;
    // Leaving an untouched empty field is not a mistake yet; leaving one typed in is.
    if (node.value === '' && node.type !== 'checkbox' && !node.dataset.typed) return;
    touched.add(name);
    showErrors();
  });
  form.addEventListener('input', (event) => {
    const node = event.target;
    if (node instanceof HTMLElement) node.dataset.typed = '1';
  });

  /** On a click with fields to fix: show every error, open what hides one, focus the first. */
  const blockedClick = (): boolean => {
    if (current !== undefined) return false;
    showAll = true;
    showErrors();
    const bad = [...new Set(issues.map((i) => (nameOf(i).split('.')[0] === 'proof' ? 'proof' : nameOf(i))))];
    if (bad.some((n) => n.startsWith('sender.'))) openYou();
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first?.closest('details') instanceof HTMLDetailsElement)
      (first.closest('details') as HTMLDetailsElement).open = true;
    const labels = bad.map((n) => fieldsOf.find((f) => f.name === n || f.name === n.split('.')[0])?.label ?? n);
    status.show(
      labels.length === 1
        ? `Fill in one field first: ${labels[0]}.`
        : labels.length <= 3
          ? `Fill in ${labels.length} fields first: ${labels.join(', ')}.`
          : `Fill in ${labels.length} fields first, starting with ${labels[0]}.`,
      true,
    );
    first?.focus();
    return true;
  };

  const remember = async (details: SavedDetails) => {
    if (host !== undefined) await host.saveDetails(details);
    else saveLocalDetails(details);
  };

  if (host !== undefined && options.insert !== false) {
    const insert = el('button', { type: 'button', class: 'primary', id: 'insert' }, 'Insert');
    insert.addEventListener('click', () => {
      if (blockedClick()) return;
      const draft = current!;
      status.show('Inserting…');
      insertDraft(host, draft)
        .then(async (result) => {
          const parts = ['Inserted at the cursor.'];
          if (result.subjectSet) parts.push('Subject set.');
          if (result.toSet) parts.push(`To: ${draft.to.map((r) => r.name).join(', ')}.`);
          status.show(parts.join(' '));
          if (result.offer.length > 0) {
            const add = el(
              'button',
              { type: 'button', class: 'small', id: 'add-to' },
              `Add ${result.offer.map((r) => r.displayName).join(', ')} to To`,
            );
            add.addEventListener(
              'click',
              () =>
                void host.addTo(result.offer).then(
                  () => status.show('Added to To.'),
                  (e: Error) => status.show(e.message, true),
                ),
            );
            status.node.append(' ', add);
          }
          // The draft is in: failing to remember the details must not read as a failed insert.
          await remember(profileFromFields(values())).catch((error: Error) =>
            status.node.append(el('span', { class: 'note' }, ` Your details were not saved (${error.message}).`)),
          );
          // For Check before Send: this message is outreach, as this kind. Best effort: without
          // the mark, the send check falls back to the core's inference.
          await host.markDrafted(kind).catch(() => undefined);
        })
        .catch((error: Error) => status.show(error.message, true));
    });
    buttons.append(insert);
  } else {
    const copy = el('button', { type: 'button', class: 'primary', id: 'copy' }, 'Copy');
    copy.addEventListener('click', () => {
      if (blockedClick()) return;
      const d = current!;
      const text = d.subject === undefined ? d.text : `Subject: ${d.subject}\n\n${d.text}`;
      void navigator.clipboard.writeText(text).then(
        () => status.show(d.subject === undefined ? 'Copied.' : 'Copied, with the subject on the first line.'),
        () => status.show('Copy failed: select the draft and copy it.', true),
      );
      void remember(profileFromFields(values()));
    });
    const open = el('button', { type: 'button', id: 'mailto' }, 'Open in mail app');
    open.addEventListener('click', () => {
      if (blockedClick()) return;
      try {
        window.location.href = mailtoUrl(current!);
        void remember(profileFromFields(values()));
      } catch (error) {
        status.show(isInputError(error) ? error.issues[0]!.message : String(error), true);
      }
    });
    buttons.append(copy);
    if (host === undefined) buttons.append(open);
  }

  const layout = el('div', { class: 'layout draft' }, output, form, actions);
  root.append(layout);
  const redraw = () => {
    update();
    flush();
  };
  update();
  options.extend?.({
    form,
    buttons,
    status,
    values,
    update: redraw,
    draft: () => (blockedClick() ? undefined : current),
    remember: () => remember(profileFromFields(values())),
  });
  flush();
  return redraw;
}
