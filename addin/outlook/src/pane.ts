import type { Kind } from '@sidedoor/core';
import { mountCheckView } from './check-view.js';
import { mountDraftView } from './draft-view.js';
import type { MailHost } from './host.js';

/** What the pane does: draft a kind, or check the user's own draft. */
export type Mode = { draft: Kind } | { check: true };

/** Where the pane runs: inside Outlook (a host), or as a standalone page (local storage). */
export interface PaneOptions {
  root: HTMLElement;
  host: MailHost | undefined;
  mode: Mode;
  /** Each live update's duration in milliseconds is pushed here (the browser test reads it). */
  timings?: number[];
  /** Each stand-in preview's drawing time, while a draft's fields are missing (the bench reads it). */
  previewTimings?: number[];
}

/** Builds the pane into `root` and wires it. Returns a function that forces an update (tests). */
export function mountPane(options: PaneOptions): () => void {
  const { root, host, mode, timings, previewTimings } = options;
  root.replaceChildren();
  if ('check' in mode) return mountCheckView({ root, host, ...(timings ? { timings } : {}) });
  return mountDraftView({
    root,
    host,
    kind: mode.draft,
    ...(timings ? { timings } : {}),
    ...(previewTimings ? { previewTimings } : {}),
  });
}
