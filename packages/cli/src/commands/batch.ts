import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from '@sidedoor/core';
import type { BatchSink, RowOutcome } from '@sidedoor/mail';
import { type Io, UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { parseKind } from '../kinds.js';
import { storedAuth } from './gmail.js';

export const help = `Usage: sidedoor batch <targets.csv|targets.json> --kind <kind> (--eml-dir DIR | --gmail) [options]

Drafts one message per target (one manager or contact per row) and writes each as an .eml file
or a Gmail draft. Progress is recorded in a state file: an interrupted or repeated run never
creates a draft twice and never drops a row. Rows with invalid input are reported with their
row and field; the others proceed.
Exit code: 0 every row done, 1 some rows invalid or failed, 2 bad usage.

CSV columns are field paths (manager.name, manager.email, company, role, hook, offer…);
proof points are separated by "|". A JSON file holds an array of inputs.

Options:
  --kind <kind>      manager-pitch, intro-request, forwardable-blurb, follow-up, thank-you
  --base <file.json> what every row shares (your sender details, tone…); rows win over it
  --eml-dir <dir>    write NNNN-name.eml files into this folder
  --gmail            create Gmail drafts (run "sidedoor gmail login" first)
  --state <file>     progress file (default: <dir>/.sidedoor-batch.jsonl, or <targets>.state.jsonl)
  --rate <n>         at most n drafts a second (default 5 for Gmail, unlimited for files)
  -h, --help         show this help

Examples:
  sidedoor batch targets.csv --kind manager-pitch --base me.json --eml-dir out/
  sidedoor batch targets.csv --kind manager-pitch --base me.json --gmail --rate 2`;

function progressBar(done: number, total: number, width = 28): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

/** `sidedoor batch`. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      base: { type: 'string' },
      'eml-dir': { type: 'string' },
      gmail: { type: 'boolean' },
      state: { type: 'string' },
      rate: { type: 'string' },
      'root-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Missing the targets file (CSV or JSON).');
  const kind = parseKind(values.kind, '--kind');
  const dir = values['eml-dir'];
  if ((dir === undefined) === (values.gmail !== true))
    throw new UsageError('Choose one output: --eml-dir DIR or --gmail.');
  const rate = values.rate === undefined ? (values.gmail ? 5 : undefined) : Number(values.rate);
  if (rate !== undefined && !(rate > 0))
    throw new UsageError(`--rate expects a positive number, found "${values.rate}".`);
  const base = values.base === undefined ? {} : ((await readJson(values.base, io)) as Record<string, unknown>);

  const mail = await import('@sidedoor/mail');
  let targets;
  try {
    targets = await mail.readTargets(file, kind, base);
  } catch (error) {
    if (isInputError(error)) {
      for (const issue of error.issues) io.stderr.write(`${issue.path.join(':')}: ${issue.message}\n`);
      return 2;
    }
    throw error;
  }
  const rootUrl = values['root-url'] ?? io.env.SIDEDOOR_GMAIL_ROOT_URL;
  const sink: BatchSink =
    dir !== undefined
      ? mail.emlSink(dir)
      : mail.gmailSink({ auth: await storedAuth(io), ...(rootUrl === undefined ? {} : { rootUrl }) });
  const statePath =
    values.state ??
    (dir !== undefined ? join(dir, '.sidedoor-batch.jsonl') : join(dirname(file), `${basename(file)}.state.jsonl`));
  if (dir !== undefined) await (await import('node:fs/promises')).mkdir(dir, { recursive: true });

  const problems: string[] = [];
  const note = (outcome: RowOutcome) => {
    if (outcome.status === 'invalid')
      for (const i of outcome.issues)
        problems.push(`${file}:${outcome.row}: ${i.path.join('.') || '(row)'}: ${i.message}`);
    if (outcome.status === 'failed') problems.push(`${file}:${outcome.row}: ${outcome.error}`);
  };
  const report = await mail.runBatch({
    kind,
    targets,
    sink,
    statePath,
    ...(rate === undefined ? {} : { ratePerSecond: rate }),
    onProgress: (outcome, done, total) => {
      note(outcome);
      if (io.tty) io.stderr.write(`\r${progressBar(done, total)}  row ${outcome.row} ${outcome.status}   `);
    },
  });
  if (io.tty) io.stderr.write('\n');
  for (const line of problems) io.stderr.write(`${line}\n`);
  io.stdout.write(
    `Created ${report.created}, already done ${report.skipped}, invalid ${report.invalid}, failed ${report.failed} (of ${targets.length} rows). Progress: ${statePath}\n`,
  );
  return report.invalid + report.failed === 0 ? 0 : 1;
}
