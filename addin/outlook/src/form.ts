import { type FieldDescriptor, fields, type Kind } from '@sidedoor/core';
import type { SavedDetails } from './host.js';

/** What the form holds, by field name (`proof` is a list). */
export type Values = Record<string, string | string[]>;

/** The user's own details among the values, to remember. */
export function detailsOf(values: Values): SavedDetails {
  const details: SavedDetails = {};
  const text = (name: string) => {
    const v = values[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const set = (key: 'name' | 'email' | 'phone' | 'linkedin', name: string) => {
    const v = text(name);
    if (v !== undefined) details[key] = v;
  };
  set('name', 'sender.name');
  set('email', 'sender.email');
  set('phone', 'sender.phone');
  set('linkedin', 'sender.linkedin');
  const proof = Array.isArray(values.proof) ? values.proof.filter((p) => p.trim() !== '') : [];
  if (proof.length > 0) details.proof = proof.slice(0, 3);
  return details;
}

/** Form values from saved details. */
export function valuesOf(details: SavedDetails | undefined): Values {
  const values: Values = {};
  if (details?.name) values['sender.name'] = details.name;
  if (details?.email) values['sender.email'] = details.email;
  if (details?.phone) values['sender.phone'] = details.phone;
  if (details?.linkedin) values['sender.linkedin'] = details.linkedin;
  if (details?.proof?.length) values.proof = details.proof;
  return values;
}

/** The fields the pane shows for a kind. */
export function paneFields(kind: Kind): FieldDescriptor[] {
  return fields(kind);
}
