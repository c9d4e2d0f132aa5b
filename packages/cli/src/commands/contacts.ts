import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Candidate,
  type ContactTarget,
  type Draft,
  formatReport,
  introPrefill,
  type KnowsManager,
  MAX_EXPORT_BYTES,
  parseConnections,
  parseMessages,
  rankContacts,
  safeBuild,
} from '@sidedoor/core';
import { type Io, UsageError } from '../errors.js';
import { printable, printableReport } from '../terminal.js';
import { readBytes, readJson } from '../io.js';

/** `Candidate.knowsManager` of the manager themself (see the core's `KnowsManager`). */
const IS_MANAGER: KnowsManager = 4;

/** Writes text that holds words from the export, made safe to print on a terminal. */
function say(io: Io, text: string): void {
  io.stdout.write(printable(text));
}

export const help = `Usage: sidedoor contacts <Connections.csv> --company NAME [options]

Finds who you know at a company in your own LinkedIn export (Settings → Data privacy → Get a
copy of your data) and ranks them by who likely knows the hiring manager. The files are read
on this machine only: nothing is sent, logged or kept.
Exit code: 0 someone was found, 1 no one was, 2 bad usage or input.

Options:
  --company <name>         the company (required); matched by its name, never by part of a name
  --manager <name>         the hiring manager's full name
  --role <title>           the job title, which tells the manager's side of the company
  --messages <file.csv>    messages.csv from the same export: who you actually talk to
  --limit <n>              how many people to list (default 10)
  --json                   print an array, best first
  --draft                  also draft the intro requests to the one or two people to ask
  --base <me.json>         with --draft: your details (sender, proof, hook, offer, tone)
  -h, --help               show this help

Examples:
  sidedoor contacts Connections.csv --company Acme --manager "Sam Lee" --role "Payments Engineer"
  sidedoor contacts Connections.csv --company Acme --messages messages.csv --json
  sidedoor contacts Connections.csv --company Acme --manager "Sam Lee" --draft --base me.json`;

async function readExport(file: string, io: Io): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (info !== undefined && info.size >= MAX_EXPORT_BYTES) {
    throw new UsageError(
      `${file}: expected a LinkedIn export under 50 MB, found ${(info.size / 1024 / 1024).toFixed(1)} MB. Use the Connections.csv or messages.csv file itself, not the whole archive.`,
    );
  }
  return readBytes(file, io);
}

function item(c: Candidate) {
  return {
    name: c.connection.name,
    company: c.connection.company,
    position: c.connection.position,
    match: c.match,
    email: c.connection.email,
    url: c.connection.url,
    why: c.why,
    recommended: c.recommended,
    knowsManager: c.knowsManager,
    connectedOn: c.connection.connectedOn,
    messages: c.tie?.messages ?? 0,
    lastMessage: c.tie?.last ?? null,
    channel: c.channel.kind,
  };
}

function show(c: Candidate, index: number, io: Io): void {
  const mark = c.recommended ? '→' : ' ';
  const where = c.connection.company === '' ? '' : ` · ${c.connection.company}`;
  say(io, `${mark} ${index + 1}. ${c.connection.name} — ${c.connection.position || 'position not given'}${where}\n`);
  const channel =
    c.channel.kind === 'email' ? `write to ${c.channel.address}` : 'send a LinkedIn message (no email in the export)';
  say(io, `     ${c.match} company match · ${channel}\n`);
  // The last reason is the channel, already said on the line above.
  for (const reason of c.why.slice(0, -1)) say(io, `     - ${reason}\n`);
}

/** `sidedoor contacts`. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      company: { type: 'string' },
      manager: { type: 'string' },
      role: { type: 'string' },
      messages: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      draft: { type: 'boolean' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    say(io, `${help}\n`);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Expected the path of Connections.csv.');
  if (positionals.length > 1) throw new UsageError(`Expected one Connections.csv, found ${positionals.length} files.`);
  const company = values.company?.trim();
  if (company === undefined || company === '') throw new UsageError('Expected --company NAME.');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`Expected --limit to be a whole number of at least 1, found "${values.limit}".`);
  if (values.draft && values.base === undefined)
    throw new UsageError('--draft needs --base me.json (your name, proof and offer).');
  if (values.draft && values.manager === undefined)
    throw new UsageError('--draft needs --manager NAME: the intro request names the manager.');
  if (!values.draft && values.base !== undefined) throw new UsageError('--base goes with --draft.');

  const target: ContactTarget = { company };
  if (values.manager !== undefined) target.manager = values.manager;
  if (values.role !== undefined) target.role = values.role;
  const connections = parseConnections(await readExport(file, io), file);
  const options =
    values.messages === undefined
      ? {}
      : { messages: parseMessages(await readExport(values.messages, io), values.messages) };
  const base = values.draft ? await readJson(values.base!, io) : undefined;
  if (base !== undefined && (typeof base !== 'object' || base === null || Array.isArray(base)))
    throw new UsageError(`${values.base}: expected a JSON object with your details (sender, proof…).`);

  if (base !== undefined && target.role === undefined && typeof (base as { role?: unknown }).role !== 'string')
    throw new UsageError(`--draft needs --role TITLE (or "role" in ${values.base}): the intro request names the job.`);

  const ranked = rankContacts(connections, target, options);
  const shown = ranked.slice(0, limit);

  const drafts: { name: string; draft: Draft; connection: string | undefined }[] = [];
  let failed = false;
  if (base !== undefined) {
    for (const candidate of ranked.filter((c) => c.recommended && c.knowsManager !== IS_MANAGER)) {
      const prefill = introPrefill(candidate, target);
      const mine = base as Record<string, unknown>;
      const connection = typeof mine.connection === 'string' ? undefined : prefill.suggestedConnection;
      const input = { ...mine, ...prefill.input, ...(connection === undefined ? {} : { connection }) };
      const result = safeBuild('introRequest', input);
      if (!result.ok) {
        failed = true;
        for (const issue of result.error.issues)
          io.stderr.write(printable(`${values.base}: ${issue.path.join('.') || '(input)'}: ${issue.message}\n`));
        break;
      }
      drafts.push({ name: candidate.connection.name, draft: result.draft, connection });
    }
  }
  if (failed) return 2;

  if (values.json) {
    const list = shown.map((c) => {
      const draft = drafts.find((d) => d.name === c.connection.name);
      return draft === undefined ? item(c) : { ...item(c), draft: draft.draft };
    });
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ranked.length > 0 ? 0 : 1;
  }

  const from = basename(file);
  if (ranked.length === 0) {
    say(
      io,
      `No one at ${company} in ${from} (${connections.length} connections read). Companies match by name, never by part of a name: try the name as people write it on LinkedIn.\n`,
    );
    return 1;
  }
  const people = ranked.length === 1 ? '1 person' : `${ranked.length} people`;
  say(io, `${people} at ${company} in ${from}, best first. Ask one or two (→), not ten.\n\n`);
  shown.forEach((c, i) => show(c, i, io));
  if (ranked.length > shown.length)
    say(io, `\n… and ${ranked.length - shown.length} more (--limit ${ranked.length} to list them).\n`);
  const manager = ranked[0]!.knowsManager === IS_MANAGER ? ranked[0]! : undefined;
  if (manager !== undefined)
    say(
      io,
      `\n${manager.connection.name} is the manager and in your connections: write directly with "sidedoor draft manager-pitch".\n`,
    );
  for (const { name, draft, connection } of drafts) {
    say(io, `\n==================== Intro request to ${name} ====================\n`);
    const to = draft.to.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join(', ');
    say(io, `To: ${to}\n`);
    if (draft.subject !== undefined) say(io, `Subject: ${draft.subject}\n`);
    io.stdout.write(
      `\n${printable(draft.text)}\n\n${formatReport(printableReport(draft.report), printable(draft.text), { color: io.tty })}\n`,
    );
    const guess =
      connection === undefined
        ? ''
        : `, and "You ${connection}" is a guess: put the true line in "connection" in ${values.base}`;
    say(
      io,
      `Check before sending: the relationship line comes from the export; say how you really know ${name.split(' ')[0]}${guess}.\n`,
    );
  }
  return 0;
}
