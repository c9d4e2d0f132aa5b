import type { Context } from '../context.js';

const MARKERS = ['TODO', 'TBD', 'XXX', 'FIXME'];
const REACH = 40;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A `[Name]` or `<Company>` placeholder: a capital letter, then letters, spaces, `_`, `'`, `.` or `-`. */
function bracketed(text: string, open: number, close: string, end: number): number {
  if (!isUpper(text.charCodeAt(open + 1))) return -1;
  const stop = Math.min(end, open + REACH);
  for (let i = open + 2; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (text[i] === close) return i + 1;
    const ok =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 95 || c === 39 || c === 46 || c === 45;
    if (!ok) return -1;
  }
  return -1;
}

/** `placeholder/left`: `{{…}}`, `[Name]`, `<Company>`, TODO, TBD, XXX, FIXME. */
export function placeholders(ctx: Context): void {
  const text = ctx.text;
  const end = ctx.analysis.end;
  const found: { start: number; end: number }[] = [];
  // Jump from one opening character to the next with native searches.
  let close = -2;
  for (const open of ['{{', '[', '<']) {
    let at = text.indexOf(open);
    while (at !== -1 && at < end) {
      let stop = -1;
      if (open === '{{') {
        // The first `}}` after this `{{`, remembered so that many `{{` do not rescan the text.
        if (close < at + 2) close = text.indexOf('}}', at + 2);
        if (close === -1) break;
        if (close - at < 80) stop = close + 2;
      } else stop = bracketed(text, at, open === '[' ? ']' : '>', end);
      if (stop !== -1) found.push({ start: at, end: stop });
      at = text.indexOf(open, stop === -1 ? at + open.length : stop);
    }
  }
  for (const marker of MARKERS) {
    let at = text.indexOf(marker);
    while (at !== -1 && at < end) {
      const before = at === 0 ? 32 : text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + marker.length);
      const boundary = (x: number) =>
        Number.isNaN(x) || !((x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 48 && x <= 57));
      if (boundary(before) && boundary(after)) found.push({ start: at, end: at + marker.length });
      at = text.indexOf(marker, at + marker.length);
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const at of found) {
    ctx.report('placeholder/left', `Expected no placeholders, found "${text.slice(at.start, at.end)}".`, {
      at,
      fix: 'Replace it with the real words, or delete it.',
    });
  }
}
