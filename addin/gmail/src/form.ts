import { fields, type Kind } from '@sidedoor/core';
import type { AddonEvent } from './markup.js';

/** The kinds offered in Gmail's compose window. */
export const addonKinds = ['managerPitch', 'introRequest', 'followUp'] as const satisfies readonly Kind[];

/** A kind the card offers. */
export type AddonKind = (typeof addonKinds)[number];

/** Whether a value is one of the card's kinds. */
export function isAddonKind(value: unknown): value is AddonKind {
  return typeof value === 'string' && (addonKinds as readonly string[]).includes(value);
}

/** The form-input name of a field (`manager.name` → `manager__name`; list items get `__0`…). */
export function widgetName(field: string, index?: number): string {
  const base = field.replaceAll('.', '__');
  return index === undefined ? base : `${base}__${index}`;
}

/** What the user typed, by field name: a string, or a list for `proof`. */
export type FormValues = Record<string, string | string[]>;

function value(event: AddonEvent, name: string): string | undefined {
  const v = event.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0];
  return typeof v === 'string' ? v : undefined;
}

/** Reads the card's inputs for a kind. Empty inputs may be absent from the event: they are left out. */
export function readForm(kind: Kind, event: AddonEvent): FormValues {
  const values: FormValues = {};
  for (const field of fields(kind)) {
    if (field.type === 'list') {
      const items = Array.from(
        { length: field.maxItems ?? 3 },
        (_, i) => value(event, widgetName(field.name, i)) ?? '',
      ).filter((s) => s.trim() !== '');
      if (items.length > 0) values[field.name] = items;
      continue;
    }
    const v = value(event, widgetName(field.name));
    if (v !== undefined && v.trim() !== '') values[field.name] = v;
  }
  return values;
}
