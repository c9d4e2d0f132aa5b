import { rename, writeFile } from 'node:fs/promises';
import type { Draft } from '@sidedoor/core';
import { type MimeOptions, toMime } from './mime.js';

/**
 * Writes a draft as an `.eml` file that mail apps open as a message. The file is written next
 * to its final name and then renamed, so a reader never sees half a message.
 *
 * @throws {InputError} as `toMime` does; file-system errors as they come.
 * @example
 * await writeEml('pitch.eml', draft, { from: { email: 'alex@example.com' } })
 */
export async function writeEml(file: string, draft: Draft, options: MimeOptions): Promise<void> {
  const bytes = await toMime(draft, options);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}
