import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe('demo', () => {
  test('should print three ready drafts and the findings of the hand-written pitch', () => {
    const run = spawnSync(process.execPath, ['--conditions=@sidedoor/source', '--import', 'tsx', 'src/demo.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/✔ ready to send/g)).toHaveLength(3);
    expect(run.stdout).toContain('Subject: Cut checkout latency by 40%');
    expect(run.stdout).toContain('---------- Note to forward to Sam ----------');
    expect(run.stdout).toMatch(
      /hand-written\.txt:5:\d+ +error +placeholder\/left +Expected no placeholders, found "\[Company\]"\./,
    );
    expect(run.stdout).toMatch(/✖ not ready · 4 errors/);
  }, 30_000);
});
