import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { data, type Run } from './helpers';

const root = join(__dirname, '..', '..', '..');

/** Runs `npx sidedoor …` as the README says: the workspace's bin (tools/from-source), the CLI from source. */
function fromSource(args: string[], input = '', cwd = root): Promise<Run & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'tools', 'from-source', 'sidedoor.mjs'), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npx sidedoor (tools/from-source)', () => {
  test('should run the CLI from source with its output only and its exit code', async () => {
    const draft = await fromSource(['draft', 'manager-pitch', '--in', join(data, 'pitch.json')]);
    expect(draft).toMatchObject({ code: 0, stderr: '' });
    expect(draft.stdout).toMatch(/^To: Sam Lee <sam\.lee@acme\.example>\nSubject: /);
    const check = await fromSource(['check', '-', '--kind', 'manager-pitch'], 'Hi Sam,\n\nCan I pick your brain?\n');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('✖ not ready');
    expect(`${check.stdout}${check.stderr}`).not.toMatch(/ELIFECYCLE|^\$ node|^> /m);
  }, 60_000);

  test('should read relative paths from the folder it is run in', async () => {
    const run = await fromSource(['draft', 'intro-request', '--in', 'intro.json', '--json'], '', data);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'introRequest' });
  }, 60_000);

  test('should pass bad usage on as exit 2, without a stack', async () => {
    const run = await fromSource(['draft', 'pitch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sidedoor: Unknown kind "pitch": expected one of manager-pitch, /);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
  }, 60_000);

  test('should hand SIGTERM to the CLI and end the same way', async () => {
    const child = spawn(process.execPath, [join(root, 'tools', 'from-source', 'sidedoor.mjs'), 'check', '-'], {
      cwd: root,
    });
    // The CLI waits on standard input; once it is up, stop the launcher.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    // Ended by the signal, as the CLI was (or by the CLI's own exit code for it).
    expect(signal === 'SIGTERM' || code === 143).toBe(true);
  }, 60_000);
});
