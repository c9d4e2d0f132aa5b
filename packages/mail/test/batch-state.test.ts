import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { managerPitch } from '@sidedoor/core';
import {
  BatchLockedError,
  type BatchSink,
  emlSink,
  readTargets,
  removeLeftoverTemporaries,
  runBatch,
  type Target,
  writeEml,
} from '@sidedoor/mail';
import { FakeGmail } from './fake-gmail';
import { pitchInput } from './helpers';

const header = 'manager.name,manager.email,company,role,hook,proof,offer';
const row = (n: number) =>
  `Manager ${n},m${n}@acme.example,Acme ${n},Payments Engineer,your team is rebuilding checkout,Cut checkout latency by ${n + 10}%,bring the same playbook to your checkout`;
const base = { sender: { name: 'Alex Rivera', email: 'alex@example.com' } };

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'sidedoor-state-'));
}

function csv(rows: string[], dir = folder()): string {
  const file = join(dir, 'targets.csv');
  writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

/** Cuts a file in the middle of a line near its half, as a crash or a bad copy could. */
function cutInHalf(path: string): void {
  const bytes = readFileSync(path);
  let at = Math.floor(bytes.length / 2);
  while (bytes[at - 1] === 0x0a) at--;
  truncateSync(path, at);
}

/** A pid that no process has: one that just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

/** A sink that remembers what it made, and can hold creations back until released. */
function memorySink(options: { find?: boolean } = {}) {
  const made = new Map<string, string>();
  let hold: Promise<void> | undefined;
  let release = () => {};
  const sink: BatchSink & { made: Map<string, string>; finds: string[]; holdCreates(): void; release(): void } = {
    made,
    finds: [],
    durable: true,
    holdCreates() {
      hold = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    async create(_draft, { messageId }) {
      if (hold !== undefined) await hold;
      const id = `d-${made.size + 1}`;
      made.set(messageId, id);
      return id;
    },
    ...(options.find === false
      ? {}
      : {
          find(messageId: string) {
            sink.finds.push(messageId);
            return Promise.resolve(made.get(messageId));
          },
        }),
  };
  return sink;
}

const targetsOf = (n: number): Target[] =>
  Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    input: { ...pitchInput, manager: { name: `Manager ${i}`, email: `m${i}@acme.example` } },
  }));

describe('the batch lock', () => {
  test('should refuse a second run of the same batch while the first runs, and free it after', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const sink = memorySink();
    sink.holdCreates();
    const first = runBatch({ kind: 'managerPitch', targets: targetsOf(3), sink, statePath });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = runBatch({ kind: 'managerPitch', targets: targetsOf(3), sink, statePath });
    await expect(second).rejects.toBeInstanceOf(BatchLockedError);
    await expect(second).rejects.toThrow(
      new RegExp(
        `^Another run of this batch is in progress \\(process ${process.pid} on .+\\): wait for it to finish\\. If no such run exists any more, delete .+state\\.jsonl\\.lock\\.$`,
      ),
    );
    sink.release();
    expect(await first).toMatchObject({ created: 3 });
    expect(existsSync(`${statePath}.lock`)).toBe(false);
    // Free again: a later run goes ahead.
    expect(await runBatch({ kind: 'managerPitch', targets: targetsOf(3), sink, statePath })).toMatchObject({
      created: 0,
      skipped: 3,
    });
  });

  test('should take over a lock left by a process that no longer runs', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const stale = { pid: deadPid(), host: hostname(), started: '2026-01-01T00:00:00.000Z', nonce: 'old' };
    writeFileSync(`${statePath}.lock`, JSON.stringify(stale));
    const report = await runBatch({ kind: 'managerPitch', targets: targetsOf(2), sink: memorySink(), statePath });
    expect(report.created).toBe(2);
    expect(existsSync(`${statePath}.lock`)).toBe(false);
    expect(readdirSync(join(statePath, '..')).filter((f) => f.includes('.lock'))).toEqual([]);
  });

  test('should take over an unreadable lock file', async () => {
    const statePath = join(folder(), 'state.jsonl');
    writeFileSync(`${statePath}.lock`, 'garbage');
    expect(
      await runBatch({ kind: 'managerPitch', targets: targetsOf(1), sink: memorySink(), statePath }),
    ).toMatchObject({ created: 1 });
  });

  test('should respect a lock held by a live process, or from another host', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const live = { pid: process.ppid, host: hostname(), started: '2026-01-01T00:00:00.000Z', nonce: 'x' };
    writeFileSync(`${statePath}.lock`, JSON.stringify(live));
    await expect(
      runBatch({ kind: 'managerPitch', targets: targetsOf(1), sink: memorySink(), statePath }),
    ).rejects.toBeInstanceOf(BatchLockedError);
    writeFileSync(`${statePath}.lock`, JSON.stringify({ ...live, pid: deadPid(), host: 'elsewhere.example' }));
    await expect(
      runBatch({ kind: 'managerPitch', targets: targetsOf(1), sink: memorySink(), statePath }),
    ).rejects.toThrow(/on elsewhere\.example/);
    expect(existsSync(statePath)).toBe(false);
  });
});

describe('rows without a done line', () => {
  test('should be looked up by Message-ID before being created, whatever the state file says', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const sink = memorySink();
    await runBatch({ kind: 'managerPitch', targets: targetsOf(4), sink, statePath });
    expect(sink.made.size).toBe(4);
    unlinkSync(statePath);
    sink.finds.length = 0;
    const again = await runBatch({ kind: 'managerPitch', targets: targetsOf(4), sink, statePath });
    expect(again).toMatchObject({ created: 0, skipped: 4, recovered: 4, notices: [] });
    expect(sink.finds).toHaveLength(4);
    expect(sink.made.size).toBe(4);
    // Now recorded as done: the next run looks nothing up.
    sink.finds.length = 0;
    expect(await runBatch({ kind: 'managerPitch', targets: targetsOf(4), sink, statePath })).toMatchObject({
      skipped: 4,
      recovered: 0,
    });
    expect(sink.finds).toEqual([]);
  });
});

describe('a damaged state file', () => {
  test.each([
    ['garbage', (path: string) => writeFileSync(path, '\u0000\u0001 not json at all\n{"key":1}\n')],
    ['cut in half', cutInHalf],
  ])('%s: should be reported, kept aside and rebuilt, and no row drafted twice', async (_name, damage) => {
    const dir = folder();
    const statePath = join(dir, 'state.jsonl');
    const sink = memorySink();
    await runBatch({ kind: 'managerPitch', targets: targetsOf(6), sink, statePath });
    damage(statePath);
    const notices: string[] = [];
    const again = await runBatch({
      kind: 'managerPitch',
      targets: targetsOf(6),
      sink,
      statePath,
      onNotice: (n) => notices.push(n),
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      new RegExp(
        `^${statePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*rebuilt the file from its \\d+ good entries \\(the (?:damaged|old) one is kept as .+\\.damaged-.+\\); rows without a done line are looked up by their Message-ID before any is created\\.$`,
      ),
    );
    expect(again.notices).toEqual(notices);
    expect(again).toMatchObject({ created: 0, skipped: 6, failed: 0 });
    expect(sink.made.size).toBe(6);
    expect(readdirSync(dir).filter((f) => f.startsWith('state.jsonl.damaged-'))).toHaveLength(1);
    // Rebuilt: every line is an entry again, and a third run reads it without a notice.
    for (const line of readFileSync(statePath, 'utf8').trimEnd().split('\n'))
      expect(JSON.parse(line)).toHaveProperty('key');
    const third = await runBatch({ kind: 'managerPitch', targets: targetsOf(6), sink, statePath });
    expect(third).toMatchObject({ skipped: 6, recovered: 0, notices: [] });
  });

  test('should name the unreadable lines and say rows are made again for a sink that cannot look', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const sink = memorySink({ find: false });
    await runBatch({ kind: 'managerPitch', targets: targetsOf(2), sink, statePath });
    const good = readFileSync(statePath, 'utf8');
    writeFileSync(statePath, `${good}{"key":"0123456789abcdef0123","row":2,"status":"done","messageId":"nope"}\nxx\n`);
    const report = await runBatch({ kind: 'managerPitch', targets: targetsOf(2), sink, statePath });
    expect(report.notices[0]).toMatch(
      /: 2 of 6 lines could not be read \(lines 5, 6\); .*; rows without a done line are made again\.$/,
    );
    expect(report).toMatchObject({ skipped: 2, created: 0 });
  });
});

describe('duplicate rows', () => {
  test('should be reported with the row they repeat and drafted once', async () => {
    const dir = folder();
    const file = csv([row(1), row(2), row(1), row(1)], dir);
    const sink = memorySink();
    const report = await runBatch({
      kind: 'managerPitch',
      targets: await readTargets(file, 'managerPitch', base),
      sink,
      statePath: join(dir, 'state.jsonl'),
    });
    expect(report).toMatchObject({ created: 2, duplicates: 2 });
    expect(report.outcomes).toEqual([
      { row: 2, status: 'created', result: expect.any(String) as string },
      { row: 3, status: 'created', result: expect.any(String) as string },
      { row: 4, status: 'duplicate', of: 2 },
      { row: 5, status: 'duplicate', of: 2 },
    ]);
    expect(sink.made.size).toBe(2);
  });
});

describe('readTargets', () => {
  test('should number a CSV record by its first line, counting a quoted CRLF once', async () => {
    const dir = folder();
    const file = join(dir, 'targets.csv');
    const multi = `"Manager 1",m1@acme.example,Acme,Engineer,"your team is rebuilding\r\ncheckout",Cut latency by 40%,"bring the\r\nsame\r\nplaybook"`;
    writeFileSync(file, `${header}\r\n${multi}\r\n\r\n${row(2)}\r\n${row(3)}\r\n`);
    const targets = await readTargets(file, 'managerPitch', base);
    expect(targets.map((t) => t.row)).toEqual([2, 7, 8]);
    expect(targets[0]!.input).toMatchObject({ hook: 'your team is rebuilding\r\ncheckout' });
  });

  test('should refuse a __proto__ key in a JSON target or in the base', async () => {
    const dir = folder();
    const file = join(dir, 'targets.json');
    const good = { ...pitchInput };
    writeFileSync(file, `[${JSON.stringify(good)}, {"manager": {"__proto__": {"name": "Sam"}}}]`);
    await expect(readTargets(file, 'managerPitch')).rejects.toMatchObject({
      issues: [
        {
          path: [file, 2, 'manager', '__proto__'],
          message: 'Expected a field name, found `__proto__`, which is not one.',
        },
      ],
    });
    writeFileSync(file, JSON.stringify([good]));
    const evil = JSON.parse('{"__proto__": {"tone": "formal"}}') as Record<string, unknown>;
    await expect(readTargets(file, 'managerPitch', evil)).rejects.toMatchObject({
      issues: [{ path: ['base', '__proto__'] }],
    });
  });

  test('JSON targets that differ only in a __proto__ key no longer collide', async () => {
    // Before: `{"__proto__": …}` was merged as a prototype and both rows got one key.
    const dir = folder();
    const file = join(dir, 'targets.json');
    writeFileSync(
      file,
      `[${JSON.stringify(pitchInput)}, ${JSON.stringify(pitchInput).replace(/^\{/, '{"__proto__":{"x":1},')}]`,
    );
    await expect(readTargets(file, 'managerPitch')).rejects.toMatchObject({
      issues: [{ path: [file, 2, '__proto__'] }],
    });
  });
});

describe('.eml files', () => {
  test('should carry X-Unsent: 1, read back by mailparser', async () => {
    const file = join(folder(), 'pitch.eml');
    await writeEml(file, managerPitch(pitchInput), { from: { email: 'alex@example.com' } });
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.headers.get('x-unsent')).toBe('1');
  });

  test('should remove temporary files a killed run left, and only those', async () => {
    const dir = folder();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dead = `0002-sam.eml.${deadPid()}.tmp`;
      const mine = `0003-sam.eml.${process.pid}.tmp`;
      const writing = `0004-sam.eml.${sleeper.pid}.tmp`;
      for (const name of [dead, mine, writing, 'notes.tmp', '0005-sam.eml']) writeFileSync(join(dir, name), 'x');
      expect((await removeLeftoverTemporaries(dir)).sort()).toEqual([dead, mine].sort());
      expect(readdirSync(dir).sort()).toEqual(
        ['0004-sam.eml.' + String(sleeper.pid) + '.tmp', '0005-sam.eml', 'notes.tmp'].sort(),
      );
      // A batch into the folder cleans up before it writes.
      writeFileSync(join(dir, dead), 'x');
      await runBatch({
        kind: 'managerPitch',
        targets: targetsOf(1),
        sink: emlSink(dir),
        statePath: join(dir, '.state.jsonl'),
      });
      expect(readdirSync(dir).filter((f) => f.includes('.eml.') && f.endsWith('.tmp'))).toEqual([writing]);
    } finally {
      sleeper.kill();
    }
  });
});

describe('stopping a batch', () => {
  test('should start no row after the signal and say it was interrupted', async () => {
    const statePath = join(folder(), 'state.jsonl');
    const controller = new AbortController();
    const sink = memorySink();
    const report = await runBatch({
      kind: 'managerPitch',
      targets: targetsOf(5),
      sink,
      statePath,
      signal: controller.signal,
      onProgress: (_o, done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(report).toMatchObject({ created: 2, interrupted: true });
    expect(await runBatch({ kind: 'managerPitch', targets: targetsOf(5), sink, statePath })).toMatchObject({
      created: 3,
      skipped: 2,
      interrupted: false,
    });
  });
});

describe('Gmail batch scenarios (60 rows, a fake Gmail on loopback)', () => {
  const gmail = new FakeGmail();
  let rootUrl: string;
  beforeAll(async () => {
    rootUrl = await gmail.start();
  });
  afterAll(() => gmail.stop());
  beforeEach(() => {
    gmail.drafts.length = 0;
    gmail.requests.length = 0;
    gmail.onCreate = undefined;
  });

  const run = (file: string, statePath: string) =>
    new Promise<{ code: number | null; lines: Record<string, unknown>[]; stderr: string }>((resolve) => {
      const child = spawn(
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
        { cwd: join(__dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (code) =>
        resolve({
          code,
          stderr: err,
          lines: out
            .trim()
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        }),
      );
    });

  /** Drafts the server holds beyond one per row, and rows it holds no draft for. */
  const tally = (rows: number) => {
    const ids = gmail.drafts.map((d) => d.messageId);
    return { drafts: ids.length, duplicates: ids.length - new Set(ids).size, missing: rows - new Set(ids).size };
  };

  const sixty = () => {
    const file = csv(Array.from({ length: 60 }, (_, i) => row(i + 1)));
    return { file, statePath: join(file, '..', 'state.jsonl') };
  };

  test.each([
    ['truncated to half', cutInHalf],
    [
      'overwritten with garbage',
      (path: string) => writeFileSync(path, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a, 0x41])),
    ],
    ['deleted', (path: string) => unlinkSync(path)],
  ])(
    'state file %s, then run again: no duplicate, no missing row',
    async (_name, damage) => {
      const { file, statePath } = sixty();
      const first = await run(file, statePath);
      expect(first.code).toBe(0);
      expect(tally(60)).toEqual({ drafts: 60, duplicates: 0, missing: 0 });
      damage(statePath);
      const second = await run(file, statePath);
      expect(second.stderr).toBe('');
      expect(second.code).toBe(0);
      expect(second.lines.at(-1)).toEqual({ created: 0, skipped: 60, invalid: 0, failed: 0 });
      expect(tally(60)).toEqual({ drafts: 60, duplicates: 0, missing: 0 });
    },
    60_000,
  );

  test('two runs of the same batch at once: one is refused, 60 drafts in all', async () => {
    const { file, statePath } = sixty();
    // Slow creations, so that both runs are alive at the same time.
    gmail.onCreate = (draft, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: draft.id }));
      }, 15);
      return true;
    };
    const [a, b] = await Promise.all([run(file, statePath), run(file, statePath)]);
    const refused = [a, b].filter((r) => r.code === 3);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.lines).toEqual([
      { locked: expect.stringMatching(/^Another run of this batch is in progress/) as string },
    ]);
    expect([a, b].find((r) => r.code === 0)!.lines.at(-1)).toEqual({ created: 60, skipped: 0, invalid: 0, failed: 0 });
    expect(tally(60)).toEqual({ drafts: 60, duplicates: 0, missing: 0 });
  }, 60_000);
});
