import type { Report } from '@sidedoor/core';

// C0 and C1 controls other than TAB and LF (ESC starts terminal sequences; CR rewrites a line;
// 0x9b is a one-byte CSI on some terminals), and the bidirectional overrides that reorder text.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ for ESC, ␍ for CR…
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * Text from input (a file, a CSV cell, an API error) made safe to print on a terminal: control
 * characters are shown as symbols (`␛`, `␍`) rather than obeyed, so input can neither move the
 * cursor, recolour, retitle the window nor hide what is printed. One character for one, so
 * positions computed on the original still point right.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, picture);
}

/** A report whose texts from the input (messages, excerpts, fixes) are {@link printable}. */
export function printableReport(report: Report): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      message: printable(f.message),
      ...(f.excerpt === undefined ? {} : { excerpt: printable(f.excerpt) }),
      ...(f.fix === undefined ? {} : { fix: printable(f.fix) }),
    })),
  };
}

/** Clears the current terminal line (a progress bar) and puts the cursor at its start. */
export const CLEAR_LINE = '\r\u001b[K';
