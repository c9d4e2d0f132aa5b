import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
/** Microsoft's XSDs, kept in test/schemas (see its README for where they come from). */
const xsd = join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');
const manifestPath = join(root, 'manifest.xml');
const xml = readFileSync(manifestPath, 'utf8');

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is needed (Debian package libxml2-utils): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const attr = (name: string) => [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('manifest.xml', () => {
  test("validates against Microsoft's add-in manifest XSDs", () => {
    const result = xmllint(manifestPath);
    expect(result.output).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  test('the validator rejects a broken manifest (the check can fail)', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'broken.xml');
    writeFileSync(
      broken,
      xml.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>EverythingPlease</Permissions>'),
    );
    expect(xmllint(broken).status).not.toBe(0);
  });

  test('is a compose add-in with the three buttons on the compose surface', () => {
    expect(xml).toContain('xsi:type="MailApp"');
    expect(xml).toContain('<Permissions>ReadWriteItem</Permissions>');
    expect(xml).toMatch(/<Set Name="Mailbox" MinVersion="1\.1"\/>/);
    expect(xml).toContain('xsi:type="MessageComposeCommandSurface"');
    const buttons = [
      ...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/g),
    ].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([
      ['sidedoorPitch', 'Pitch.Url'],
      ['sidedoorIntro', 'Intro.Url'],
      ['sidedoorCheck', 'Check.Url'],
      ['sidedoorReach', 'Reach.Url'],
    ]);
    for (const label of ['Draft manager pitch', 'Request warm intro', 'Check my draft'])
      expect(xml).toContain(`DefaultValue="${label}"`);
  });

  test('has "Reach the hiring manager" on the read surface, opening the pane in read mode', () => {
    const compose = xml.match(/<ExtensionPoint xsi:type="MessageComposeCommandSurface">[\s\S]*?<\/ExtensionPoint>/)![0];
    const read = xml.match(/<ExtensionPoint xsi:type="MessageReadCommandSurface">[\s\S]*?<\/ExtensionPoint>/)![0];
    expect([...compose.matchAll(/<Control xsi:type="Button" id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'sidedoorPitch',
      'sidedoorIntro',
      'sidedoorCheck',
    ]);
    expect([...read.matchAll(/<Control xsi:type="Button" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['sidedoorReach']);
    expect(read).toContain('<SourceLocation resid="Reach.Url"/>');
    expect(xml).toContain('<bt:Url id="Reach.Url" DefaultValue="https://localhost:3000/taskpane.html?mode=read"/>');
    expect(xml).toContain('<bt:String id="Reach.Label" DefaultValue="Reach the hiring manager"/>');
    // Activated on received messages too, with the read form opening the same page.
    expect(xml).toContain('<Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>');
    expect(xml).toMatch(
      /<Form xsi:type="ItemRead">\s*<DesktopSettings>\s*<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html\?mode=read"\/>/,
    );
  });

  test('ids are unique and every resid points at a resource', () => {
    // `TabDefault` names Outlook's built-in tab, once per surface (compose and read), not an id of ours.
    expect([...xml.matchAll(/<OfficeTab id="([^"]+)"/g)].map((m) => m[1])).toEqual(['TabDefault', 'TabDefault']);
    const ids = attr(' id').filter((id) => id !== 'TabDefault');
    expect(new Set(ids).size).toBe(ids.length);
    for (const resid of new Set(attr('resid'))) expect(ids).toContain(resid);
  });

  test('every control has 16, 32 and 80 px icons, and the files have those sizes', () => {
    for (const block of xml.match(/<Icon>[\s\S]*?<\/Icon>/g) ?? []) {
      expect([...block.matchAll(/size="(\d+)"/g)].map((m) => m[1])).toEqual(['16', '32', '80']);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, 'dist', 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('every URL is https and served by the build', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|>)(https?:\/\/[^"<]+)/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.includes('schemas.microsoft.com'));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith('https://localhost:3000')).toBe(true);
      const path = new URL(url).pathname;
      if (path === '/') continue;
      expect(existsSync(join(root, 'dist', path))).toBe(true);
    }
  });

  test('the host URL is set at build time', async () => {
    const { manifest } = (await import('../scripts/manifest.mjs')) as { manifest: (origin: string) => string };
    const production = manifest('https://sidedoor.example.com');
    expect(production).not.toContain('localhost');
    expect(production).toContain('DefaultValue="https://sidedoor.example.com/taskpane.html?mode=intro"');
    expect(production).toContain('<AppDomain>https://sidedoor.example.com</AppDomain>');
  });

  test('a folder of an origin works (a GitHub Pages project site), and the manifest validates', async () => {
    const { manifest } = (await import('../scripts/manifest.mjs')) as { manifest: (origin: string) => string };
    for (const address of ['https://you.github.io/sidedoor', 'https://you.github.io/sidedoor/']) {
      const site = manifest(address);
      expect(site).toContain('DefaultValue="https://you.github.io/sidedoor/taskpane.html?mode=pitch"');
      expect(site).toContain('DefaultValue="https://you.github.io/sidedoor/assets/icon-80.png"');
      expect(site).toContain('<AppDomain>https://you.github.io</AppDomain>');
      expect(site).not.toContain('sidedoor//');
      const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
      writeFileSync(file, site);
      expect(xmllint(file).status).toBe(0);
    }
    // The pane loads everything by relative paths, so it works from a folder.
    const html = readFileSync(join(root, 'src', 'taskpane.html'), 'utf8');
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g))
      expect(url!.startsWith('/') || (url!.includes('://') && !url!.startsWith('https://appsforoffice.'))).toBe(false);
  });

  test('anything but an https address is refused with one line', async () => {
    const { manifest } = (await import('../scripts/manifest.mjs')) as { manifest: (origin: string) => string };
    expect(() => manifest('http://sidedoor.example.com')).toThrow(
      'SIDEDOOR_OUTLOOK_ORIGIN must use https, found "http://sidedoor.example.com": Outlook loads add-ins only over HTTPS.',
    );
    for (const bad of [
      'sidedoor.example.com',
      'ftp://x.example.com',
      'https://x.example.com/?a=1',
      'https://x.example.com/#top',
    ])
      expect(() => manifest(bad)).toThrow(
        /^SIDEDOOR_OUTLOOK_ORIGIN must be an https address like https:\/\/sidedoor\.example\.com or https:\/\/you\.github\.io\/sidedoor/,
      );
    expect(() => manifest('https://x.example.com/a&b')).toThrow(/characters a URL path should not have/);
  });

  test('the build refuses an http address with one clear line, no stack, before building anything', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, SIDEDOOR_OUTLOOK_ORIGIN: 'http://sidedoor.example.com' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'SIDEDOOR_OUTLOOK_ORIGIN must use https, found "http://sidedoor.example.com": Outlook loads add-ins only over HTTPS.\n',
    );
    expect(existsSync(join(root, 'dist', 'taskpane.js'))).toBe(true);
  });
});
