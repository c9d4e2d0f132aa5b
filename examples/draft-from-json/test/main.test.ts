import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const data = join(root, '..', 'data');
const run = (...args: string[]) => runIn({}, ...args);
function runIn(env: NodeJS.ProcessEnv, ...args: string[]) {
  const { INIT_CWD: _outer, ...outer } = process.env;
  return spawnSync(process.execPath, ['--conditions=@sidedoor/source', '--import', 'tsx', 'src/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...outer, NO_COLOR: '1', ...env },
  });
}

describe('draft-from-json', () => {
  test('should draft from a file and exit 0 when ready', () => {
    const result = run('managerPitch', join(data, 'pitch.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Subject: /);
    expect(result.stdout).toContain('✔ ready to send');
  }, 30_000);

  test('should take kinds as the CLI does (manager-pitch) and paths from where the command was typed', () => {
    const here = run('manager-pitch', '../data/pitch.json');
    expect(here.stderr).toBe('');
    expect(here.status).toBe(0);
    expect(here.stdout).toMatch(/^Subject: /);
    // `npm start` runs in this folder; INIT_CWD is where the user typed it (here: the repository root).
    const fromRoot = runIn({ INIT_CWD: join(root, '..', '..') }, 'intro-request', 'examples/data/intro.json', '--json');
    expect(fromRoot.status).toBe(0);
    expect(JSON.parse(fromRoot.stdout)).toMatchObject({ kind: 'introRequest' });
  }, 30_000);

  test('should print the draft as JSON', () => {
    const result = run('introRequest', join(data, 'intro.json'), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'introRequest',
      to: [{ name: 'Dana Kim' }],
      report: { ready: true },
    });
  }, 30_000);

  test('should name the file and field of bad input and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidedoor-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ sender: { name: 'A', email: 'a@example.com' } }));
    const result = run('managerPitch', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: proof: Expected at least one proof point, found none.`);
    expect(result.stdout).toBe('');
  }, 30_000);

  test('should explain its usage and exit 2', () => {
    const result = run('pitch');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage: main\.ts <kind> <file\.json>/);
    expect(result.stderr).toContain('Kinds: manager-pitch, intro-request, forwardable-blurb,');
  }, 30_000);
});
