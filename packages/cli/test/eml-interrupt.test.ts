import { type ChildProcessWithoutNullStreams, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { bin, data, temp } from './helpers';

/** A pid no process has: one that just ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

/** Resolves when `check` holds, polling; rejects after `ms`. */
async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether one of the process's threads is blocked opening a FIFO no one reads (Linux). */
function blockedOnFifo(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/wchan`, 'utf8').includes('wait_for_partner');
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

function draftChild(out: string): {
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** The exit code, or the signal that ended it. */
  done: Promise<number | NodeJS.Signals | null>;
} {
  const child = spawn(process.execPath, [bin, 'draft', 'manager-pitch', '--in', '-', '--eml', out], {
    env: { ...process.env, NO_COLOR: '1', SIDEDOOR_CONFIG_DIR: join(temp(), 'config') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  const done = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? signal)),
  );
  return { child, stderr: () => stderr, done };
}

describe('sidedoor draft --eml when killed while writing', () => {
  // The write is held open by making its temporary file a FIFO nobody reads: the child blocks
  // in open() exactly between creating the temporary file and renaming it, and is killed there.
  // It ends by the signal itself (a shell shows 143 or 130), as a Unix tool that cleans up does.
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'should delete its temporary file on %s, leaving no .eml',
    async (signal) => {
      const dir = temp();
      const out = join(dir, 'pitch.eml');
      // A dead run's leftover, which the new run removes first (and says so, which tells us it is done).
      const stale = `${out}.${deadPid()}.tmp`;
      writeFileSync(stale, 'half a message');
      const run = draftChild(out);
      await until(() => run.stderr().includes('Removed a temporary file'), 'the leftover to be removed');
      expect(existsSync(stale)).toBe(false);
      const temporary = `${out}.${run.child.pid!}.tmp`;
      execFileSync('mkfifo', [temporary]);
      run.child.stdin.end(readFileSync(join(data, 'pitch.json')));
      await until(() => blockedOnFifo(run.child.pid!), 'the child to be writing');
      run.child.kill(signal);
      expect(await run.done).toBe(signal);
      expect(run.stderr()).toBe(
        `Removed a temporary file an interrupted run left: ${stale.slice(dir.length + 1)}\nStopped: ${out} was not written.\n`,
      );
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  test('should keep a running process’s temporary file and write the .eml whole', async () => {
    const dir = temp();
    const out = join(dir, 'pitch.eml');
    // This test process is alive: its temporary file may be a write in progress, so it stays.
    const alive = join(dir, `other.eml.${process.pid}.tmp`);
    writeFileSync(alive, 'in progress');
    const run = draftChild(out);
    run.child.stdin.end(readFileSync(join(data, 'pitch.json')));
    expect(await run.done).toBe(0);
    expect(run.stderr()).toBe(`Wrote ${out}\n`);
    expect(readdirSync(dir).sort()).toEqual(['other.eml.' + process.pid + '.tmp', 'pitch.eml']);
    expect((await simpleParser(readFileSync(out))).headers.get('x-unsent')).toBe('1');
  });
});
