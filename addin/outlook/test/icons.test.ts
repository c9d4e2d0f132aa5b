// The icons, decoded back from their PNG bytes: the app package's outline icon is what Microsoft
// asks for (32 × 32, white on a transparent background), and it is the one the package ships.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { icon, outline } from '../scripts/icons.mjs';

const root = join(__dirname, '..');

/** Width, height and RGBA pixels of an 8-bit RGBA PNG without interlacing or row filters (what icons.mjs writes). */
function decode(png: Buffer): { width: number; height: number; pixels: number[][] } {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let at = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const width = header!.readUInt32BE(0);
  const height = header!.readUInt32BE(4);
  expect([header![8], header![9], header![12]]).toEqual([8, 6, 0]); // 8-bit RGBA, not interlaced
  const raw = inflateSync(Buffer.concat(data));
  expect(raw.length).toBe(height * (width * 4 + 1));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) pixels.push([...raw.subarray(row + 1 + x * 4, row + 5 + x * 4)]);
  }
  return { width, height, pixels };
}

describe('the outline icon (app package assets/outline.png)', () => {
  const { width, height, pixels } = decode(outline());

  test('is 32 × 32, every pixel white or fully transparent', () => {
    expect([width, height]).toEqual([32, 32]);
    const other = pixels.filter((p) => p[3] !== 0 && p.join() !== '255,255,255,255');
    expect(other).toEqual([]);
  });

  test('draws something on a transparent background', () => {
    const white = pixels.filter((p) => p[3] === 255).length;
    expect(white).toBeGreaterThan(32 * 32 * 0.15);
    expect(white).toBeLessThan(32 * 32 * 0.5);
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) expect(pixels[corner]![3]).toBe(0);
  });

  test('the colour icon is not white on transparent (the check above can fail)', () => {
    const colour = decode(icon(192));
    expect(colour.width).toBe(192);
    expect(colour.pixels.some((p) => p[3] !== 0 && p.join() !== '255,255,255,255')).toBe(true);
  });

  test('is the one the built app package ships, beside the 192 px colour icon', () => {
    const file = join(root, 'dist', 'sidedoor-outlook.zip');
    expect(existsSync(file)).toBe(true);
    const script = `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print(z.read('assets/outline.png').hex()); print(z.read('assets/color.png').hex())`;
    const [shipped, colour] = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim().split('\n');
    expect(shipped).toBe(outline().toString('hex'));
    expect(colour).toBe(icon(192).toString('hex'));
  });
});
