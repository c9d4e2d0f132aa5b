import type { Finding } from '@sidedoor/core';

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A stretch of text the preview shows as a chip instead of the characters (a field not filled in yet). */
export interface Placeholder {
  start: number;
  end: number;
  label: string;
}

/**
 * The text with each finding's words marked, each placeholder shown as a chip, and an empty
 * `span.changed` at `changedAt` (where the text last changed) so the preview can scroll to it.
 */
export function highlighted(
  text: string,
  findings: readonly Finding[],
  placeholders: readonly Placeholder[] = [],
  changedAt = -1,
): DocumentFragment {
  type Span = { start: number; end: number; node: () => Node };
  const spans: Span[] = [];
  for (const p of placeholders)
    spans.push({ start: p.start, end: p.end, node: () => el('span', { class: 'missing' }, p.label) });
  for (const f of findings)
    if (f.start !== undefined && f.end !== undefined && f.end > f.start) {
      const { start, end } = f;
      spans.push({
        start,
        end,
        node: () => el('mark', { class: f.severity, title: f.message }, text.slice(start, end)),
      });
    }
  spans.sort((a, b) => a.start - b.start);
  const out = document.createDocumentFragment();
  let at = 0;
  let marker = changedAt < 0;
  const plain = (to: number) => {
    if (!marker && changedAt < to) {
      out.append(text.slice(at, Math.max(at, changedAt)), el('span', { class: 'changed' }));
      at = Math.max(at, changedAt);
      marker = true;
    }
    out.append(text.slice(at, to));
    at = to;
  };
  for (const s of spans) {
    if (s.start < at) continue;
    plain(s.start);
    if (!marker && changedAt < s.end) {
      out.append(el('span', { class: 'changed' }));
      marker = true;
    }
    out.append(s.node());
    at = s.end;
  }
  plain(text.length);
  if (!marker) out.append(el('span', { class: 'changed' }));
  return out;
}

/** Index of the first character where two texts differ (`-1` when they are equal). */
export function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Where two texts differ: `before[start, oldEnd)` became `after[start, newEnd)` (`undefined` when equal). */
export function difference(
  before: string,
  after: string,
): { start: number; oldEnd: number; newEnd: number } | undefined {
  const start = firstDifference(before, after);
  if (start === -1) return undefined;
  const n = Math.min(before.length, after.length);
  let tail = 0;
  while (tail < n - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail))
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Scrolls `box` (a scroll container) so that `target` inside it is in view, moving no other scroller. */
export function revealIn(box: HTMLElement, target: HTMLElement | null): void {
  if (target === null || box.clientHeight === 0) return;
  const top = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const margin = 24;
  if (top < box.scrollTop + margin || top > box.scrollTop + box.clientHeight - margin)
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

/** A status line placed next to the buttons it reports on. */
export interface Status {
  node: HTMLElement;
  show(message: string, alert?: boolean): void;
}

/** A status line (`role=status`, or `alert` for failures) for the place the user clicked. */
export function statusLine(idName = 'status'): Status {
  const node = el('p', { id: idName, class: 'status', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    show(message, alert = false) {
      node.textContent = message;
      node.className = alert ? 'status alert' : 'status';
      node.setAttribute('role', alert ? 'alert' : 'status');
    },
  };
}
