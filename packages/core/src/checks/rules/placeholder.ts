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
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    let stop = -1;
    if (c === 123 && text.charCodeAt(i + 1) === 123) {
      const close = text.indexOf('}}', i + 2);
      if (close !== -1 && close - i < 80) stop = close + 2;
    } else if (c === 91) stop = bracketed(text, i, ']', end);
    else if (c === 60) stop = bracketed(text, i, '>', end);
    if (stop !== -1) {
      found.push({ start: i, end: stop });
      i = stop;
    } else i++;
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
