/**
 * How the drafts read, over ten realistic people × seven kinds × three tones: no stock phrases,
 * tones that differ, every fact kept, clean grammar (Harper) on sidedoor's own words, names
 * right, and no finding from the draft's own checks.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { kinds, safeBuild, tones, type Draft, type Kind, type Tone } from '@sidedoor/core';
import { inputFor } from './inputs';
import { people, type Person } from './people';

interface Built {
  person: Person;
  kind: Kind;
  tone: Tone;
  draft: Draft;
}

const drafts: Built[] = [];
/** Notes refused because the hook and the first proof point cannot fit a free account's 200 characters. */
const refused: string[] = [];
for (const person of people)
  for (const kind of kinds)
    for (const tone of tones) {
      const result = safeBuild(kind, inputFor(person, kind, tone));
      if (result.ok) drafts.push({ person, kind, tone, draft: result.draft });
      else refused.push(`${person.id} ${kind} ${tone}: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }

/** A value without its final punctuation, as drafts embed it. */
function stripEnd(s: string): string {
  let t = s.trim();
  while (t.length > 0 && '.;,:'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  return t;
}

/** Every string the user typed for this person, in the forms a draft may embed it. */
function userStrings(p: Person): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(visit);
  };
  visit({ ...p, id: undefined, inspiredBy: undefined, help: undefined, premium: undefined, screenedOut: undefined });
  const forms = new Set<string>();
  for (const s of out) {
    const t = stripEnd(s);
    forms.add(t);
    // Names are embedded by their parts ("Dr. Reyes", "Beth Anne"); roles without "role".
    for (const word of t.split(/\s+/))
      if (/^[A-Z(]/.test(word) && word.length > 1) forms.add(word.replace(/[(),]/g, ''));
    forms.add(t.replace(/^(?:i|you|we)\s+/i, ''));
  }
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}

/** Character ranges of `text` that came from the user. */
function userRanges(text: string, p: Person): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const lower = text.toLowerCase();
  for (const s of userStrings(p)) {
    const needle = s.toLowerCase();
    let at = lower.indexOf(needle);
    while (at !== -1) {
      for (let i = at; i < at + needle.length; i++) mask[i] = true;
      at = lower.indexOf(needle, at + needle.length);
    }
  }
  return mask;
}

/** Runs of the template's own words within a clause (user words cut them), lower-cased. */
function ownRuns(text: string, p: Person): string[][] {
  const mask = userRanges(text, p);
  const runs: string[][] = [[]];
  // A phrase stays within a clause: punctuation and line breaks end it, as user words do.
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+|[.,;:!?()"—\n]/gu)) {
    const start = m.index;
    const user = mask.slice(start, start + m[0].length).some(Boolean);
    if (!/[\p{L}\p{N}]/u.test(m[0]) && m[0].length > 1) continue; // a rule of dashes is not a word
    if (user || /^[.,;:!?()"—\n]$/.test(m[0])) runs.push([]);
    else runs[runs.length - 1]!.push(m[0].toLowerCase().replace(/’/g, "'"));
  }
  return runs.filter((r) => r.length > 0);
}

/** The body sentences of a draft: no greeting, sign-off, signature or forwarded note. */
function bodySentences(d: Built): string[] {
  let text = d.draft.text;
  const marker = text.indexOf('\n\n----------');
  if (marker !== -1) text = text.slice(0, marker);
  let paragraphs = text.split('\n\n');
  if (d.kind === 'linkedinNote' || d.kind === 'callScript') {
    paragraphs[0] = paragraphs[0]!.replace(/^(?:Hi|Hello|Dear) [^,]+, /, '').replace(/ (?:— \S+|Regards, .+)$/, '');
  } else {
    paragraphs = paragraphs.slice(1, -1);
  }
  return paragraphs
    .join(' ')
    .split(/(?<=[.?!)])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('drafts of ten people in every kind and tone', () => {
  test('should draft everything except a free LinkedIn note whose hook and proof cannot fit together', () => {
    expect(refused).toEqual([
      'teacher-to-id linkedinNote warm: hook',
      'teacher-to-id linkedinNote direct: hook',
      'teacher-to-id linkedinNote formal: hook',
      'new-graduate linkedinNote warm: hook',
      'new-graduate linkedinNote direct: hook',
      'new-graduate linkedinNote formal: hook',
    ]);
    expect(drafts).toHaveLength(people.length * kinds.length * tones.length - 6);
  });

  test('should have no error and no warning from their own checks', () => {
    const noisy = drafts.filter((d) => d.draft.report.findings.some((f) => f.severity !== 'info'));
    expect(
      noisy.map(
        (d) =>
          `${d.person.id} ${d.kind} ${d.tone}: ${d.draft.report.findings.map((f) => `${f.rule} ${f.message}`).join('; ')}`,
      ),
    ).toEqual([]);
  });

  test('should repeat no 5-word phrase of their own in more than half of the people, per kind', () => {
    const overused: string[] = [];
    for (const kind of kinds) {
      const peopleWith = new Map<string, Set<string>>();
      for (const d of drafts.filter((x) => x.kind === kind)) {
        for (const run of ownRuns(d.draft.text, d.person)) {
          for (let i = 0; i + 5 <= run.length; i++) {
            const gram = run.slice(i, i + 5).join(' ');
            let set = peopleWith.get(gram);
            if (set === undefined) peopleWith.set(gram, (set = new Set()));
            set.add(d.person.id);
          }
        }
      }
      for (const [gram, who] of peopleWith)
        if (who.size > people.length / 2) overused.push(`${kind}: "${gram}" ×${who.size}`);
    }
    expect(overused).toEqual([]);
  });

  test('should differ between tones: most sentences, and direct shortest', () => {
    let total = 0;
    let shared = 0;
    const length: Record<Tone, number> = { warm: 0, direct: 0, formal: 0 };
    for (const person of people) {
      for (const kind of kinds) {
        const found = tones.map((tone) =>
          drafts.find((d) => d.person === person && d.kind === kind && d.tone === tone),
        );
        if (found.some((d) => d === undefined)) continue;
        const byTone = found.map((d) => bodySentences(d!));
        byTone.forEach((sentences, i) => {
          length[tones[i]!] += words(sentences.join(' '));
          for (const s of sentences) {
            total++;
            if (byTone.some((other, j) => j !== i && other.includes(s))) shared++;
          }
        });
      }
    }
    expect(shared / total).toBeLessThanOrEqual(0.35);
    expect(length.direct).toBeLessThanOrEqual(length.warm * 0.85);
  });

  test('should keep the proposed day, the hook, the headline and the help asked for', () => {
    const missing: string[] = [];
    for (const d of drafts) {
      const { person: p, kind, draft } = d;
      const text = draft.text.toLowerCase();
      const has = (s: string) => text.includes(stripEnd(s.toLowerCase()));
      const label = `${p.id} ${kind} ${d.tone}`;
      if (
        p.ask?.when !== undefined &&
        ['managerPitch', 'forwardableBlurb', 'callScript', 'introRequest'].includes(kind) &&
        !has(p.ask.when)
      )
        missing.push(`${label}: day "${p.ask.when}"`);
      if (
        ['managerPitch', 'forwardableBlurb', 'linkedinNote', 'introRequest'].includes(kind) &&
        !has(p.hook.replace(/^\w/, (c) => c.toLowerCase())) &&
        !has(p.hook)
      )
        missing.push(`${label}: hook`);
      if (
        p.sender.headline !== undefined &&
        ['managerPitch', 'forwardableBlurb', 'callScript'].includes(kind) &&
        !has(p.sender.headline.slice(1))
      )
        missing.push(`${label}: headline`);
      if (
        kind === 'linkedinNote' &&
        p.premium === true &&
        p.sender.headline !== undefined &&
        !has(p.sender.headline.slice(1))
      )
        missing.push(`${label}: headline`);
      if (kind === 'thankYou') {
        const said = { introduce: /introduc|intro |connecting/, urge: /a word with/, meeting: /meeting|set up time/ }[
          p.help
        ];
        if (!said.test(text)) missing.push(`${label}: help "${p.help}"`);
        if (/bcc/.test(text) !== (p.help === 'introduce' && p.outcome === undefined))
          missing.push(`${label}: Bcc line`);
      }
      if (kind === 'followUp' && !has(p.update.replace(/^i /i, ''))) missing.push(`${label}: update`);
    }
    expect(missing).toEqual([]);
  });

  test('should greet by first name, or by title and surname when formal, never by an honorific', () => {
    const wrong: string[] = [];
    for (const d of drafts) {
      const first = d.draft.text.split(/[\n,]/)[0]!;
      // An honorific goes with the surname, in the formal tone only ("Dear Dr. Reyes").
      const honorific = /\b(?:Dr|Ms|Mr|Mrs|Prof|Col|SFC)\.?(?= |$)/.test(first);
      if (honorific && (d.tone !== 'formal' || /(?:Dr|Ms|Mr|Mrs|Prof|Col|SFC)\.?$/.test(first)))
        wrong.push(`${d.person.id} ${d.kind} ${d.tone}: ${first}`);
      if (/Jr\b|III\b|\(Ret/.test(first)) wrong.push(`${d.person.id} ${d.kind} ${d.tone}: ${first}`);
    }
    const pitch = (id: string, tone: Tone) =>
      drafts.find((d) => d.person.id === id && d.kind === 'managerPitch' && d.tone === tone)!.draft.text.split('\n')[0];
    expect(wrong).toEqual([]);
    expect(pitch('icu-nurse', 'warm')).toMatch(/^(?:Hi|Hello) Alan,$/);
    expect(pitch('icu-nurse', 'formal')).toBe('Dear Dr. Reyes,');
    expect(pitch('teacher-to-id', 'formal')).toBe('Dear Ms. Stein,');
    expect(pitch('product-designer', 'direct')).toBe('Hi Mary Jo,');
    expect(pitch('finance-analyst', 'formal')).toBe('Dear Mr. Greene,');
    expect(pitch('army-nco', 'formal')).toBe('Dear Col. O’Neil,');
  });

  test('should mention a screened-out application only after the proof and the ask', () => {
    for (const d of drafts.filter((x) => x.kind === 'managerPitch' && x.person.screenedOut === true)) {
      const text = d.draft.text;
      const applied = text.search(/applied|application/i);
      const proof = text.toLowerCase().indexOf(d.person.proof[0]!.toLowerCase().slice(4, 30));
      expect(applied).toBeGreaterThan(proof);
      expect(applied).toBeGreaterThan(text.indexOf('?'));
      expect(proof).toBeGreaterThan(-1);
    }
    for (const d of drafts.filter((x) => x.kind === 'managerPitch' && x.person.screenedOut !== true))
      expect(d.draft.text).not.toMatch(/applied|application/i);
  });

  test("should have no grammar lint from Harper on sidedoor's own words", () => {
    const script = join(__dirname, 'harper-lint.mjs');
    const texts = drafts.map((d) => d.draft.text);
    const run = spawnSync(process.execPath, [script], {
      input: JSON.stringify(texts),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(run.stderr).toBe('');
    const lints = JSON.parse(run.stdout) as { start: number; end: number; kind: string; message: string }[][];
    const ours: string[] = [];
    lints.forEach((list, i) => {
      const d = drafts[i]!;
      const mask = userRanges(d.draft.text, d.person);
      for (const l of list) {
        if (mask.slice(l.start, l.end).some(Boolean)) continue;
        ours.push(
          `${d.person.id} ${d.kind} ${d.tone}: ${l.kind} "${d.draft.text.slice(l.start, l.end)}" — ${l.message}`,
        );
      }
    });
    expect(ours).toEqual([]);
  });
});
