import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run as check } from '../src/commands/check';
import type { Io } from '../src/errors';
import { printable } from '../src/terminal';
import { FakeGmail } from '../../mail/test/fake-gmail';
import { bin, sidedoor, temp } from './helpers';

const header = 'manager.name,manager.email,company,role,hook,proof,offer';
const row = (n: number) =>
  `Manager ${n},m${n}@acme.example,Acme,Payments Engineer,your team is rebuilding checkout,Cut latency by ${n + 10}%,bring the same playbook`;

function batchFiles(rows: string[]) {
  const dir = temp();
  const targets = join(dir, 'targets.csv');
  writeFileSync(targets, `${[header, ...rows].join('\n')}\n`);
  const base = join(dir, 'me.json');
  writeFileSync(base, JSON.stringify({ sender: { name: 'Alex Rivera', email: 'alex@example.com' } }));
  return { dir, targets, base };
}

describe('printable', () => {
  test('should show control characters as symbols, one for one, and leave text, TAB and LF alone', () => {
    const input = 'a\u001b[2Jb\u001b]0;title\u0007c\rd\u009be\u202ef\tg\nh é 漢';
    const out = printable(input);
    expect(out).toBe('a␛[2Jb␛]0;title␇c␍d\ufffde\ufffdf\tg\nh é 漢');
    expect(out).toHaveLength(input.length);
    expect(printable('plain text, nothing to do')).toBe('plain text, nothing to do');
  });
});

describe('sidedoor check on a terminal', () => {
  function io(stdin: Readable): { io: Io; err: () => string; out: () => string } {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    return { io: { stdin, stdout, stderr, env: {}, tty: false }, err: () => err, out: () => out };
  }

  test('should say how to end the text when reading a terminal', async () => {
    const stdin = Object.assign(
      Readable.from(['Hi Sam,\n\nI cut churn 30% at Globex. Could we talk?\n\nBest,\nAlex\n']),
      {
        isTTY: true,
      },
    );
    const t = io(stdin);
    expect(await check([], t.io)).toBe(0);
    expect(t.err()).toBe('Paste the text, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows).\n');
  });

  test('should say nothing more when reading a pipe', async () => {
    const t = io(Readable.from(['Hi Sam,\n\nI cut churn 30% at Globex. Could we talk?\n\nBest,\nAlex\n']));
    expect(await check(['-'], t.io)).toBe(0);
    expect(t.err()).toBe('');
  });

  test('should not print escape sequences from the input', async () => {
    const dir = temp();
    const file = join(dir, 'evil\u001b]0;owned\u0007\u001b[2J.txt');
    writeFileSync(file, 'Hi [Name]\u001b[31m,\n\nI am writing about the role at [Company].\u001b[2J\n\nBest,\nAlex\n');
    const run = await sidedoor(['check', file, '--recipient', 'Sam\u001b[5m']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('evil␛]0;owned␇␛[2J.txt:');
  });
});

describe('sidedoor batch output', () => {
  test('without --base, the errors every row shares are said once, with a hint to pass --base', async () => {
    const { dir, targets } = batchFiles([
      row(1),
      row(2),
      'Manager 3,nope,Acme,Engineer,a hook here,Cut costs 30%,help',
    ]);
    const run = await sidedoor(['batch', targets, '--kind', 'manager-pitch', '--eml-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        `${targets}: every invalid row (3): sender.name: Expected your name, found nothing.`,
        `${targets}: every invalid row (3): sender.email: Expected your email, found nothing.`,
        `${targets}:4: manager.email: Expected manager's email to be an email address like name@example.com, found "nope".`,
        'Hint: what every row shares (your name and email, the tone…) goes in a JSON file passed with --base, e.g. --base me.json holding {"sender": {"name": "Alex Rivera", "email": "alex@example.com"}}.',
        '',
      ].join('\n'),
    );
  });

  test('should report a repeated row once and draft it once', async () => {
    const { dir, targets, base } = batchFiles([row(1), row(2), row(1)]);
    const run = await sidedoor([
      'batch',
      targets,
      '--kind',
      'manager-pitch',
      '--base',
      base,
      '--eml-dir',
      join(dir, 'out'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${targets}:4: the same target as row 2; drafted once, for row 2.\n`);
    expect(run.stdout).toMatch(/^Created 2, already done 0, invalid 0, failed 0, duplicates 1 \(of 3 rows\)\./);
  });

  test('should not print escape sequences from a CSV cell or column', async () => {
    const { dir, targets, base } = batchFiles([]);
    writeFileSync(targets, `${header},sender.phone\n${row(1)},+1 415\u001b[2J 555 0134\n`);
    const out = join(dir, 'out');
    const run = await sidedoor(['batch', targets, '--kind', 'manager-pitch', '--base', base, '--eml-dir', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('found "+1 415␛[2J 555 0134"');
    writeFileSync(targets, `${header},\u001b]0;owned\u0007\n${row(1)},x\n`);
    const column = await sidedoor(['batch', targets, '--kind', 'manager-pitch', '--base', base, '--eml-dir', out]);
    expect(column.code).toBe(2);
    expect(column.stderr).toMatch(/^.+:1: Unknown column `␛\]0;owned␇`/);
  });

  test('a TAB in a name is refused at its CSV column, not later in the message', async () => {
    const { dir, targets, base } = batchFiles([row(1).replace('Manager 1', 'Manager\t1')]);
    const run = await sidedoor([
      'batch',
      targets,
      '--kind',
      'manager-pitch',
      '--base',
      base,
      '--eml-dir',
      join(dir, 'out'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${targets}:2: manager.name: Expected manager's name on one line, found a line break or a control character (it goes into a mail header).\n`,
    );
    expect(run.stdout).toMatch(/invalid 1, failed 0/);
  });
});

describe('sidedoor batch on a terminal', () => {
  const gmail = new FakeGmail();
  let rootUrl: string;
  beforeAll(async () => {
    rootUrl = await gmail.start();
  });
  afterAll(() => gmail.stop());

  test('Ctrl-C: the progress line is cleared, the batch stops after the rows under way and says how to resume', async () => {
    const { targets, base } = batchFiles(Array.from({ length: 20 }, (_, i) => row(i + 1)));
    const config = join(temp(), 'config');
    mkdirSync(config, { mode: 0o700 });
    writeFileSync(
      join(config, 'gmail.json'),
      JSON.stringify({
        clientId: 'c',
        clientSecret: 's',
        tokens: { access_token: 'token', expiry_date: Date.now() + 3_600_000 },
      }),
      { mode: 0o600 },
    );
    gmail.onCreate = (draft, res) => {
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: draft.id })),
        80,
      );
      return true;
    };
    const args = ['batch', targets, '--kind', 'manager-pitch', '--base', base, '--gmail', '--rate', '50'];
    const env: NodeJS.ProcessEnv = { ...process.env, SIDEDOOR_CONFIG_DIR: config, SIDEDOOR_GMAIL_ROOT_URL: rootUrl };
    delete env.NO_COLOR;
    // `script` gives the command a real terminal; Ctrl-C is typed into it.
    const quoted = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qefc', `exec ${quoted}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let typed = false;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (gmail.drafts.length >= 3 && !typed) {
        typed = true;
        child.stdin.write('\u0003');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    gmail.onCreate = undefined;
    expect(code).toBe(130);
    // ␛ stands for ESC, so that the patterns below stay readable.
    const text = out.replace(/\r\n/g, '\n').replaceAll('\u001b', '␛');
    // Every progress line is cleared before anything else is printed.
    const progress = /\r␛\[K\[[#-]{28}\] \d+\/20 rows/g;
    expect(text).toMatch(progress);
    const rest = text.replace(progress, '');
    expect(rest).toMatch(
      /^(?:\^C)?\r␛\[KStopping after the rows under way… \(Ctrl-C again to quit now\)\nCreated (\d+), already done 0, invalid 0, failed 0 \(of 20 rows\)\. Progress: .+\nStopped after \1 of 20 rows\. Run the same command again to resume: rows already done are skipped, none is drafted twice\.\n$/,
    );
    const done = Number(/Created (\d+)/.exec(rest)?.[1]);
    expect(done).toBeLessThan(20);
    // Resumed: the rest is made, nothing twice.
    const again = await sidedoor(args, { env: { SIDEDOOR_CONFIG_DIR: config, SIDEDOOR_GMAIL_ROOT_URL: rootUrl } });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Created ${20 - done}, already done ${done}`));
    const ids = gmail.drafts.map((d) => d.messageId);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toHaveLength(20);
  }, 60_000);
});
