// Read mode's module (dist/modes/read.js): "Reach the hiring manager" on a received message
// (?mode=read). It holds the core's rejection reader and the read view, and its own copy of
// the draft view, since read mode opens the pitch form at once: one module, so nothing in it is
// fetched twice and nothing waits on a second request.
import { readModeHost } from '../host.js';
import type { MountOptions } from '../mode.js';
import { mountReadView } from '../read-view.js';

/** Reads the open message and mounts the read view on it. */
export function mount({ root, inOutlook, timings }: MountOptions): void {
  void mountReadView({ root, host: inOutlook ? readModeHost() : undefined, timings });
}
