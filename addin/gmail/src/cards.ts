import { type Draft, type FieldDescriptor, fields, type Finding } from '@sidedoor/core';
import { type AddonKind, addonKinds, type FormValues, widgetName } from './form.js';
import type { Action, Card, Section, Widget } from './markup.js';

const KIND_LABELS: Record<AddonKind, string> = {
  managerPitch: 'Manager pitch',
  introRequest: 'Warm-intro request',
  followUp: 'Follow-up',
};
const MAX_FINDINGS = 12;

/** Escapes text for a card's simple HTML. */
export function escapeCardText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function error(message: string): Widget {
  return { textParagraph: { text: `<font color="#b3261e">${escapeCardText(message)}</font>` } };
}

function fieldWidgets(
  field: FieldDescriptor,
  values: FormValues,
  errors: Map<string, string>,
  onChange: Action,
): Widget[] {
  const label = field.required ? field.label : `${field.label} (optional)`;
  const out: Widget[] = [];
  const current = values[field.name];
  if (field.type === 'list') {
    const items = Array.isArray(current) ? current : [];
    for (let i = 0; i < (field.maxItems ?? 3); i++) {
      out.push({
        textInput: {
          name: widgetName(field.name, i),
          label: `${i === 0 ? field.label : 'Another'} ${i === 0 ? '' : '(optional)'}`.trim(),
          ...(i === 0 ? { hintText: field.help } : {}),
          ...(items[i] === undefined ? {} : { value: items[i] }),
          type: 'MULTIPLE_LINE',
        },
      });
    }
  } else if (field.type === 'choice' || field.type === 'boolean') {
    const options = field.type === 'boolean' ? ['true'] : (field.options ?? []);
    const selected =
      typeof current === 'string' ? current : typeof field.default === 'string' ? field.default : undefined;
    out.push({
      selectionInput: {
        name: widgetName(field.name),
        label,
        type: field.type === 'boolean' ? 'SWITCH' : 'DROPDOWN',
        items: options.map((o) => ({
          text: field.type === 'boolean' ? field.label : o,
          value: o,
          selected: o === selected,
        })),
        ...(field.name === 'kind' ? { onChangeAction: onChange } : {}),
      },
    });
  } else {
    out.push({
      textInput: {
        name: widgetName(field.name),
        label,
        hintText: field.help,
        ...(typeof current === 'string' ? { value: current } : {}),
        type: field.type === 'textarea' ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
      },
    });
  }
  const message = errors.get(field.name);
  if (message !== undefined) out.push(error(message));
  return out;
}

function findingWidget(f: Finding): Widget {
  return {
    decoratedText: {
      topLabel: escapeCardText(`${f.severity} · ${f.rule}`),
      text: escapeCardText(f.message),
      // Fixes quote the user's words ("Hi <b>Sam</b>,"): card text is HTML, so they are escaped too.
      ...(f.fix === undefined ? {} : { bottomLabel: escapeCardText(f.fix) }),
      wrapText: true,
    },
  };
}

/** What a form card shows. */
export interface FormCardOptions {
  endpointUrl: string;
  name: string;
  logoUrl: string;
  kind: AddonKind;
  values: FormValues;
  /** Messages next to the fields they concern, by field name. */
  errors?: Map<string, string>;
  /** A draft to preview under the form. */
  preview?: Draft;
  /** Whether Insert also sets the subject (only offered for drafts with no recipients yet). */
  setSubject: boolean;
  /** A line above the form, e.g. that the user's details could not be saved. */
  notice?: string;
  /**
   * Where the card is shown: the compose window (Insert writes into the draft) or a message being
   * read (the contextual trigger: Gmail lets an add-on show a draft there but not write one, so
   * the card previews it and says how to send it). Compose by default.
   */
  view?: 'compose' | 'read';
}

/** The compose card: the kind, the fields of the core's schema, Preview and Insert, and the preview when there is one. */
export function formCard(options: FormCardOptions): Card {
  const { endpointUrl, kind, values } = options;
  const read = options.view === 'read';
  const errors = options.errors ?? new Map<string, string>();
  const action = (name: string): Action => ({
    function: endpointUrl,
    parameters: [
      { key: 'action', value: name },
      { key: 'kind', value: kind },
      ...(read ? [{ key: 'context', value: 'read' }] : []),
    ],
    loadIndicator: 'SPINNER',
  });
  const kindWidget: Widget = {
    selectionInput: {
      name: 'kind',
      label: 'Message',
      type: 'DROPDOWN',
      items: addonKinds.map((k) => ({ text: KIND_LABELS[k], value: k, selected: k === kind })),
      onChangeAction: action('kind'),
    },
  };
  const sections: Section[] = [{ widgets: [kindWidget] }];
  if (options.notice !== undefined)
    sections.unshift({ widgets: [{ textParagraph: { text: `<i>${escapeCardText(options.notice)}</i>` } }] });
  const groups = new Map<string, Widget[]>();
  for (const field of fields(kind)) {
    // A screened-out application is offered where a rejection letter started the pitch.
    if (field.name === 'tone' || (field.name === 'screenedOut' && !read)) continue;
    const group = field.group ?? 'Message';
    groups.set(group, [...(groups.get(group) ?? []), ...fieldWidgets(field, values, errors, action('kind'))]);
  }
  for (const [header, widgets] of groups) sections.push({ header, widgets });
  const toneField = fields(kind).find((f) => f.name === 'tone');
  const extra: Widget[] = toneField === undefined ? [] : fieldWidgets(toneField, values, errors, action('kind'));
  if (read) {
    extra.push({
      buttonList: { buttons: [{ text: 'Preview', onClick: { action: action('preview') }, type: 'FILLED' }] },
    });
    extra.push({
      textParagraph: {
        text:
          '<i>From a message you are reading, sidedoor shows the draft here. To send it, copy it into a ' +
          'new message to the manager, or compose one and pick sidedoor there.</i>',
      },
    });
  } else {
    extra.push({
      selectionInput: {
        name: 'setSubject',
        label: 'Subject',
        type: 'CHECK_BOX',
        items: [{ text: 'Set the subject when I insert', value: 'true', selected: options.setSubject }],
      },
    });
    extra.push({
      buttonList: {
        buttons: [
          { text: 'Preview', onClick: { action: action('preview') }, type: 'OUTLINED' },
          { text: 'Insert', onClick: { action: action('insert') }, type: 'FILLED' },
        ],
      },
    });
  }
  sections.push({ header: 'Draft', widgets: extra });
  if (options.preview !== undefined) {
    const draft = options.preview;
    const report = draft.report;
    const verdict = report.ready
      ? '<b>Ready to send.</b>'
      : '<font color="#b3261e"><b>Not ready: fix the errors below.</b></font>';
    const widgets: Widget[] = [];
    if (draft.subject !== undefined)
      widgets.push({ decoratedText: { topLabel: 'Subject', text: escapeCardText(draft.subject), wrapText: true } });
    widgets.push({ textParagraph: { text: escapeCardText(draft.text).replaceAll('\n', '<br>') } });
    widgets.push({ textParagraph: { text: `${verdict} ${report.stats.words} words · grade ${report.stats.grade}` } });
    for (const f of report.findings.slice(0, MAX_FINDINGS)) widgets.push(findingWidget(f));
    if (report.findings.length > MAX_FINDINGS)
      widgets.push({ textParagraph: { text: `…and ${report.findings.length - MAX_FINDINGS} more.` } });
    sections.push({ header: 'Preview', widgets });
  }
  return {
    name: `sidedoor-${kind}`,
    header: {
      title: options.name,
      subtitle: `${KIND_LABELS[kind]}: proof, not a plea`,
      imageUrl: options.logoUrl,
      imageType: 'SQUARE',
      imageAltText: 'sidedoor',
    },
    sections,
  };
}
