/**
 * @sidedoor/mail — RFC 5322 messages, .eml files, Gmail API drafts and resumable batches made
 * from @sidedoor/core drafts. Node only.
 */
export { toMime } from './mime.js';
export { writeEml } from './eml.js';
export { mailtoUrl } from '@sidedoor/core';

export type { Address, MimeOptions } from './mime.js';
