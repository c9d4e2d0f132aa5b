/**
 * @sidedoor/mail — RFC 5322 messages, .eml files, Gmail API drafts and resumable batches made
 * from @sidedoor/core drafts. Node only.
 */
export { toMime } from './mime.js';
export { removeLeftoverTemporaries, writeEml } from './eml.js';
export { createGmailDraft, findGmailDraft, GMAIL_COMPOSE_SCOPE } from './gmail.js';
export { runBatch } from './batch.js';
export { BatchLockedError } from './lock.js';
export { emlSink, gmailSink } from './sinks.js';
export { readTargets } from './targets.js';
export { withRetry, isRetryable } from './retry.js';
export { mailtoUrl } from '@sidedoor/core';

export type { Address, MimeOptions } from './mime.js';
export type { GmailOptions } from './gmail.js';
export type { BatchOptions, BatchReport, BatchSink, RowOutcome } from './batch.js';
export type { Target } from './targets.js';
export type { LockHolder } from './lock.js';
export type { RetryOptions } from './retry.js';
