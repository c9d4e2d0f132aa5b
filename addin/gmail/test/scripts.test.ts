import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const valid = {
  ENDPOINT_URL: 'https://sidedoor.example.run.app/',
  SERVICE_ACCOUNT_EMAIL: 'sa@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
  OAUTH_CLIENT_ID: 'client',
};

/** Waits for a line on the child's stdout matching `pattern` (or its exit). */
function line(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.split('\n').find((l) => pattern.test(l));
      if (found !== undefined) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before printing ${pattern}: ${out}`)));
  });
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

// These run one after the other: both rebuild dist/.
describe('the package scripts', () => {
  test('start names every missing variable in one message and exits 1', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      env: { PATH: process.env.PATH, ENDPOINT_URL: 'http://sidedoor.example/' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'sidedoor add-on cannot start:',
        "  Missing SERVICE_ACCOUNT_EMAIL: The add-on's service account: gcloud workspace-add-ons get-authorization.",
        '  ENDPOINT_URL must be an https:// URL (http://localhost only for local tests), found "http://sidedoor.example/".',
        '',
      ].join('\n'),
    );
  }, 30_000);

  test('start serves the current sources, says where it listens, and leaves no -wal/-shm after SIGTERM', async () => {
    // A stale build from older sources must not be served.
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist', 'main.js'), "console.log('stale build');\n");
    const dir = mkdtempSync(join(tmpdir(), 'sidedoor-start-'));
    const db = join(dir, 'profiles.sqlite');
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      env: { PATH: process.env.PATH, ...valid, PORT: '0', PROFILE_DB: db },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = await line(child, /listening/);
    expect(listening).toMatch(
      /^sidedoor add-on listening on http:\/\/127\.0\.0\.1:\d+\/ for https:\/\/sidedoor\.example\.run\.app\/ \(details in SQLite .*profiles\.sqlite\)$/,
    );
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(listening)![1]!;
    const response = await fetch(url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    expect(existsSync(`${db}-wal`) && existsSync(`${db}-shm`)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(readdirSync(dir)).toEqual(['profiles.sqlite']);
  }, 30_000);

  test('bundle writes a deploy folder with the built server and function only: no sources, tests or saved details', () => {
    // Saved details lying in the package folder must not travel.
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data', 'bundle-test.sqlite'), 'not to be deployed');
    const out = join(mkdtempSync(join(tmpdir(), 'sidedoor-deploy-')), 'deploy');
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), out], { encoding: 'utf8' });
    rmSync(join(root, 'data', 'bundle-test.sqlite'));
    expect(run.status).toBe(0);
    const listed = files(out)
      .map((f) => relative(out, f))
      .sort();
    expect(listed).toEqual(['dist/index.js', 'dist/index.js.map', 'dist/main.js', 'dist/main.js.map', 'package.json']);
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ main: 'dist/main.js', scripts: { start: 'node dist/main.js' }, type: 'module' });
    expect(Object.keys(pkg.dependencies as object).sort()).toEqual([
      '@google-cloud/functions-framework',
      'better-sqlite3',
      'google-auth-library',
      'html-to-text',
      'pg',
    ]);
  }, 30_000);
});
