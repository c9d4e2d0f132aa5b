import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchSink } from './batch.js';
import { removeLeftoverTemporaries, writeEml } from './eml.js';
import { createGmailDraft, findGmailDraft, type GmailOptions } from './gmail.js';

function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'draft'
  );
}

/**
 * A batch sink that writes one `.eml` file per row into `dir`, named by row and recipient
 * (`0002-sam-lee.eml`). Writing the same row again overwrites the same file. Before the first
 * file, temporary files left in `dir` by a killed run are deleted.
 */
export function emlSink(dir: string): BatchSink {
  let ready: Promise<unknown> | undefined;
  return {
    // Files are independent: several rows can be written at once.
    concurrency: 8,
    async create(draft, { from, messageId, row }) {
      ready ??= mkdir(dir, { recursive: true }).then(() => removeLeftoverTemporaries(dir));
      await ready;
      const file = join(dir, `${String(row).padStart(4, '0')}-${slug(draft.to[0]?.name ?? draft.kind)}.eml`);
      await writeEml(file, draft, { from, messageId });
      return file;
    },
  };
}

/** A batch sink that creates Gmail drafts, and finds those an interrupted run created. */
export function gmailSink(options: GmailOptions): BatchSink {
  return {
    durable: true,
    create: (draft, { from, messageId }) => createGmailDraft(draft, { ...options, from, messageId }),
    find: (messageId) => findGmailDraft(messageId, options),
  };
}
