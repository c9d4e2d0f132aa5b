import { readFile } from 'node:fs/promises';
import type { Io } from './errors.js';
import { UsageError } from './errors.js';

/** Reads a file, or standard input for `-`. */
export async function readText(file: string, io: Io): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot read (${code ?? String(error)}).`,
    );
  }
}

/** Reads and parses a JSON file, naming the file and the position of a syntax error. */
export async function readJson(file: string, io: Io): Promise<unknown> {
  const text = await readText(file, io);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
}

/** Reads a file's bytes, or standard input for `-`, with the same errors as `readText`. */
export async function readBytes(file: string, io: Io): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot read (${code ?? String(error)}).`,
    );
  }
}
