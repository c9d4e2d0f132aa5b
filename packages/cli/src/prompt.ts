import { createInterface } from 'node:readline';
import { type FieldDescriptor, fields, inputFromFields, type InputIssue, type Kind, safeBuild } from '@sidedoor/core';
import { type Io, UsageError } from './errors.js';
import { printable } from './terminal.js';

/** Answers by field name (`sender.email`, `proof`), as typed: the core reads them by the field's type. */
type Answers = Record<string, string | string[]>;

/** Reads answers line by line from standard input, whether a terminal or a pipe. */
class Lines {
  private readonly iterator: AsyncIterator<string>;

  constructor(private readonly io: Io) {
    this.iterator = createInterface({ input: io.stdin, terminal: false })[Symbol.asyncIterator]();
  }

  async ask(question: string): Promise<string> {
    this.io.stderr.write(question);
    const next = await this.iterator.next();
    if (next.done)
      throw new UsageError('Input ended before every field was answered; pass --in file.json to draft from a file.');
    return next.value.trim();
  }
}

/**
 * A schema message as a person reads it: code-quoted names lose their backticks ("Expected
 * `tone` to be one of…" becomes "Expected tone to be one of…").
 */
export function humanMessage(message: string): string {
  return message.replace(/`([^`]+)`/g, '$1');
}

/** Whether an issue is about this field (a list's items included). */
function about(issue: InputIssue, field: FieldDescriptor): boolean {
  const name = issue.path.filter((p) => typeof p === 'string').join('.');
  return name === field.name || name.startsWith(`${field.name}.`);
}

/** The schema's issues with this field, given the answers so far. */
function issuesWith(kind: Kind, field: FieldDescriptor, answers: Answers): InputIssue[] {
  const result = safeBuild(kind, inputFromFields(kind, answers));
  return result.ok ? [] : result.error.issues.filter((issue) => about(issue, field));
}

function tell(io: Io, issues: InputIssue[]): void {
  for (const issue of issues) io.stderr.write(`  ✗ ${printable(humanMessage(issue.message))}\n`);
}

/** Reads one answer for a field (a list: up to its most items), without judging it. */
async function read(field: FieldDescriptor, lines: Lines, io: Io): Promise<string | string[] | undefined> {
  if (field.type === 'list') {
    const items: string[] = [];
    const max = field.maxItems ?? 3;
    while (items.length < max) {
      const line = await lines.ask(`  ${items.length + 1}> `);
      if (line === '') break;
      items.push(line);
    }
    return items.length > 0 ? items : undefined;
  }
  for (;;) {
    const hint =
      field.type === 'choice'
        ? `[${field.options!.join('/')}${field.default === undefined ? '' : `, default ${field.default as string}`}] `
        : field.type === 'boolean'
          ? '[y/N] '
          : '';
    const line = await lines.ask(`> ${hint}`);
    if (line === '') return undefined;
    if (field.type === 'boolean') return /^y(?:es)?$/i.test(line) ? 'yes' : 'no';
    if (field.type === 'choice') {
      const choice = field.options!.find((o, i) => o === line || String(i + 1) === line);
      if (choice !== undefined) return choice;
      io.stderr.write(`  ✗ Expected one of ${field.options!.join(', ')}.\n`);
      continue;
    }
    return line;
  }
}

/** Asks for one field until the schema accepts the answer (or an optional one is skipped). */
async function askField(kind: Kind, field: FieldDescriptor, lines: Lines, answers: Answers, io: Io): Promise<void> {
  const optional = field.required ? '' : ' (optional, Enter to skip)';
  io.stderr.write(`\n${field.label}${optional}\n  ${field.help}\n`);
  if (field.type === 'list')
    io.stderr.write(`  One per line, up to ${field.maxItems ?? 3}; an empty line ends the list.\n`);
  for (;;) {
    const answer = await read(field, lines, io);
    if (answer === undefined) delete answers[field.name];
    else answers[field.name] = answer;
    const issues = issuesWith(kind, field, answers);
    if (issues.length === 0) return;
    if (answer === undefined && field.required && field.type !== 'list') io.stderr.write('  ✗ This one is needed.\n');
    else tell(io, issues);
    if (field.type === 'list') io.stderr.write('  Enter the list again:\n');
  }
}

/**
 * Asks for every field of a kind on standard error and reads the answers from standard input,
 * with the labels and help text of the core's schema. Each answer is checked against its
 * field's schema as soon as it is given, and asked again at once with the reason; what only
 * the whole input can tell (a call script needs your phone) is asked for at the end.
 */
export async function promptInput(
  kind: Kind,
  io: Io,
  preset: Record<string, string | boolean> = {},
): Promise<Record<string, unknown>> {
  const form = fields(kind);
  const lines = new Lines(io);
  // Fields already known (from a rejection letter) are not asked again.
  const answers: Answers = {};
  for (const [name, value] of Object.entries(preset))
    answers[name] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  for (const field of form) if (!Object.hasOwn(answers, field.name)) await askField(kind, field, lines, answers, io);
  for (let round = 0; round < 3; round++) {
    const result = safeBuild(kind, inputFromFields(kind, answers));
    if (result.ok) break;
    for (const issue of result.error.issues) {
      const field = form.find((f) => about(issue, f));
      io.stderr.write(`\n${printable(humanMessage(issue.message))}\n`);
      if (field !== undefined) await askField(kind, field, lines, answers, io);
    }
  }
  return inputFromFields(kind, answers);
}
