// The unified manifest (manifest.json: the pane and Check before Send) against Microsoft's own
// schema, from the npm package @microsoft/app-manifest — read from node_modules, never fetched.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unifiedManifest, zip } from '../scripts/unified.mjs';

const root = join(__dirname, '..');
const dev = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;

interface Manifest {
  $schema: string;
  manifestVersion: string;
  validDomains: string[];
  extensions: {
    runtimes: { id: string; code: { page: string; script?: string }; actions: { id: string; type: string }[] }[];
    ribbons: { contexts: string[]; tabs: { groups: { controls: { id: string; actionId: string }[] }[] }[] }[];
    autoRunEvents: {
      requirements: { capabilities: { name: string; minVersion: string }[] };
      events: { type: string; actionId: string; options: { sendMode: string } }[];
    }[];
  }[];
}

/**
 * Microsoft's validator on a manifest, run by scripts/validate-unified.mjs in Node (the package
 * loads an ESM-only dependency that Jest's module system cannot): its errors.
 */
function validate(manifest: Manifest): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'unified-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(manifest));
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'validate-unified.mjs'), file], { encoding: 'utf8' });
  if (run.stderr) throw new Error(run.stderr);
  return Promise.resolve(JSON.parse(run.stdout) as string[]);
}

describe('manifest.json (unified manifest for Microsoft 365)', () => {
  test("validates against Microsoft's schema for its version", async () => {
    expect(dev.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${dev.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    await expect(validate(dev)).resolves.toEqual([]);
  });

  test('the validator rejects a broken manifest (the check can fail)', async () => {
    const broken = structuredClone(dev);
    broken.extensions[0]!.autoRunEvents[0]!.events[0]!.options.sendMode = 'askNicely';
    const errors = await validate(broken);
    expect(errors.join('\n')).toMatch(/sendMode|allowed values/);
  });

  test('runs the send check on OnMessageSend (Mailbox 1.12) with Send Anyway as the fallback mode', () => {
    const ext = dev.extensions[0]!;
    const [auto] = ext.autoRunEvents;
    expect(auto!.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
    expect(auto!.events).toEqual([
      { type: 'messageSending', actionId: 'onMessageSendHandler', options: { sendMode: 'promptUser' } },
    ]);
    const runtime = ext.runtimes.find((r) => r.actions.some((a) => a.id === 'onMessageSendHandler'))!;
    expect(runtime.code).toEqual({
      page: 'https://localhost:3000/commands.html',
      script: 'https://localhost:3000/commands.js',
    });
    expect(runtime.actions).toEqual([
      { id: 'onMessageSendHandler', type: 'executeFunction', displayName: 'onMessageSendHandler' },
    ]);
  });

  test('has the three compose buttons; the alert opens the check pane by its button id', () => {
    const controls = dev.extensions[0]!.ribbons[0]!.tabs[0]!.groups[0]!.controls;
    expect(controls.map((c) => c.id)).toEqual(['sidedoorPitch', 'sidedoorIntro', 'sidedoorCheck']);
    const check = dev.extensions[0]!.runtimes.find((r) => r.actions.some((a) => a.id === controls[2]!.actionId))!;
    expect(check.code.page).toBe('https://localhost:3000/taskpane.html?mode=check');
    expect(dev.extensions[0]!.ribbons[0]!.contexts).toEqual(['mailCompose']);
  });

  test('has "Reach the hiring manager" on received messages, opening the pane in read mode', () => {
    const ext = dev.extensions[0]!;
    const read = ext.ribbons.filter((r) => r.contexts.includes('mailRead'));
    expect(read.map((r) => r.contexts)).toEqual([['mailRead']]);
    const controls = read[0]!.tabs[0]!.groups[0]!.controls;
    expect(controls.map((c) => c.id)).toEqual(['sidedoorReach']);
    const runtime = ext.runtimes.find((r) => r.actions.some((a) => a.id === controls[0]!.actionId))!;
    expect(runtime.code.page).toBe('https://localhost:3000/taskpane.html?mode=read');
    expect(runtime.actions.map((a) => a.type)).toEqual(['openPage']);
  });

  test('the validator rejects a read ribbon with a context that does not exist (the check can fail)', async () => {
    const broken = structuredClone(dev);
    broken.extensions[0]!.ribbons[1]!.contexts = ['mailReading'];
    const errors = await validate(broken);
    expect(errors.join('\n')).toMatch(/contexts|allowed values/);
  });

  test('renders for a production origin and refuses one that is not https', async () => {
    const prod = JSON.parse(unifiedManifest('https://sidedoor.example.com')) as Manifest;
    expect(JSON.stringify(prod)).not.toContain('localhost');
    expect(prod.validDomains).toEqual(['sidedoor.example.com']);
    await expect(validate(prod)).resolves.toEqual([]);
    expect(() => unifiedManifest('http://sidedoor.example.com')).toThrow(/must use https/);
    // A folder of an origin (a GitHub Pages project site): pages under it, the domain alone.
    const pages = JSON.parse(unifiedManifest('https://you.github.io/sidedoor/')) as Manifest;
    expect(pages.extensions[0]!.runtimes[0]!.code.page).toBe('https://you.github.io/sidedoor/taskpane.html?mode=pitch');
    expect(pages.validDomains).toEqual(['you.github.io']);
    await expect(validate(pages)).resolves.toEqual([]);
  });

  test('the app package is a zip that unzip reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'package-'));
    const file = join(dir, 'sidedoor-outlook.zip');
    writeFileSync(file, zip({ 'manifest.json': '{"a":1}', 'assets/color.png': Buffer.from([1, 2, 3]) }));
    const listing = execFileSync(
      'python3',
      [
        '-c',
        `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(z.read('manifest.json').decode()); print([i.date_time for i in z.infolist()])`,
        file,
      ],
      { encoding: 'utf8' },
    );
    // A valid MS-DOS date in every entry: 1980-01-01 00:00 (all zero decodes as month 0, day 0).
    expect(listing).toBe('None\n{"a":1}\n[(1980, 1, 1, 0, 0, 0), (1980, 1, 1, 0, 0, 0)]\n');
  });
});
