import { parseArgs } from 'node:util';
import { check, formatReport, kindLabel, kindName, type Report } from '@sidedoor/core';
import type { Io } from '../errors.js';
import { readText } from '../io.js';
import { parseKind } from '../kinds.js';
import { printable, printableReport } from '../terminal.js';

/** "checked as: manager pitch (inferred; use --kind to change)". */
function checkedAs(report: Pick<Report, 'kind' | 'inferred'>): string {
  const name = report.kind === null ? 'none of the kinds (general rules only)' : kindLabel(report.kind);
  const how = report.inferred
    ? 'inferred; use --kind to change'
    : `--kind ${report.kind === null ? 'none' : kindName(report.kind)}`;
  return `checked as: ${name} (${how})`;
}

export const help = `Usage: sidedoor check [file|-] [options]

Checks any outreach text — yours or a draft — against the method's rules and prints the
findings like a linter. Reads standard input when the file is "-" or left out.
Exit code: 0 ready to send, 1 an error-level finding, 2 bad usage or input.

Options:
  --kind <kind>         manager-pitch, intro-request, forwardable-blurb, follow-up,
                        call-script, linkedin-note, thank-you, or none; left out, the kind is
                        inferred from the text and printed ("checked as: …")
  --subject <text>      the subject line, checked too
  --recipient <name>    who it is for: the greeting should name them
  --company <name>      the company: the text should name it
  --json                print the report as JSON
  -h, --help            show this help

Examples:
  sidedoor check pitch.txt --kind manager-pitch --subject "Checkout latency"
  pbpaste | sidedoor check - --kind follow-up
  git diff --name-only | grep outreach/ | xargs -n1 sidedoor check --kind manager-pitch`;

/** `sidedoor check`. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      subject: { type: 'string' },
      recipient: { type: 'string' },
      company: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const file = positionals[0] ?? '-';
  if (file === '-' && (io.stdin as { isTTY?: boolean }).isTTY === true)
    io.stderr.write('Paste the text, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows).\n');
  const text = await readText(file, io);
  const report = check(text, {
    ...(values.kind === undefined ? {} : { kind: values.kind === 'none' ? null : parseKind(values.kind) }),
    ...(values.subject === undefined ? {} : { subject: values.subject }),
    ...(values.recipient === undefined ? {} : { recipientName: values.recipient }),
    ...(values.company === undefined ? {} : { company: values.company }),
  });
  io.stdout.write(
    values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${checkedAs(report)}\n${formatReport(printableReport(report), printable(text), { color: io.tty, name: printable(file === '-' ? 'stdin' : file) })}\n`,
  );
  return report.ready ? 0 : 1;
}
