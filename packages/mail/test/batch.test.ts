import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { emlSink, readTargets, runBatch, type RowOutcome } from '@sidedoor/mail';
import { FakeGmail } from './fake-gmail';

const header = 'manager.name,manager.email,company,role,hook,proof,offer';
const row = (n: number) =>
  `Manager ${n},m${n}@acme.example,Acme ${n},Payments Engineer,your team is rebuilding checkout,Cut checkout latency by ${n + 10}%|Launched the new billing API,bring the same playbook to your checkout`;
const base = { sender: { name: 'Alex Rivera', email: 'alex@example.com' } };

function csv(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidedoor-batch-'));
  const file = join(dir, 'targets.csv');
  writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

describe('readTargets', () => {
  test('should read field-path columns, lists split on |, with CSV line numbers', async () => {
    const targets = await readTargets(csv([row(1), row(2)]), 'managerPitch', base);
    expect(targets.map((t) => t.row)).toEqual([2, 3]);
    expect(targets[0]!.input).toMatchObject({
      sender: base.sender,
      manager: { name: 'Manager 1', email: 'm1@acme.example' },
      proof: ['Cut checkout latency by 11%', 'Launched the new billing API'],
    });
  });

  test('should name unknown columns', async () => {
    const file = csv([]);
    writeFileSync(file, 'manager.nmae,company\nSam,Acme\n');
    await expect(readTargets(file, 'managerPitch')).rejects.toMatchObject({
      issues: [{ path: [file, 1], message: expect.stringMatching(/^Unknown column `manager\.nmae`/) as string }],
    });
  });
});

describe('runBatch to .eml files', () => {
  test('should write one message per valid row, report invalid rows with their row and field, and skip done rows on a re-run', async () => {
    const file = csv([
      row(1),
      'Manager 2,not-an-email,Acme,Engineer,hook text here,Cut costs 30%,help you',
      row(3),
      'Manager 4,m4@acme.example,Acme,Engineer,hook text here,,help you',
    ]);
    const dir = join(file, '..', 'out');
    const statePath = join(file, '..', 'state.jsonl');
    const targets = await readTargets(file, 'managerPitch', base);
    const seen: RowOutcome[] = [];
    const first = await runBatch({
      kind: 'managerPitch',
      targets,
      sink: emlSink(dir),
      statePath,
      onProgress: (o) => seen.push(o),
    });
    expect(first).toMatchObject({ created: 2, invalid: 2, failed: 0, skipped: 0 });
    expect(seen.map((o) => [o.row, o.status]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [2, 'created'],
      [3, 'invalid'],
      [4, 'created'],
      [5, 'invalid'],
    ]);
    const invalid = seen.filter((o) => o.status === 'invalid');
    expect(invalid.map((o) => o.status === 'invalid' && o.issues.map((i) => i.path.join('.')))).toEqual([
      ['manager.email'],
      ['proof'],
    ]);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['0002-manager-1.eml', '0004-manager-3.eml']);
    const parsed = await simpleParser(readFileSync(join(dir, files[0]!)));
    expect(parsed.to).toMatchObject({ value: [{ address: 'm1@acme.example', name: 'Manager 1' }] });
    expect(parsed.messageId).toMatch(/^<sidedoor\.[0-9a-f]{20}@example\.com>$/);

    const second = await runBatch({ kind: 'managerPitch', targets, sink: emlSink(dir), statePath });
    expect(second).toMatchObject({ created: 0, skipped: 2, invalid: 2 });
  });

  test('should space creations to the rate limit', async () => {
    const file = csv([row(1), row(2), row(3)]);
    const waits: number[] = [];
    await runBatch({
      kind: 'managerPitch',
      targets: await readTargets(file, 'managerPitch', base),
      sink: { create: () => Promise.resolve('ok') },
      statePath: join(file, '..', 'state.jsonl'),
      ratePerSecond: 2,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(waits).toHaveLength(2);
    for (const ms of waits) expect(ms).toBeGreaterThan(400);
  });
});

describe('runBatch to Gmail, killed and resumed', () => {
  const gmail = new FakeGmail();
  let rootUrl: string;
  beforeAll(async () => {
    rootUrl = await gmail.start();
  });
  afterAll(() => gmail.stop());

  const child = (file: string, statePath: string) =>
    spawn(
      process.execPath,
      [
        '--conditions=@sidedoor/source',
        '--import',
        'tsx',
        join(__dirname, 'fixtures', 'batch-child.ts'),
        rootUrl,
        file,
        statePath,
      ],
      {
        cwd: join(__dirname, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );

  test('should never create a draft twice and never lose a row', async () => {
    const file = csv([1, 2, 3, 4, 5, 6].map(row));
    const statePath = join(file, '..', 'state.jsonl');
    // First run: the server stores the third draft but the process dies before it hears back.
    const first = child(file, statePath);
    gmail.onCreate = (_draft, res) => {
      if (gmail.drafts.length !== 3) return false;
      first.kill('SIGKILL');
      res.destroy();
      return true;
    };
    const firstExit = await new Promise<NodeJS.Signals | null>((resolve) =>
      first.on('exit', (_code, signal) => resolve(signal)),
    );
    expect(firstExit).toBe('SIGKILL');
    expect(gmail.drafts).toHaveLength(3);
    gmail.onCreate = undefined;

    // Second run: rows 1–2 are done, row 3 is found by its Message-ID, rows 4–6 are created.
    const second = child(file, statePath);
    let out = '';
    second.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    let err = '';
    second.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.slice(0, 6).map((l) => l.status)).toEqual([
      'skipped',
      'skipped',
      'recovered',
      'created',
      'created',
      'created',
    ]);
    expect(lines[6]).toEqual({ created: 3, skipped: 3, invalid: 0, failed: 0 });

    const ids = gmail.drafts.map((d) => d.messageId);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  }, 60_000);
});
