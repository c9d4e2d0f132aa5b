// Draws sidedoor's icon (a door ajar on the brand blue) as PNG files of any size, and its white
// outline for the app package, with no image library: raw RGBA rows, zlib, and the PNG chunks.
import { deflateSync } from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A `size` × `size` RGBA PNG whose pixel at (x, y) is `pixel(x, y)`, an [r, g, b, a] array. */
function png(size, pixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inside = (x, y, x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;

/** A PNG of the icon at `size` × `size` pixels. */
export function icon(size) {
  return png(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    const r = Math.min(u, v, 1 - u, 1 - v);
    let px = r < 0.02 ? [0, 0, 0, 0] : [15, 108, 189, 255]; // brand blue, square corners softened
    if (inside(u, v, 0.3, 0.2, 0.7, 0.85)) px = [255, 255, 255, 255]; // the door frame
    if (inside(u, v, 0.36, 0.26, 0.56, 0.85)) px = [205, 225, 245, 255]; // the door, ajar
    if (inside(u, v, 0.5, 0.52, 0.54, 0.58)) px = [15, 108, 189, 255]; // the handle
    return px;
  });
}

const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

/**
 * The outline icon of the unified manifest's app package: the same door ajar as 32 × 32 white
 * pixels on a transparent background (Microsoft's rule for outline icons: white and transparent
 * only), drawn on the pixel grid with no anti-aliasing so no pixel is grey or half-white.
 */
export function outline() {
  return png(32, (x, y) => {
    const frame = inside(x, y, 8, 4, 24, 6) || inside(x, y, 8, 4, 10, 27) || inside(x, y, 22, 4, 24, 27);
    const floor = inside(x, y, 5, 27, 27, 29);
    const door = inside(x, y, 10, 8, 17, 27) && !inside(x, y, 14, 16, 16, 18); // the handle is a hole
    return frame || floor || door ? WHITE : CLEAR;
  });
}
