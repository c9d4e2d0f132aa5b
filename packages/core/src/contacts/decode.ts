import { InputError } from '../errors/input-error.js';

/** The largest export the parsers read: 50 MB. LinkedIn's own files are far smaller. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

/** What the parsers accept: the file's text, or its bytes as read from disk or a file picker. */
export type ExportInput = string | Uint8Array;

/**
 * Turns an export's bytes or text into text: refuses 50 MB and more, reads UTF-8 (with or without
 * a byte-order mark) and UTF-16 (little or big endian, as a spreadsheet's "Unicode text" saves it).
 */
export function decodeExport(input: ExportInput, file: string): string {
  if (typeof input === 'string') {
    if (input.length >= MAX_EXPORT_BYTES) throw tooLarge(file, input.length);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength >= MAX_EXPORT_BYTES) throw tooLarge(file, input.byteLength);
  const b0 = input[0];
  const b1 = input[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(input, 2, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(input, 2, false);
  // UTF-16 without a mark: ASCII text then has a zero in every other byte.
  if (input.byteLength >= 4 && b0 !== 0 && b1 === 0 && input[3] === 0) return decodeUtf16(input, 0, true);
  if (input.byteLength >= 4 && b0 === 0 && b1 !== 0 && input[2] === 0) return decodeUtf16(input, 0, false);
  const start = b0 === 0xef && b1 === 0xbb && input[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(start));
  } catch {
    throw new InputError([
      {
        path: [],
        message: `${file}: line ${lineOfBadByte(input, start)}: expected UTF-8 or UTF-16 text, found bytes in another encoding. Download the export again from LinkedIn, or save it as "CSV UTF-8".`,
      },
    ]);
  }
}

function tooLarge(file: string, size: number): InputError {
  return new InputError([
    {
      path: [],
      message: `${file}: expected a LinkedIn export under 50 MB, found ${(size / 1024 / 1024).toFixed(1)} MB. Use the Connections.csv or messages.csv file itself, not the whole archive.`,
    },
  ]);
}

function decodeUtf16(bytes: Uint8Array, start: number, little: boolean): string {
  const parts: string[] = [];
  const chunk = 8192;
  const codes: number[] = [];
  for (let i = start; i + 1 < bytes.byteLength; i += 2) {
    codes.push(little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (codes.length === chunk) {
      parts.push(String.fromCharCode(...codes));
      codes.length = 0;
    }
  }
  parts.push(String.fromCharCode(...codes));
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The line of the first byte that is not valid UTF-8, for the error message. */
function lineOfBadByte(bytes: Uint8Array, start: number): number {
  let line = 1;
  let i = start;
  while (i < bytes.byteLength) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += length;
  }
  return line;
}
