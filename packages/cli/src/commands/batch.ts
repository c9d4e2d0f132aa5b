import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from '@sidedoor/core';
import type { BatchSink, RowOutcome } from '@sidedoor/mail';
import { type Io, UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { parseKind } from '../kinds.js';
import { CLEAR_LINE, printable } from '../terminal.js';
import { storedAuth } from './gmail.js';

export const help = `Usage: sidedoor batch <targets.csv|targets.json> --kind <kind> (--eml-dir DIR | --gmail) [options]

Drafts one message per target (one manager or contact per row) and writes each as an .eml file
or a Gmail draft. Progress is recorded in a state file: an interrupted or repeated run never
creates a draft twice and never drops a row (Gmail drafts without a record are looked up by
their Message-ID first). A second run of the same batch while one runs is refused. Ctrl-C stops
after the rows under way; run the command again to resume. Rows with invalid input are reported
with their row and field, repeated rows are drafted once; the others proceed.
Exit code: 0 every row done, 1 some rows invalid or failed, 2 bad usage, 130 stopped.

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
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} rows`;
}

const BASE_HINT =
  'Hint: what every row shares (your name and email, the tone…) goes in a JSON file passed with --base, e.g. --base me.json holding {"sender": {"name": "Alex Rivera", "email": "alex@example.com"}}.';

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
      for (const issue of error.issues) io.stderr.write(`${printable(`${issue.path.join(':')}: ${issue.message}`)}\n`);
      return 2;
    }
    throw error;
  }
  // Ctrl-C stops the batch after the rows under way; a second Ctrl-C quits at once (the state
  // file and the Message-ID lookup keep that safe too).
  const controller = new AbortController();
  let fatal: Error | undefined;
  const rootUrl = values['root-url'] ?? io.env.SIDEDOOR_GMAIL_ROOT_URL;
  const sink: BatchSink =
    dir !== undefined
      ? mail.emlSink(dir)
      : mail.gmailSink({
          auth: await storedAuth(io, (error) => {
            fatal ??= error;
            controller.abort();
          }),
          ...(rootUrl === undefined ? {} : { rootUrl }),
        });
  const statePath =
    values.state ??
    (dir !== undefined ? join(dir, '.sidedoor-batch.jsonl') : join(dirname(file), `${basename(file)}.state.jsonl`));
  if (dir !== undefined) await (await import('node:fs/promises')).mkdir(dir, { recursive: true });

  const where = printable(file);
  const invalid: { row: number; issues: string[] }[] = [];
  const problems: string[] = [];
  const note = (outcome: RowOutcome) => {
    if (outcome.status === 'invalid')
      invalid.push({
        row: outcome.row,
        issues: outcome.issues.map((i) => printable(`${i.path.join('.') || '(row)'}: ${i.message}`)),
      });
    if (outcome.status === 'failed') problems.push(`${where}:${outcome.row}: ${printable(outcome.error)}`);
    if (outcome.status === 'duplicate')
      problems.push(
        `${where}:${outcome.row}: the same target as row ${outcome.of}; drafted once, for row ${outcome.of}.`,
      );
  };
  let drawn = false;
  const clear = () => {
    if (drawn) io.stderr.write(CLEAR_LINE);
    drawn = false;
  };
  const onInterrupt = () => {
    if (controller.signal.aborted) {
      clear();
      io.stderr.write(`Stopped. ${RESUME}\n`);
      process.exit(130);
    }
    controller.abort();
    clear();
    io.stderr.write('Stopping after the rows under way… (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onInterrupt);
  let report;
  try {
    report = await mail.runBatch({
      kind,
      targets,
      sink,
      statePath,
      signal: controller.signal,
      ...(rate === undefined ? {} : { ratePerSecond: rate }),
      onNotice: (message) => {
        clear();
        io.stderr.write(`${printable(message)}\n`);
      },
      onProgress: (outcome, done, total) => {
        note(outcome);
        if (io.tty && !controller.signal.aborted) {
          io.stderr.write(`${CLEAR_LINE}${progressBar(done, total)}`);
          drawn = true;
        }
      },
    });
  } finally {
    process.off('SIGINT', onInterrupt);
    clear();
  }
  // An issue every invalid row shares (a missing sender, most often) is said once.
  const shared = invalid.length > 1 ? invalid[0]!.issues.filter((i) => invalid.every((r) => r.issues.includes(i))) : [];
  for (const issue of shared) io.stderr.write(`${where}: every invalid row (${invalid.length}): ${issue}\n`);
  for (const r of invalid)
    for (const issue of r.issues) if (!shared.includes(issue)) io.stderr.write(`${where}:${r.row}: ${issue}\n`);
  if (values.base === undefined && invalid.some((r) => r.issues.some((i) => i.startsWith('sender.'))))
    io.stderr.write(`${BASE_HINT}\n`);
  for (const line of problems) io.stderr.write(`${line}\n`);
  const found = report.recovered > 0 ? ` (${report.recovered} found in Gmail)` : '';
  const duplicates = report.duplicates > 0 ? `, duplicates ${report.duplicates}` : '';
  io.stdout.write(
    `Created ${report.created}, already done ${report.skipped}${found}, invalid ${report.invalid}, failed ${report.failed}${duplicates} (of ${targets.length} rows). Progress: ${printable(statePath)}\n`,
  );
  if (fatal !== undefined) throw fatal;
  if (report.interrupted) {
    io.stderr.write(`Stopped after ${report.outcomes.length} of ${targets.length} rows. ${RESUME}\n`);
    return 130;
  }
  return report.invalid + report.failed === 0 ? 0 : 1;
}

const RESUME = 'Run the same command again to resume: rows already done are skipped, none is drafted twice.';
