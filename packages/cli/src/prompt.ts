import { createInterface } from 'node:readline';
import { type FieldDescriptor, fields, type Kind, safeBuild } from '@sidedoor/core';
import { type Io, UsageError } from './errors.js';

type Answers = Record<string, unknown>;

function setPath(target: Answers, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Answers;
  }
  node[path[path.length - 1]!] = value;
}

function getPath(target: Answers, path: string[]): unknown {
  let node: unknown = target;
  for (const key of path) node = (node as Answers | undefined)?.[key];
  return node;
}

function deletePath(target: Answers, path: string[]): void {
  let node: Answers | undefined = target;
  for (const key of path.slice(0, -1)) node = node?.[key] as Answers | undefined;
  if (node !== undefined) delete node[path[path.length - 1]!];
}

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

async function askField(field: FieldDescriptor, lines: Lines, answers: Answers, io: Io): Promise<void> {
  const optional = field.required ? '' : ' (optional, Enter to skip)';
  io.stderr.write(`\n${field.label}${optional}\n  ${field.help}\n`);
  if (field.type === 'list') {
    const items: string[] = [];
    const max = field.maxItems ?? 3;
    io.stderr.write(`  One per line, up to ${max}; an empty line ends the list.\n`);
    while (items.length < max) {
      const line = await lines.ask(`  ${items.length + 1}> `);
      if (line === '') break;
      items.push(line);
    }
    if (items.length > 0) setPath(answers, field.path, items);
    else deletePath(answers, field.path);
    return;
  }
  for (;;) {
    const hint =
      field.type === 'choice'
        ? ` [${field.options!.join('/')}${field.default === undefined ? '' : `, default ${field.default as string}`}]`
        : field.type === 'boolean'
          ? ' [y/N]'
          : '';
    const line = await lines.ask(`> ${hint === '' ? '' : `${hint.trim()} `}`);
    if (line === '') {
      if (!field.required) {
        deletePath(answers, field.path);
        return;
      }
      io.stderr.write('  This one is needed.\n');
      continue;
    }
    if (field.type === 'number') {
      const n = Number(line);
      if (!Number.isInteger(n)) {
        io.stderr.write('  Expected a whole number.\n');
        continue;
      }
      setPath(answers, field.path, n);
    } else if (field.type === 'boolean') setPath(answers, field.path, /^y(?:es)?$/i.test(line));
    else if (field.type === 'choice') {
      const choice = field.options!.find((o) => o === line || String(field.options!.indexOf(o) + 1) === line);
      if (choice === undefined) {
        io.stderr.write(`  Expected one of ${field.options!.join(', ')}.\n`);
        continue;
      }
      setPath(answers, field.path, choice);
    } else setPath(answers, field.path, line);
    return;
  }
}

/**
 * Asks for every field of a kind on standard error and reads the answers from standard input,
 * with the labels and help text of the core's schema; then asks again for each field the
 * schema refused, showing why.
 */
export async function promptInput(kind: Kind, io: Io, preset: Answers = {}): Promise<Answers> {
  const form = fields(kind);
  const lines = new Lines(io);
  // Fields already known (from a rejection letter) are not asked again.
  const answers: Answers = structuredClone(preset);
  for (const field of form) if (getPath(answers, field.path) === undefined) await askField(field, lines, answers, io);
  for (let round = 0; round < 3; round++) {
    const result = safeBuild(kind, answers);
    if (result.ok) return answers;
    for (const issue of result.error.issues) {
      const name = issue.path.filter((p) => typeof p === 'string').join('.');
      const field =
        form.find((f) => f.name === name) ??
        form.find((f) => name.startsWith(`${f.name}.`) || f.name.startsWith(`${name}.`));
      io.stderr.write(`\n${name}: ${issue.message}\n`);
      if (field !== undefined) await askField(field, lines, answers, io);
    }
  }
  return answers;
}
