// The main job, on the example data in examples/data: draft a manager pitch, a warm-intro
// request and its forwardable note, and check a hand-written draft — printing each with its
// report, the way a linter prints findings. Only the public API of @sidedoor/core is used.
import { readFileSync } from 'node:fs';
import {
  check,
  forwardableBlurb,
  formatReport,
  introRequest,
  isInputError,
  managerPitch,
  type Draft,
  type ForwardableBlurbInput,
  type IntroRequestInput,
  type ManagerPitchInput,
} from '@sidedoor/core';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[0m` : s);
const data = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

function show(title: string, draft: Draft): void {
  const to = draft.to.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join(', ');
  console.log(`\n${bold(`━━ ${title} ━━`)}`);
  console.log(`To: ${to}`);
  if (draft.subject !== undefined) console.log(`Subject: ${draft.subject}`);
  console.log('');
  console.log(draft.text.replace(/^/gm, '  │ '));
  console.log('');
  console.log(formatReport(draft.report, draft.text, { color }));
}

try {
  const pitch = data('pitch.json') as ManagerPitchInput;
  const intro = data('intro.json') as IntroRequestInput;
  show('Manager pitch', managerPitch(pitch));
  show('Warm-intro request (with the note to forward)', introRequest(intro));
  const blurb: ForwardableBlurbInput = { ...intro };
  show('Forwardable note, on its own', forwardableBlurb(blurb));

  const text = readFileSync(new URL('../../data/hand-written.txt', import.meta.url), 'utf8');
  console.log(`\n${bold('━━ check() on a hand-written pitch (examples/data/hand-written.txt) ━━')}\n`);
  console.log(text.trimEnd().replace(/^/gm, '  │ '));
  console.log('');
  const report = check(text, { kind: 'managerPitch', subject: 'Job', recipientName: 'Sam Lee', company: 'Acme' });
  console.log(formatReport(report, text, { color, name: 'hand-written.txt' }));
} catch (error) {
  if (!isInputError(error)) throw error;
  console.error(`The example data is invalid:\n${error.message}`);
  process.exitCode = 1;
}
