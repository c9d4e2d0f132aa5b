import { createHash } from 'node:crypto';
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Draft, type InputIssue, type Kind, safeBuild } from '@sidedoor/core';
import type { Address } from './mime.js';
import type { Target } from './targets.js';

/** Where a batch puts its drafts: `.eml` files, Gmail drafts, or anything else. */
export interface BatchSink {
  /** Creates the output for one draft and says where it went (a file path, a draft id). */
  create(draft: Draft, message: { from: Address; messageId: string; row: number }): Promise<string>;
  /**
   * Looks for an output made by an interrupted run, by its Message-ID. Without it, an
   * interrupted row is made again — fine for sinks that overwrite, like files.
   */
  find?(messageId: string): Promise<string | undefined>;
  /** Sync the state file after each step (for sinks with effects elsewhere, like Gmail). */
  durable?: boolean;
  /** How many rows it can take at once. @default 1 */
  concurrency?: number;
}

/** One row's outcome, as `onProgress` and the report tell it. */
export type RowOutcome =
  | { row: number; status: 'created' | 'skipped' | 'recovered'; result: string }
  | { row: number; status: 'invalid'; issues: InputIssue[] }
  | { row: number; status: 'failed'; error: string };

/** What `runBatch` needs. */
export interface BatchOptions {
  kind: Kind;
  targets: Target[];
  sink: BatchSink;
  /** JSON Lines file recording each row's progress; a re-run resumes from it. */
  statePath: string;
  /** Most creations per second. @default unlimited */
  ratePerSecond?: number;
  /** Rows handled at once. @default the sink's `concurrency`, else 1 */
  concurrency?: number;
  /** Called after each row. */
  onProgress?: (outcome: RowOutcome, done: number, total: number) => void;
  /** How to wait between creations; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

/** What a batch did, row by row. */
export interface BatchReport {
  outcomes: RowOutcome[];
  created: number;
  skipped: number;
  invalid: number;
  failed: number;
}

interface StateEntry {
  key: string;
  row: number;
  status: 'pending' | 'done';
  messageId: string;
  result?: string;
}

/** Reads the state file; a last line cut short by an interruption is ignored. */
async function loadState(path: string): Promise<Map<string, StateEntry>> {
  const state = new Map<string, StateEntry>();
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as StateEntry;
      const known = state.get(entry.key);
      if (known?.status !== 'done') state.set(entry.key, entry);
    } catch {
      // A line cut short when the process was killed: the row is redone or recovered.
    }
  }
  return state;
}

/** A stable key for a row: the same target in a re-run gets the same key, a changed one a new key. */
function keyOf(kind: Kind, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, input]))
    .digest('hex')
    .slice(0, 20);
}

function senderOf(input: Record<string, unknown>): Address {
  const sender = input.sender as { name?: string; email: string };
  return sender.name === undefined ? { email: sender.email } : { email: sender.email, name: sender.name };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Drafts every target and hands each draft to the sink, recording progress in a state file so
 * that an interrupted or repeated run never creates a draft twice and never drops a row:
 * a row is marked pending (with its Message-ID) before it is created and done after; on a re-run,
 * done rows are skipped and pending ones are looked up with `sink.find` before being redone.
 * Rows with invalid input are reported with their row number and issues; the rest proceed.
 *
 * @example
 * const report = await runBatch({ kind: 'managerPitch', targets, sink: emlSink('out'), statePath: 'out/.sidedoor-state.jsonl' })
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const { kind, targets, sink } = options;
  const sleep = options.sleep ?? realSleep;
  const interval = options.ratePerSecond ? 1000 / options.ratePerSecond : 0;
  const state = await loadState(options.statePath);
  // Small synchronous appends: one line each, in order, without a trip through the event loop.
  const fd = openSync(options.statePath, 'a');
  const record = (entry: StateEntry) => {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    if (sink.durable) fdatasyncSync(fd);
  };
  const report: BatchReport = { outcomes: [], created: 0, skipped: 0, invalid: 0, failed: 0 };
  let nextSlot = 0;
  const finish = (outcome: RowOutcome) => {
    report.outcomes.push(outcome);
    if (outcome.status === 'created') report.created++;
    else if (outcome.status === 'invalid') report.invalid++;
    else if (outcome.status === 'failed') report.failed++;
    else report.skipped++;
    options.onProgress?.(outcome, report.outcomes.length, targets.length);
  };
  const handle = async ({ row, input }: Target): Promise<void> => {
    const built = safeBuild(kind, input);
    if (!built.ok) {
      finish({ row, status: 'invalid', issues: built.error.issues });
      return;
    }
    const key = keyOf(kind, input);
    const from = senderOf(input);
    const known = state.get(key);
    if (known?.status === 'done' && known.result !== undefined) {
      finish({ row, status: 'skipped', result: known.result });
      return;
    }
    const messageId = known?.messageId ?? `<sidedoor.${key}@${from.email.split('@')[1]}>`;
    try {
      if (known?.status === 'pending' && sink.find !== undefined) {
        const found = await sink.find(messageId);
        if (found !== undefined) {
          record({ key, row, status: 'done', messageId, result: found });
          finish({ row, status: 'recovered', result: found });
          return;
        }
      }
      if (interval > 0) {
        // Rows take the next free slot of the rate limit, in the order they ask.
        const now = Date.now();
        const slot = Math.max(now, nextSlot);
        nextSlot = slot + interval;
        if (slot > now) await sleep(slot - now);
      }
      record({ key, row, status: 'pending', messageId });
      const result = await sink.create(built.draft, { from, messageId, row });
      record({ key, row, status: 'done', messageId, result });
      finish({ row, status: 'created', result });
    } catch (error) {
      finish({ row, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  try {
    let next = 0;
    const workers = Math.max(1, Math.min(options.concurrency ?? sink.concurrency ?? 1, targets.length));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < targets.length) await handle(targets[next++]!);
      }),
    );
  } finally {
    closeSync(fd);
  }
  report.outcomes.sort((a, b) => a.row - b.row);
  return report;
}
