/**
 * The sender's own details, which the add-ins remember between messages so their forms only ask
 * for what changes per manager. Nothing about the manager or the contact is kept.
 */

/** What is remembered: the sender's name, headline, email, phone, LinkedIn and up to three proof points. */
export interface SenderProfile {
  name?: string;
  /** One line on who the sender is, e.g. "ICU charge nurse at Mercy West". */
  headline?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  proof?: string[];
}

const FIELDS = [
  ['name', 'sender.name'],
  ['headline', 'sender.headline'],
  ['email', 'sender.email'],
  ['phone', 'sender.phone'],
  ['linkedin', 'sender.linkedin'],
] as const;

/**
 * The sender's details among flat form values (as `inputFromFields` takes them), to remember.
 *
 * @example
 * profileFromFields({ 'sender.name': 'Alex', 'manager.name': 'Sam', proof: ['Cut costs 30%'] }) // { name: 'Alex', proof: [...] }
 */
export function profileFromFields(values: Readonly<Record<string, unknown>>): SenderProfile {
  const profile: SenderProfile = {};
  for (const [key, name] of FIELDS) {
    const value = values[name];
    if (typeof value === 'string' && value.trim() !== '') profile[key] = value.trim();
  }
  const proof = Array.isArray(values.proof)
    ? values.proof.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    : [];
  if (proof.length > 0) profile.proof = proof.slice(0, 3).map((p) => p.trim());
  return profile;
}

/** Flat form values that prefill a form from a remembered profile (unknown or malformed parts ignored). */
export function fieldsFromProfile(profile: unknown): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  if (typeof profile !== 'object' || profile === null) return values;
  const p = profile as Record<string, unknown>;
  for (const [key, name] of FIELDS) if (typeof p[key] === 'string' && p[key] !== '') values[name] = p[key];
  if (Array.isArray(p.proof)) {
    const proof = p.proof.filter((x): x is string => typeof x === 'string' && x !== '').slice(0, 3);
    if (proof.length > 0) values.proof = proof;
  }
  return values;
}
