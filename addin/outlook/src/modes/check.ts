// Check mode's module (dist/modes/check.js): "Check my draft" (?mode=check), on the message being
// written or on text pasted into the standalone page. It holds check() with the core's kind
// inference and the check view; none of the builders, their schemas or templates.
import { mountCheckView } from '../check-view.js';
import { outlookHost } from '../host.js';
import type { MountOptions } from '../mode.js';

/** Mounts the check view. */
export function mount({ root, inOutlook, timings }: MountOptions): void {
  mountCheckView({ root, host: inOutlook ? outlookHost() : undefined, timings });
}
