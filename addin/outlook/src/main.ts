// The task pane's entry (dist/taskpane.js), kept to a router: each mode is its own page load
// (taskpane.html?mode=pitch|intro|check|read: the manifests and the nav link to those), so the
// router reads the mode from the address, starts loading that mode's module (dist/modes/<mode>.js,
// from src/modes/) at once, while office.js gets ready, and mounts it then. The modules are built
// apart, so a mode never downloads another's code: a drafting mode carries its own builder alone
// and no check view or kind inference, check mode none of the builders. Inside Outlook the pane
// drafts into (or checks) the compose window, or starts from a received message; in a plain
// browser (no Office host) it is a standalone page.
import type { ModeModule, ModeName } from './mode.js';

declare global {
  interface Window {
    sidedoorTimings: number[];
    sidedoorPreviewTimings: number[];
  }
}

/** The pane's modes, each with its module in dist/modes/ of the same name. */
const MODES: readonly ModeName[] = ['pitch', 'intro', 'check', 'read'];

const asked = new URLSearchParams(location.search).get('mode');
// No mode, or one this version does not know, is the pitch (the compose window's first button).
const mode = MODES.find((m) => m === asked) ?? 'pitch';
// Relative to this script (not a literal, so the bundler leaves it to the browser): works from a
// folder of a site too.
const url = `./modes/${mode}.js`;
const loading = import(url) as Promise<ModeModule>;

document.querySelectorAll<HTMLAnchorElement>('nav a').forEach((a) => {
  if (new URLSearchParams(a.search).get('mode') === (asked ?? 'pitch')) a.setAttribute('aria-current', 'page');
});
document.body.classList.toggle('reading', mode === 'read');
window.sidedoorTimings = [];
window.sidedoorPreviewTimings = [];

/** Whether the pane runs in Outlook on a message, once office.js says it is ready. */
const inOutlook: Promise<boolean> =
  typeof Office === 'undefined'
    ? Promise.resolve(false)
    : new Promise((resolve) => {
        void Office.onReady((info) =>
          resolve(info.host === Office.HostType.Outlook && Office.context?.mailbox?.item != null),
        );
      });

const root = document.getElementById('app')!;
void loading.then(
  async (module) => {
    const outlook = await inOutlook;
    document.body.classList.toggle('standalone', !outlook);
    root.replaceChildren();
    module.mount({
      root,
      inOutlook: outlook,
      timings: window.sidedoorTimings,
      previewTimings: window.sidedoorPreviewTimings,
    });
  },
  (error: unknown) => {
    // A module that did not arrive (offline, a blocked or half-deployed site): one line in the
    // pane instead of an empty one. Nothing touches the message: the user's words stay as they are.
    // Browsers word it differently (Chromium names the file, Safari does not): name it once.
    let reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
    if (!reason.includes(url.slice(2))) reason += ` (${url.slice(2)})`;
    const line = document.createElement('p');
    line.className = 'status alert failed';
    line.setAttribute('role', 'alert');
    line.textContent = `sidedoor could not load: ${reason}. Close the pane and open it again.`;
    root.replaceChildren(line);
  },
);
