import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packages = join(__dirname, '..', '..');
export const bin = join(packages, 'cli', 'dist', 'sidedoor.js');
export const data = join(packages, '..', 'examples', 'data');

/** A fresh temporary folder. */
export function temp(): string {
  return mkdtempSync(join(tmpdir(), 'sidedoor-cli-'));
}

/** What a run of the command printed and how it ended. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command as a user would, optionally feeding standard input. */
export function sidedoor(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? join(packages, '..'),
      env: { ...process.env, NO_COLOR: '1', SIDEDOOR_CONFIG_DIR: join(temp(), 'config'), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
