/**
 * The parts of a view most kinds share: who writes, to whom, the hook, the proof, the offer and
 * the ask — computed as facts and grammar. What is said about them lives in the templates.
 */
import type { Tone } from '../kinds.js';
import {
  headlinePhrase,
  isSighting,
  leadable,
  nameParts,
  offerClause,
  proofSentence,
  roleName,
  sentence,
  clause,
  variant,
  when,
} from './phrasing.js';

/** A person as templates name them. */
export interface PersonView {
  full: string;
  first: string;
  formal: string;
  /** First name and surname, no honorific or suffix: how a sentence names them ("Alan Reyes"). */
  plain: string;
}

/** A person's name for greetings: first name, and title and surname when formal. */
export function person(name: string): PersonView {
  const parts = nameParts(name);
  const plain = parts.last === '' ? parts.first : `${parts.first} ${parts.last}`;
  return { full: name, first: parts.first, formal: parts.formal, plain };
}

/** The sender as templates use them: name, first name, plain name, headline (with its article) and contact line. */
export function me(sender: {
  name: string;
  email: string;
  headline?: string | undefined;
  phone?: string | undefined;
  linkedin?: string | undefined;
}) {
  const parts = nameParts(sender.name);
  return {
    name: sender.name,
    first: parts.first,
    // As a sentence says it aloud: no honorific or suffix ("Marcus Johnson", not "Marcus Johnson Jr.").
    plain: parts.last === '' ? parts.first : `${parts.first} ${parts.last}`,
    headline: sender.headline === undefined ? (false as const) : headlinePhrase(sender.headline),
    email: sender.email,
    phone: sender.phone ?? false,
    linkedin: sender.linkedin ?? false,
  };
}

/** Whether a headline reads as a noun phrase with an article ("a senior…"), so "and I'm a…" works. */
export function headlineIsNoun(headline: string | false): boolean {
  return headline !== false && /^(?:a|an|the|my)\s/.test(headline);
}

/** The hook as a clause to follow "I saw that…", or as typed when it is already a sentence about a sighting. */
export function hookView(hook: string | undefined) {
  if (hook === undefined) return { hook: false as const, hookAsIs: false as const, hasHook: false };
  return isSighting(hook)
    ? { hook: false as const, hookAsIs: sentence(hook), hasHook: true }
    : { hook: clause(hook), hookAsIs: false as const, hasHook: true };
}

/** The proof points as sentences, and whether the first can take a lead-in ("Closest to that, I…"). */
export function proofView(proofs: readonly string[], lead = true) {
  const sentences = proofs.map(proofSentence);
  return { firstProof: sentences[0]!, leadFirst: lead && leadable(sentences[0]!), moreProofs: sentences.slice(1) };
}

/** The offer as it completes "I would…", or as typed when it is already a sentence. */
export function offerView(offer: string | undefined) {
  if (offer === undefined) return { offer: false as const, offerAsIs: false as const, anyOffer: false };
  const c = offerClause(offer);
  return c === undefined
    ? { offer: false as const, offerAsIs: sentence(offer), anyOffer: true }
    : { offer: c, offerAsIs: false as const, anyOffer: true };
}

/** The ask: how many minutes, when (the user's own words, ready to follow "15 minutes"), about which role. */
export function askView(
  ask: { minutes?: number | undefined; when?: string | undefined } | undefined,
  role: string | undefined,
  company: string,
  elsewhere: readonly (string | undefined)[] = [],
) {
  const lower = company.toLowerCase();
  return {
    minutes: ask?.minutes ?? 15,
    when: when(ask?.when),
    role: role === undefined ? false : roleName(role),
    askRole: role !== undefined,
    company,
    // The ask names the company only when nothing else in the draft does.
    atCompany: !elsewhere.some((s) => s !== undefined && s.toLowerCase().includes(lower)),
  };
}

/** The variant of each named slot, chosen by the seed: the same input always reads the same. */
export function variants(seed: number, counts: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  let slot = 0;
  for (const [name, n] of Object.entries(counts)) out[name] = variant(seed, slot++, n);
  return out;
}

/** The tone flags a template branches on. */
export function toneOf(tone: Tone) {
  return { warm: tone === 'warm', direct: tone === 'direct', formal: tone === 'formal' };
}
