import type { Finding, Report } from '@sidedoor/core';
import { el } from './dom.js';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Counts of a report's findings by severity. */
export function tally(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** The verdict in a few words: "Ready to send", "Sendable · 3 warnings", "2 errors to fix · 1 warning". */
export function verdictText(report: Report): string {
  const t = tally(report.findings);
  const head =
    report.verdict === 'not-ready'
      ? `${plural(t.error, 'error')} to fix`
      : report.verdict === 'needs-work'
        ? 'Sendable, could be better'
        : 'Ready to send';
  return t.warning > 0 ? `${head} · ${plural(t.warning, 'warning')}` : head;
}

const CHIP = { ready: 'ok', 'needs-work': 'warn', 'not-ready': 'bad' } as const;

/** A chip with the verdict, coloured by it. */
export function verdictChip(report: Report): HTMLElement {
  return el('span', { class: `chip ${CHIP[report.verdict]}`, id: 'verdict' }, verdictText(report));
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** What a finding's row offers: a one-click fix (standalone page only). */
export interface FindingActions {
  apply?: (finding: Finding) => void;
}

/**
 * The findings, each once, errors first: what was expected and found, then what to do. The
 * excerpt is shown only when the message does not already quote it.
 */
export function findingsList(findings: readonly Finding[], actions: FindingActions = {}): HTMLElement {
  const list = el('ul', { class: 'findings', 'aria-label': 'Findings' });
  // Errors first, then warnings, then notes; in text order within each.
  const seen = new Set<string>();
  const ordered = [...findings]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
    .filter((f) => {
      const key = `${f.rule}\u0000${f.start}\u0000${f.end}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  ordered.forEach((f, i) => {
    const item = el(
      'li',
      { class: f.severity },
      el('span', { class: 'sev' }, f.severity),
      ' ',
      el('span', { class: 'msg' }, f.message),
    );
    if (f.excerpt && !f.message.includes(f.excerpt)) item.append(' ', el('q', {}, f.excerpt));
    if (f.fix) item.append(el('p', { class: 'fix' }, f.fix));
    if (actions.apply && f.replacement !== undefined && f.start !== undefined && f.end !== undefined) {
      const label = f.replacement === '' ? `Delete “${f.excerpt ?? ''}”` : `Use “${f.replacement}”`;
      const button = el('button', { type: 'button', class: 'small', 'data-fix': String(i) }, label);
      button.addEventListener('click', () => actions.apply!(f));
      item.append(button);
    }
    list.append(item);
  });
  return list;
}

/** The counts line under a verdict: words and reading grade. */
export function statsText(report: Report): string {
  return `${plural(report.stats.words, 'word')} · grade ${report.stats.grade}`;
}
