import type { Kind } from '@sidedoor/core';
import { mountCheckView } from './check-view.js';
import { addContactsPicker } from './contacts-button.js';
import { mountDraftView } from './draft-view.js';
import type { MailHost } from './host.js';
import { lazy } from './lazy.js';

/** What the pane does: draft a kind, check the user's own draft, or start from a received message. */
export type Mode = { draft: Kind } | { check: true } | { read: true };

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
  if ('read' in mode) {
    // Built apart (the rejection reader), loaded only for a received message.
    void lazy('read').then(
      (m) => m.mountReadView({ root, host, mountDraftView, addContactsPicker, ...(timings ? { timings } : {}) }),
      (error: Error) => root.replaceChildren(`sidedoor could not load: ${error.message}`),
    );
    return () => undefined;
  }
  return mountDraftView({
    root,
    host,
    kind: mode.draft,
    ...(timings ? { timings } : {}),
    ...(mode.draft === 'introRequest' ? { extend: (view) => addContactsPicker(view) } : {}),
    ...(previewTimings ? { previewTimings } : {}),
  });
}
