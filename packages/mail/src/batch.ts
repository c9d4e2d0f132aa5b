import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  fdatasyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { acquireLock } from './lock.js';
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
  | { row: number; status: 'failed'; error: string }
  /** The same target as an earlier row (`of`): drafted once, for that row. */
  | { row: number; status: 'duplicate'; of: number };

/** What `runBatch` needs. */
export interface BatchOptions {
  kind: Kind;
  targets: Target[];
  sink: BatchSink;
  /**
   * JSON Lines file recording each row's progress; a re-run resumes from it. A lock file beside
   * it (`<statePath>.lock`) keeps a second run of the same batch from starting meanwhile.
   */
  statePath: string;
  /** Most creations per second. @default unlimited */
  ratePerSecond?: number;
  /** Rows handled at once. @default the sink's `concurrency`, else 1 */
  concurrency?: number;
  /** Called after each row. */
  onProgress?: (outcome: RowOutcome, done: number, total: number) => void;
  /** Called with what the user should know before the rows run (a damaged state file). */
  onNotice?: (message: string) => void;
  /** Stops the batch: no new row starts, rows under way finish and are recorded. */
  signal?: AbortSignal;
  /** How to wait between creations; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

/** What a batch did, row by row. */
export interface BatchReport {
  outcomes: RowOutcome[];
  created: number;
  /** Rows already done: recorded as done, or found in the sink by their Message-ID (`recovered`). */
  skipped: number;
  /** Of `skipped`, the rows found in the sink rather than in the state file. */
  recovered: number;
  invalid: number;
  failed: number;
  duplicates: number;
  /** The batch was stopped by its `signal` before every row was handled. */
  interrupted: boolean;
  /** What was said through `onNotice`. */
  notices: string[];
}

interface StateEntry {
  key: string;
  row: number;
  status: 'pending' | 'done';
  messageId: string;
  result?: string;
}

const KEY = /^[0-9a-f]{20}$/;
const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

function isEntry(value: unknown): value is StateEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<StateEntry>;
  return (
    typeof e.key === 'string' &&
    KEY.test(e.key) &&
    typeof e.row === 'number' &&
    Number.isInteger(e.row) &&
    e.row > 0 &&
    typeof e.messageId === 'string' &&
    MESSAGE_ID.test(e.messageId) &&
    (e.status === 'pending' || (e.status === 'done' && typeof e.result === 'string' && e.result !== ''))
  );
}

function lineList(lines: number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `${shown} and ${lines.length - 5} more` : shown;
}

/**
 * Reads the state file. Lines that are not state entries (a line cut short by a kill, a file
 * truncated or overwritten) are never trusted: the good lines are kept, the file is rebuilt from
 * them (the damaged one kept aside) and the damage is reported, so the rows without a done line
 * are looked up in the sink before being created.
 */
function loadState(path: string, sink: BatchSink, notice: (message: string) => void): Map<string, StateEntry> {
  const state = new Map<string, StateEntry>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return state;
    throw error;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const bad: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      bad.push(i + 1);
      return;
    }
    if (!isEntry(entry)) {
      bad.push(i + 1);
      return;
    }
    const known = state.get(entry.key);
    if (known?.status !== 'done') state.set(entry.key, entry);
  });
  // Appends must start on a line of their own: a file not ending in a newline is rebuilt too.
  if (bad.length === 0 && (text === '' || text.endsWith('\n'))) return state;
  const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  copyFileSync(path, aside);
  const rebuilt = [...state.values()].map((e) => `${JSON.stringify(e)}\n`).join('');
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, rebuilt);
  renameSync(temporary, path);
  const then =
    sink.find === undefined
      ? 'rows without a done line are made again'
      : 'rows without a done line are looked up by their Message-ID before any is created';
  notice(
    bad.length === 0
      ? `${path}: the last line was cut short; rebuilt the file from its ${state.size} good entries (the old one is kept as ${aside}); ${then}.`
      : `${path}: ${bad.length} of ${lines.length} lines could not be read (line${bad.length > 1 ? 's' : ''} ${lineList(bad)}); rebuilt the file from its ${state.size} good entries (the damaged one is kept as ${aside}); ${then}.`,
  );
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
 * - a lock beside the state file refuses a second run of the same batch while one runs
 *   ({@link BatchLockedError}); a lock left by a killed process is taken over;
 * - a row is marked pending (with a Message-ID derived from the row) before it is created and
 *   done after; on a re-run, done rows are skipped and every other row is first looked up with
 *   `sink.find` by its Message-ID, so a draft made by a run whose record was lost is found, not
 *   made again;
 * - a damaged state file is reported (`onNotice`) and rebuilt from its good lines;
 * - a row repeating an earlier row's target is reported as a duplicate and drafted once.
 * Rows with invalid input are reported with their row number and issues; the rest proceed.
 *
 * @throws {BatchLockedError} when another run of the same batch holds the lock.
 * @example
 * const report = await runBatch({ kind: 'managerPitch', targets, sink: emlSink('out'), statePath: 'out/.sidedoor-state.jsonl' })
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const { kind, targets, sink, signal } = options;
  const sleep = options.sleep ?? realSleep;
  const interval = options.ratePerSecond ? 1000 / options.ratePerSecond : 0;
  const report: BatchReport = {
    outcomes: [],
    created: 0,
    skipped: 0,
    recovered: 0,
    invalid: 0,
    failed: 0,
    duplicates: 0,
    interrupted: false,
    notices: [],
  };
  const notice = (message: string) => {
    report.notices.push(message);
    options.onNotice?.(message);
  };
  const release = acquireLock(`${options.statePath}.lock`);
  let fd: number | undefined;
  try {
    const state = loadState(options.statePath, sink, notice);
    // Small synchronous appends: one line each, in order, without a trip through the event loop.
    fd = openSync(options.statePath, 'a');
    const stateFd = fd;
    const record = (entry: StateEntry) => {
      writeSync(stateFd, `${JSON.stringify(entry)}\n`);
      if (sink.durable) fdatasyncSync(stateFd);
    };
    let nextSlot = 0;
    const finish = (outcome: RowOutcome) => {
      report.outcomes.push(outcome);
      if (outcome.status === 'created') report.created++;
      else if (outcome.status === 'invalid') report.invalid++;
      else if (outcome.status === 'failed') report.failed++;
      else if (outcome.status === 'duplicate') report.duplicates++;
      else {
        report.skipped++;
        if (outcome.status === 'recovered') report.recovered++;
      }
      options.onProgress?.(outcome, report.outcomes.length, targets.length);
    };
    // The same target twice would get the same Message-ID: draft it once, for its first row.
    const keys = targets.map((t) => keyOf(kind, t.input));
    const firstIndex = new Map<string, number>();
    keys.forEach((key, i) => {
      if (!firstIndex.has(key)) firstIndex.set(key, i);
    });
    const handle = async (i: number): Promise<void> => {
      const { row, input } = targets[i]!;
      const key = keys[i]!;
      const first = firstIndex.get(key)!;
      if (first !== i) {
        finish({ row, status: 'duplicate', of: targets[first]!.row });
        return;
      }
      const built = safeBuild(kind, input);
      if (!built.ok) {
        finish({ row, status: 'invalid', issues: built.error.issues });
        return;
      }
      const from = senderOf(input);
      const known = state.get(key);
      if (known?.status === 'done' && known.result !== undefined) {
        finish({ row, status: 'skipped', result: known.result });
        return;
      }
      const messageId = known?.messageId ?? `<sidedoor.${key}@${from.email.split('@')[1]}>`;
      try {
        // Without a done line, the draft may still exist (a lost or damaged state file, a kill
        // between the sink storing it and this process hearing back): look before creating.
        if (sink.find !== undefined) {
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
    let next = 0;
    const workers = Math.max(1, Math.min(options.concurrency ?? sink.concurrency ?? 1, targets.length));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < targets.length && signal?.aborted !== true) {
          await handle(next++);
        }
      }),
    );
    report.interrupted = report.outcomes.length < targets.length;
  } finally {
    if (fd !== undefined) closeSync(fd);
    release();
  }
  report.outcomes.sort((a, b) => a.row - b.row);
  return report;
}
