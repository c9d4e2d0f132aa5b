import type { Context } from '../context.js';

const SEPARATORS = new Set([32, 43, 40, 41, 45, 46]);

/** Digit strings of phone-like runs: digits, spaces and `+().-`, with at least 7 digits. */
function phoneNumbers(text: string, end: number): { digits: string; start: number; end: number }[] {
  const out: { digits: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57) && c !== 43 && c !== 40) {
      i++;
      continue;
    }
    let j = i;
    let digits = '';
    let lastDigit = i;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) {
        digits += text[j];
        lastDigit = j;
        j++;
        continue;
      }
      // Separators join digit groups only when a digit follows within three characters and no
      // sentence ends between them ("0134. 4 people" is two things).
      let k = j;
      while (k < end && k - j < 3 && SEPARATORS.has(text.charCodeAt(k))) k++;
      const next = text.charCodeAt(k);
      const sentenceEnds = text.charCodeAt(j) === 46 && (text.charCodeAt(j + 1) === 32 || j + 1 >= end);
      if (k === j || !(next >= 48 && next <= 57) || sentenceEnds) break;
      j = k;
    }
    if (digits.length >= 7 && digits.length <= 15) out.push({ digits, start: i, end: lastDigit + 1 });
    i = j + 1;
  }
  return out;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    n++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return n;
}

/** `call/length`, `call/name-number-twice`. */
export function call(ctx: Context): void {
  if (ctx.kind !== 'callScript') return;
  const words = ctx.tokens.length;
  const seconds = Math.round((words / ctx.thresholds.wordsPerMinute) * 60);
  const [warn, error] = ctx.thresholds.callSeconds;
  if (seconds > warn) {
    ctx.report(
      'call/length',
      `Expected at most ${warn} seconds spoken (${Math.floor((warn * ctx.thresholds.wordsPerMinute) / 60)} words), found about ${seconds} seconds (${words} words).`,
      {
        severity: seconds > error ? 'error' : 'warning',
        fix: 'Keep one proof point and one ask; the rest can wait for the call back.',
      },
    );
  }

  const numbers = phoneNumbers(ctx.text, ctx.analysis.end);
  const wanted = ctx.options.senderPhone?.replace(/\D+/g, '');
  const tail = (d: string) => d.slice(-7);
  let said: number;
  if (wanted !== undefined && wanted.length >= 7) said = numbers.filter((p) => tail(p.digits) === tail(wanted)).length;
  else {
    const byNumber = new Map<string, number>();
    for (const p of numbers) byNumber.set(tail(p.digits), (byNumber.get(tail(p.digits)) ?? 0) + 1);
    said = Math.max(0, ...byNumber.values());
  }
  if (said < 2) {
    ctx.report(
      'call/name-number-twice',
      `Expected your phone number said twice (at the start and the end), found it ${said === 0 ? 'nowhere' : 'once'}.`,
      {
        fix: 'Say your number after your name at the start, and again slowly before you hang up.',
      },
    );
  }
  const name = ctx.options.senderName?.trim().split(/\s+/)[0];
  if (name) {
    const times = countOccurrences(ctx.text.slice(0, ctx.analysis.end).toLowerCase(), name.toLowerCase());
    if (times < 2) {
      ctx.report(
        'call/name-number-twice',
        `Expected your name said twice (at the start and the end), found it ${times === 0 ? 'nowhere' : 'once'}.`,
        {
          fix: `Say "This is ${name}" at the start, and "Again, ${name}" at the end.`,
        },
      );
    }
  }
}
