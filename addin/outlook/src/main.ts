// The task pane's entry: inside Outlook it drafts into the compose window (or, opened on a
// received message with ?mode=read, starts from that message); in a plain browser (no Office
// host) it is a standalone drafting page.
import { outlookHost } from './host.js';
import { type Mode, mountPane } from './pane.js';

declare global {
  interface Window {
    sidedoorTimings: number[];
    sidedoorPreviewTimings: number[];
  }
}

function modeOf(search: string): Mode {
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'read') return { read: true };
  if (mode === 'check') return { check: true };
  return { draft: mode === 'intro' ? 'introRequest' : 'managerPitch' };
}

function start(inOutlook: boolean): void {
  const root = document.getElementById('app')!;
  window.sidedoorTimings = [];
  window.sidedoorPreviewTimings = [];
  const mode = modeOf(location.search);
  const current = new URLSearchParams(location.search).get('mode') ?? 'pitch';
  document.querySelectorAll<HTMLAnchorElement>('nav a').forEach((a) => {
    if (new URLSearchParams(a.search).get('mode') === current) a.setAttribute('aria-current', 'page');
  });
  document.body.classList.toggle('standalone', !inOutlook);
  document.body.classList.toggle('reading', 'read' in mode);
  mountPane({
    root,
    host: inOutlook ? outlookHost() : undefined,
    mode,
    timings: window.sidedoorTimings,
    previewTimings: window.sidedoorPreviewTimings,
  });
}

if (typeof Office !== 'undefined') {
  void Office.onReady((info) => start(info.host === Office.HostType.Outlook && Office.context?.mailbox?.item != null));
} else start(false);
