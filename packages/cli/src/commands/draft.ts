import { parseArgs } from 'node:util';
import { type Draft, formatReport, safeBuild } from '@sidedoor/core';
import { type Io, UsageError } from '../errors.js';
import { removeStaleTemporaries, writeEmlFile } from '../eml-file.js';
import { readJson } from '../io.js';
import { parseKind } from '../kinds.js';
import { letterFields, withPreset } from '../from-rejection.js';
import { promptInput } from '../prompt.js';
import { printable, printableReport } from '../terminal.js';

export const help = `Usage: sidedoor draft <kind> [--in file.json] [--from-rejection letter] [--json | --eml out.eml]

Drafts a message and prints it with its check report. Without --in, asks for each field
(labels and help from the schema) on the terminal or from standard input.
Exit code: 0 ready to send, 1 the draft has an error-level finding, 2 bad usage or input.

Kinds: manager-pitch, intro-request, forwardable-blurb, follow-up, call-script,
       linkedin-note, thank-you

Options:
  --in <file.json>   the input, with the core's field names (see examples/data/pitch.json)
  --json             print the draft (subject, text, html, to, report) as JSON
  --eml <out.eml>    also write the draft as an .eml file, from the sender's address
  --from-rejection <letter.eml|letter.txt>
                     fill company, role and screenedOut from HR's rejection letter
                     (values in --in win; the letter is read here, never kept)
  -h, --help         show this help

Examples:
  sidedoor draft manager-pitch --in examples/data/pitch.json
  sidedoor draft intro-request --in intro.json --eml intro.eml
  sidedoor draft follow-up          # asks for each field
  sidedoor draft manager-pitch --in me.json --from-rejection letter.eml`;

function show(draft: Draft, io: Io): void {
  const to = draft.to.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join(', ');
  io.stdout.write(printable(`To: ${to}\n`));
  if (draft.subject !== undefined) io.stdout.write(printable(`Subject: ${draft.subject}\n`));
  io.stdout.write(
    `\n${printable(draft.text)}\n\n${formatReport(printableReport(draft.report), printable(draft.text), { color: io.tty })}\n`,
  );
}

/** `sidedoor draft`. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      in: { type: 'string' },
      json: { type: 'boolean' },
      eml: { type: 'string' },
      'from-rejection': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (values.json && values.eml !== undefined) throw new UsageError('Choose --json or --eml, not both.');
  const kind = parseKind(positionals[0]);
  if (values.eml !== undefined) await removeStaleTemporaries(values.eml, io);
  const letter = values['from-rejection'];
  const preset = letter === undefined ? {} : await letterFields(letter, kind, io);
  const input =
    values.in === undefined ? await promptInput(kind, io, preset) : withPreset(await readJson(values.in, io), preset);
  const result = safeBuild(kind, input);
  if (!result.ok) {
    const where = values.in ?? 'input';
    for (const issue of result.error.issues)
      io.stderr.write(`${printable(`${where}: ${issue.path.join('.') || '(input)'}: ${issue.message}`)}\n`);
    return 2;
  }
  const { draft } = result;
  if (values.eml !== undefined) {
    const sender = (input as { sender: { name: string; email: string } }).sender;
    await writeEmlFile(values.eml, draft, { name: sender.name, email: sender.email }, io);
  }
  if (values.json) io.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
  else show(draft, io);
  return draft.report.ready ? 0 : 1;
}
