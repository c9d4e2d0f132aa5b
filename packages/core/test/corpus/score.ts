/**
 * Scores `check()` on the corpus (README.md beside this file): caught, blocked and accepted, with
 * the kind given and inferred, on the tuning split, the held-out split and the fresh held-out set;
 * and the outreach decision (`outreachKind`) on outreach and on everyday mail.
 *
 * Run: `pnpm eval` (add `--split tune|held|fresh`, `--verbose` for the misses, `--json`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, isKind, outreachKind, type Kind, type Report } from '@sidedoor/core';

/** One message of the corpus. */
export interface Message {
  id: string;
  /** `null` for everyday mail that is no outreach at all (`kind: none`). */
  kind: Kind | null;
  label: 'good' | 'bad';
  catch: string[];
  block: boolean;
  source: string;
  subject?: string;
  text: string;
  split: Split;
}

/** Tuning, held out (every third message of the first files), fresh (fresh.txt, written after tuning began). */
export type Split = 'tune' | 'held' | 'fresh';

/** Rates over one split, in one mode. */
export interface Rates {
  caught: [number, number];
  blocked: [number, number];
  accepted: [number, number];
  kind: [number, number];
  misses: string[];
}

/** The outreach decision on a split (kind inferred, as a send check sees mail). */
export interface Decision {
  /** Outreach messages `outreachKind` takes for outreach. */
  outreach: [number, number];
  /** Bad messages a coach would block that a send check stops (outreach, and an error). */
  stopped: [number, number];
  /** Everyday mail read as outreach. */
  everydayOutreach: [number, number];
  /** Everyday mail a send check would stop. */
  everydayBlocked: [number, number];
  misses: string[];
}

// Run from the repository root, by `pnpm eval`, jest or `pnpm bench`.
const folder = join(process.cwd(), 'packages', 'core', 'test', 'corpus');

/**
 * Reads every `*.txt` file of the corpus: every third message of a file is held out, except in
 * fresh.txt (all held out: the fresh set) and everyday.txt (all tuning).
 */
export function loadCorpus(): Message[] {
  const out: Message[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(folder, file), 'utf8');
    const parts = raw.split(/^### /m).slice(1);
    parts.forEach((part, index) => {
      const [head, ...body] = part.split(/^---$/m);
      const lines = head!.split('\n');
      const id = lines[0]!.trim();
      const fields = new Map<string, string>();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const kindField = fields.get('kind');
      const kind = kindField === 'none' ? null : kindField;
      const label = fields.get('label');
      const source = fields.get('source') ?? '';
      if ((kind !== null && !isKind(kind)) || (label !== 'good' && label !== 'bad') || !source.startsWith('http')) {
        throw new Error(`${file}: message ${id} needs a kind, a label and a source URL`);
      }
      const message: Message = {
        id,
        kind,
        label,
        catch: (fields.get('catch') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        block: fields.get('block') === 'yes',
        source,
        text: body.join('---').replace(/^\n/, '').trimEnd() + '\n',
        split: file === 'fresh.txt' ? 'fresh' : file === 'everyday.txt' ? 'tune' : index % 3 === 2 ? 'held' : 'tune',
      };
      if (kind === null && label !== 'good') throw new Error(`${file}: everyday mail ${id} must be labelled good`);
      if (label === 'bad' && message.catch.length === 0) throw new Error(`${file}: bad message ${id} needs catch:`);
      const subject = fields.get('subject');
      if (subject !== undefined) message.subject = subject;
      out.push(message);
    });
  }
  return out;
}

function ruleMatches(found: string, wanted: string): boolean {
  return wanted.endsWith('/') ? found.startsWith(wanted) : found === wanted;
}

/** Checks one message, with its kind or without. */
export function checkMessage(m: Message, withKind: boolean): Report {
  return check(m.text, {
    ...(withKind ? { kind: m.kind } : {}),
    ...(m.subject === undefined ? {} : { subject: m.subject }),
  });
}

/** The rates of the outreach `messages` (everyday mail is left out), with the kind given (`withKind`) or inferred. */
export function score(messages: readonly Message[], withKind: boolean): Rates {
  const rates: Rates = { caught: [0, 0], blocked: [0, 0], accepted: [0, 0], kind: [0, 0], misses: [] };
  for (const m of messages) {
    if (m.kind === null) continue;
    const report = checkMessage(m, withKind);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    const flagged = report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    rates.kind[1]++;
    if (report.kind === m.kind) rates.kind[0]++;
    else if (!withKind) rates.misses.push(`${m.id}: inferred ${String(report.kind)}`);
    if (m.label === 'good') {
      rates.accepted[1]++;
      if (report.ready) rates.accepted[0]++;
      else rates.misses.push(`${m.id}: good but not ready (${[...new Set(errors)].join(', ')})`);
      continue;
    }
    rates.caught[1]++;
    if (flagged.some((f) => m.catch.some((w) => ruleMatches(f, w)))) rates.caught[0]++;
    else
      rates.misses.push(`${m.id}: not caught by ${m.catch.join(' or ')} (found ${[...new Set(flagged)].join(', ')})`);
    if (m.block) {
      rates.blocked[1]++;
      if (!report.ready) rates.blocked[0]++;
      else rates.misses.push(`${m.id}: should block, ready (${[...new Set(flagged)].join(', ')})`);
    }
  }
  return rates;
}

/**
 * What a send check does with every message: checks it without a kind, asks `outreachKind`
 * whether it is outreach, rechecks it as that kind, and stops it on an error.
 */
export function decide(messages: readonly Message[]): Decision {
  const d: Decision = {
    outreach: [0, 0],
    stopped: [0, 0],
    everydayOutreach: [0, 0],
    everydayBlocked: [0, 0],
    misses: [],
  };
  for (const m of messages) {
    const report = checkMessage(m, false);
    const kind = outreachKind(report);
    let stopped = false;
    if (kind !== undefined) {
      const final =
        report.kind === kind
          ? report
          : check(m.text, { kind, ...(m.subject === undefined ? {} : { subject: m.subject }) });
      stopped = !final.ready;
    }
    const tag = `${m.id}: ${String(report.kind)} at ${report.confidence}`;
    if (m.kind === null) {
      d.everydayOutreach[1]++;
      d.everydayBlocked[1]++;
      if (kind !== undefined) {
        d.everydayOutreach[0]++;
        d.misses.push(`${tag}: everyday mail read as outreach${stopped ? ', stopped at Send' : ''}`);
      }
      if (stopped) d.everydayBlocked[0]++;
      continue;
    }
    d.outreach[1]++;
    if (kind !== undefined) d.outreach[0]++;
    else d.misses.push(`${tag}: outreach read as ordinary mail`);
    if (m.label === 'bad' && m.block) {
      d.stopped[1]++;
      if (stopped) d.stopped[0]++;
      else d.misses.push(`${tag}: should be stopped at Send, is not`);
    }
  }
  return d;
}

const pct = ([n, d]: [number, number]) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const frac = (r: [number, number]) => `${r[0]}/${r[1]} (${pct(r)})`;

/** One printable line of rates. */
export function line(name: string, r: Rates): string {
  return `${name} caught=${frac(r.caught)} blocked=${frac(r.blocked)} accepted=${frac(r.accepted)} kind=${frac(r.kind)}`;
}

/** One printable line of the outreach decision. */
export function decisionLine(name: string, d: Decision): string {
  return `${name} outreach=${frac(d.outreach)} stopped=${frac(d.stopped)} everyday_outreach=${d.everydayOutreach[0]}/${d.everydayOutreach[1]} everyday_blocked=${d.everydayBlocked[0]}/${d.everydayBlocked[1]}`;
}

function main(argv: string[]): void {
  const all = loadCorpus();
  const splitArg = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : undefined;
  const splits: readonly Split[] =
    splitArg === 'tune' || splitArg === 'held' || splitArg === 'fresh' ? [splitArg] : ['tune', 'held', 'fresh'];
  const json: Record<string, Rates | Decision> = {};
  const verbose = argv.includes('--verbose');
  for (const split of splits) {
    const messages = all.filter((m) => m.split === split);
    const outreach = messages.filter((m) => m.kind !== null).length;
    for (const withKind of [true, false]) {
      const r = score(messages, withKind);
      const name = `eval.${split}.${withKind ? 'with_kind' : 'no_kind'}`;
      json[name] = r;
      if (!argv.includes('--json')) {
        console.log(line(`${name} messages=${outreach}`, r));
        if (verbose) for (const miss of r.misses) console.log(`  ${miss}`);
      }
    }
    const d = decide(messages);
    const name = `eval.${split}.send`;
    json[name] = d;
    if (!argv.includes('--json')) {
      console.log(decisionLine(`${name} messages=${messages.length}`, d));
      if (verbose) for (const miss of d.misses) console.log(`  ${miss}`);
    }
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json));
}

if (process.argv[1]?.endsWith('score.ts')) main(process.argv.slice(2));
