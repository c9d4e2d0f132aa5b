// Drafts a message from a JSON file, as another tool would use @sidedoor/core:
//   npm start -- <kind> <file.json> [--json]      (in examples/draft-from-json)
// Exit code: 0 ready to send, 1 draft has errors, 2 bad input.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, kindName, kinds, parseKind, safeBuild } from '@sidedoor/core';

const [name, file, flag] = process.argv.slice(2);
const kind = parseKind(name);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (kind === undefined || file === undefined)
  fail(`Usage: main.ts <kind> <file.json> [--json]\nKinds: ${kinds.map(kindName).join(', ')}`);

let input: unknown;
try {
  // npm and pnpm run scripts in the package's folder; a relative path is read from where the command was typed.
  input = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? '.', file), 'utf8'));
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const result = safeBuild(kind, input);
if (!result.ok) {
  fail(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(input)'}: ${i.message}`).join('\n'));
}

const { draft } = result;
if (flag === '--json') console.log(JSON.stringify(draft, null, 2));
else {
  if (draft.subject !== undefined) console.log(`Subject: ${draft.subject}\n`);
  console.log(`${draft.text}\n`);
  console.log(formatReport(draft.report, draft.text, { color: process.stdout.isTTY }));
}
process.exitCode = draft.report.ready ? 0 : 1;
