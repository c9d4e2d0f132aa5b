import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, data, sidedoor, temp } from './helpers';

/** Runs the command with its standard output already closed: every write meets EPIPE. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1', SIDEDOOR_CONFIG_DIR: join(temp(), 'config') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end();
  });
}

const dir = temp();
const big = join(dir, 'big.txt');
// A long text full of hedges: a long report.
writeFileSync(big, 'I think we could maybe just circle back and basically leverage this. '.repeat(4000));
const connections = join(dir, 'Connections.csv');
writeFileSync(
  connections,
  [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...Array.from(
      { length: 3000 },
      (_, i) => `P${i},L${i},https://www.linkedin.com/in/p${i},,Acme,Engineer,1 Jan 2020`,
    ),
  ].join('\n'),
);

describe('output into a pipe that closes early', () => {
  test.each([
    ['check', ['check', big]],
    ['draft', ['draft', 'manager-pitch', '--in', join(data, 'pitch.json')]],
    ['contacts', ['contacts', connections, '--company', 'Acme', '--limit', '3000']],
    ['help', ['--help']],
  ])('should end %s quietly with its own exit code', async (_name, args) => {
    const normal = await sidedoor(args);
    const closed = await withClosedStdout(args);
    expect(closed).toEqual({ code: normal.code, stderr: normal.stderr });
  });

  test('should print no stack under `| head -1`, the way a user runs it', () => {
    const codeFile = join(dir, 'code');
    const errFile = join(dir, 'stderr');
    // 3,000 people print far more than a pipe holds, so the writes after `head` exits meet EPIPE.
    const shown = execFileSync(
      'sh',
      [
        '-c',
        `{ "${process.execPath}" "${bin}" contacts "${connections}" --company Acme --limit 3000 2>"${errFile}"; echo $? > "${codeFile}"; } | head -1`,
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(shown).toBe('3000 people at Acme in Connections.csv, best first. Ask one or two (→), not ten.\n');
    expect(readFileSync(errFile, 'utf8')).toBe('');
    expect(readFileSync(codeFile, 'utf8').trim()).toBe('0');
  });
});
