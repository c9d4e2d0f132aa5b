import type { Finding, Report } from '../checks/types.js';
import { InputError } from '../errors/input-error.js';

/** How `formatReport` prints. */
export interface FormatOptions {
  /** Colour severities with ANSI escapes, for terminals. @default false */
  color?: boolean;
  /** A name for the checked text, printed before positions (e.g. a file name). */
  name?: string;
}

const COLORS = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** `1 error`, `2 errors`. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Tells whether `text` is the one `report` was made from: same length, every excerpt in place. */
function madeFrom(report: Report, text: string): boolean {
  if (report.stats.characters !== text.length) return false;
  return report.findings.every((f) => {
    if (f.start === undefined || f.end === undefined || f.excerpt === undefined) return true;
    const shown = f.excerpt.endsWith('…') && f.end - f.start > 80 ? f.excerpt.slice(0, -1) : f.excerpt;
    return text.startsWith(shown, f.start);
  });
}

/**
 * Prints a report the way a linter prints findings: one line per finding with its position,
 * severity, rule and message, then the offending words and the fix; a summary line last.
 * Positions are computed in `text`, which must be the text the report was made from.
 *
 * @throws {InputError} naming `text` when it is not the text the report was made from (its
 * positions would be wrong).
 * @example
 * console.log(formatReport(check(text, { kind: 'managerPitch' }), text, { color: process.stdout.isTTY }))
 */
export function formatReport(report: Report, text: string, options: FormatOptions = {}): string {
  if (typeof text !== 'string' || !madeFrom(report, text)) {
    throw new InputError([
      {
        path: ['text'],
        message: `Expected the text the report was made from (${plural(report.stats.characters, 'character', 'characters')}), found ${typeof text === 'string' ? `another text (${plural(text.length, 'character', 'characters')})` : 'no text'}; pass formatReport the text you passed check().`,
      },
    ]);
  }
  const paint = (color: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[color]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const prefix = options.name === undefined ? '' : `${options.name}:`;
  const describe = (f: Finding) => {
    let where = options.name ?? '-';
    if (f.start !== undefined) {
      const { line, column } = position(text, f.start);
      where = `${prefix}${line}:${column}`;
    }
    lines.push(
      `  ${paint('dim', where.padEnd(prefix.length + 6))} ${paint(f.severity, f.severity.padEnd(7))} ${paint('bold', f.rule)}  ${f.message}`,
    );
    if (f.excerpt !== undefined && f.excerpt.length > 0)
      lines.push(`  ${' '.repeat(prefix.length + 6)} ${paint('dim', `> ${f.excerpt.replace(/\s+/g, ' ')}`)}`);
    if (f.fix !== undefined) lines.push(`  ${' '.repeat(prefix.length + 6)} ${paint('dim', `fix: ${f.fix}`)}`);
  };
  report.findings.forEach(describe);
  const count = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  const { words, grade, questions } = report.stats;
  const facts = `${plural(words, 'word', 'words')} · grade ${grade} · ${plural(questions, 'question', 'questions')}`;
  const verdict = !report.ready
    ? paint('error', '✖ not ready')
    : report.verdict === 'needs-work'
      ? paint('warning', '▲ needs work: nothing blocks it, but fix the warnings first')
      : paint('bold', '✔ ready to send');
  lines.push(
    `  ${verdict} · ${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${plural(count('info'), 'note', 'notes')} · ${facts}`,
  );
  return lines.join('\n');
}
