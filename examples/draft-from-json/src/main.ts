// Drafts a message from a JSON file, as another tool would use @sidedoor/core:
//   pnpm --filter @sidedoor/example-draft-from-json start <kind> <file.json> [--json]
// Exit code: 0 ready to send, 1 draft has errors, 2 bad input.
import { readFileSync } from 'node:fs';
import { formatReport, isKind, kinds, safeBuild } from '@sidedoor/core';

const [kind, file, flag] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!isKind(kind) || file === undefined) fail(`Usage: main.ts <kind> <file.json> [--json]\nKinds: ${kinds.join(', ')}`);

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
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
