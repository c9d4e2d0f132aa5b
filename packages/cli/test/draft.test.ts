import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { managerPitch } from '@sidedoor/core';
import { data, sidedoor, temp } from './helpers';

/** The core's own draft of examples/data/pitch.json: the CLI must print and write exactly it. */
const pitch = managerPitch(JSON.parse(readFileSync(join(data, 'pitch.json'), 'utf8')) as never);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('sidedoor draft', () => {
  test('should draft from a JSON file and print it with its report', async () => {
    const run = await sidedoor(['draft', 'manager-pitch', '--in', join(data, 'pitch.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^To: Sam Lee <sam\\.lee@acme\\.example>\\nSubject: ${escape(pitch.subject!)}\\n\\n${escape(pitch.text)}\\n`,
      ),
    );
    expect(run.stdout).toMatch(/✔ ready to send/);
  });

  test('should print the draft as JSON', async () => {
    const run = await sidedoor(['draft', 'intro-request', '--in', join(data, 'intro.json'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: 'introRequest',
      to: [{ name: 'Dana Kim', email: 'dana.kim@example.com' }],
      report: { ready: true },
    });
  });

  test('should write an .eml a real parser reads back', async () => {
    const out = join(temp(), 'pitch.eml');
    const run = await sidedoor(['draft', 'manager-pitch', '--in', join(data, 'pitch.json'), '--eml', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`Wrote ${out}\n`);
    const parsed = await simpleParser(readFileSync(out));
    expect(parsed.subject).toBe(pitch.subject);
    expect(parsed.text?.trim()).toBe(pitch.text);
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Alex Rivera', address: 'alex.rivera@example.com' });
    // Mail apps open it as a message to send, not as received mail.
    expect(parsed.headers.get('x-unsent')).toBe('1');
  });

  test('should name the file and the field of bad input, exit 2', async () => {
    const file = join(temp(), 'bad.json');
    const input = JSON.parse(readFileSync(join(data, 'pitch.json'), 'utf8')) as Record<string, unknown>;
    delete input.proof;
    writeFileSync(file, JSON.stringify({ ...input, manager: { name: 'Sam\r\nBcc: x@evil.example' } }));
    const run = await sidedoor(['draft', 'manager-pitch', '--in', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `${file}: manager.name: Expected manager's name on one line, found a line break or a control character (it goes into a mail header).`,
      expect.stringMatching(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: proof: Expected at least one proof point, found none\\.`,
        ),
      ) as string,
      '',
    ]);
  });

  test('should ask for each field when there is no --in, and re-ask a refused answer at once, in plain words', async () => {
    const answers = [
      'Alex Rivera', // sender.name
      'payments engineer at Globex', // sender.headline
      'alex@example', // sender.email — refused at once
      'alex@example.com', // sender.email again
      '', // phone
      'linkedin.com/in/alexrivera', // linkedin, completed to https://
      'Sam Lee', // manager.name
      '', // manager.email
      '', // manager.title
      'Acme',
      'Payments Engineer',
      'your team is rebuilding checkout',
      '', // an empty proof list — refused at once
      'Good with people', // not a concrete result — refused at once
      '',
      'Cut checkout latency by 40%',
      '', // end of proof list
      'bring the same playbook to your checkout',
      '15', // ask.minutes
      'Tuesday', // ask.when
      'direct', // tone
      '', // screenedOut
    ];
    const run = await sidedoor(['draft', 'manager-pitch'], { input: `${answers.join('\n')}\n` });
    expect(run.stderr).toContain('Your name\n  How you sign your mail.\n> ');
    expect(run.stderr).toContain(
      'Your email\n  Where the manager can reply.\n>   ✗ Expected your email to be an email address like name@example.com, found "alex@example".\n> \n',
    );
    expect(run.stderr).toContain('  ✗ Expected at least one proof point, found none. A proof point is');
    expect(run.stderr).toContain('  ✗ Expected at least one proof point to name a concrete result, found none.');
    expect(run.stderr).not.toContain('`');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^To: Sam Lee\nSubject: /);
    expect(run.stdout).toContain('15 minutes on Tuesday');
    expect(run.stdout).toContain("I'm Alex Rivera, a payments engineer at Globex.");
    expect(run.stdout).toContain('https://linkedin.com/in/alexrivera');
    expect(run.stdout).toContain('cut checkout latency by 40%');
  });

  test('should stop cleanly when input ends early', async () => {
    const run = await sidedoor(['draft', 'manager-pitch'], { input: 'Alex Rivera\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sidedoor: Input ended before every field was answered/);
  });
});
