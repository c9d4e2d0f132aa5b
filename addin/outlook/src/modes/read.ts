// Read mode's module (dist/modes/read.js): "Reach the hiring manager" on a received message
// (?mode=read). It holds the core's rejection reader and the read view: the letter's banner with
// its two routes. The form of a route is the pitch or intro module's (`mountRead`), imported
// when the user clicks it, so read mode's start-up carries neither builder nor the draft view.
import { readModeHost } from '../host.js';
import type { MountOptions } from '../mode.js';
import { mountReadView } from '../read-view.js';

/** Reads the open message and mounts the read view on it. */
export function mount({ root, inOutlook, timings }: MountOptions): void {
  void mountReadView({ root, host: inOutlook ? readModeHost() : undefined, timings });
}
