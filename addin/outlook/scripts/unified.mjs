// Renders manifest/manifest.template.json, the unified manifest for Microsoft 365 (the add-in
// with Check before Send: an OnMessageSend handler), for an origin, and packs it with its two
// icons into the app package Outlook sideloads (a zip, written without a dependency).
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { root, siteOf } from './manifest.mjs';

/** The unified manifest for the pane served at `address` (checked like the XML manifest's, see `siteOf`). */
export function unifiedManifest(address) {
  const { base, origin } = siteOf(address);
  return readFileSync(join(root, 'manifest', 'manifest.template.json'), 'utf8')
    .replaceAll('{{ORIGIN}}', base)
    .replaceAll('{{HOST}}', new URL(origin).host);
}

// Every entry's modification time: 1980-01-01 00:00, the first valid MS-DOS date (day and month
// count from 1; all-zero is not a date), fixed so that a build is the same byte for byte.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive (deflated entries) of `files`, a map of name to bytes. */
export function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const packed = deflateRawSync(bytes);
    const fileName = Buffer.from(name);
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(bytes.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += 30 + fileName.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
