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
    ]);
    for (const label of ['Draft manager pitch', 'Request warm intro', 'Check my draft'])
      expect(xml).toContain(`DefaultValue="${label}"`);
  });

  test('ids are unique and every resid points at a resource', () => {
    const ids = attr(' id');
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
    expect(() => manifest('http://sidedoor.example.com')).toThrow(/must be an https origin/);
  });
});
