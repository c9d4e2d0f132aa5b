import type { Kind } from '../kinds.js';

/** Word limits of one kind: `ideal` is advice, `warn` and `error` are the levels at which a finding fires. */
export interface WordLimit {
  /** The range that gets the most replies; below `ideal[0]` an info finding says the note may be too thin. */
  ideal?: readonly [number, number];
  /** More words than this: a warning. */
  warn: number;
  /** More words than this: an error. */
  error?: number;
}

/** Every number the checks use. Each is a default that `check(text, { thresholds })` can override. */
export interface Thresholds {
  /** Body words per kind (greeting, signature, quoted text, URLs and an intro request's blurb excluded). */
  words: Record<Kind, WordLimit | null>;
  /** A subject line should have this many words. @default [2, 6] */
  subjectWords: readonly [number, number];
  /** A subject line longer than this is cut off on phones. @default 40 */
  subjectChars: number;
  /** Highest Flesch–Kincaid grade before a warning. @default 8 */
  grade: number;
  /** Texts with fewer body words than this get no readability finding (the formula is noise on tiny texts). @default 30 */
  gradeMinWords: number;
  /** Longest sentence, in words, before a warning. @default 25 */
  sentenceWords: number;
  /** Questions a message should ask. @default [1, 3] */
  questions: readonly [number, number];
  /** Most sentences in one paragraph. @default 3 */
  paragraphSentences: number;
  /** Most words in one paragraph. @default 60 */
  paragraphWords: number;
  /** Most first-person words per second-person word. @default 3 */
  selfFocusRatio: number;
  /** Fewest first-person words before the self-focus ratio is judged. @default 6 */
  selfFocusMinWords: number;
  /** Speaking rate used to time call scripts, in words per minute. @default 150 */
  wordsPerMinute: number;
  /** Call script length in seconds: warning above the first, error above the second. @default [40, 60] */
  callSeconds: readonly [number, number];
  /** LinkedIn connection note length in characters: warning above the first (free accounts), error above the second. @default [200, 300] */
  linkedinChars: readonly [number, number];
  /** Most mutual contacts to ask about the same manager. @default 2 */
  contactsPerManager: number;
}

/** The defaults of METHOD.md §2–3, one place for every number. */
export const defaultThresholds: Thresholds = {
  words: {
    managerPitch: { ideal: [50, 125], warn: 125, error: 200 },
    introRequest: { warn: 150 },
    forwardableBlurb: { warn: 120 },
    followUp: { warn: 75 },
    callScript: null,
    linkedinNote: null,
    thankYou: { warn: 75 },
  },
  subjectWords: [2, 6],
  subjectChars: 40,
  grade: 8,
  gradeMinWords: 30,
  sentenceWords: 25,
  questions: [1, 3],
  paragraphSentences: 3,
  paragraphWords: 60,
  selfFocusRatio: 3,
  selfFocusMinWords: 6,
  wordsPerMinute: 150,
  callSeconds: [40, 60],
  linkedinChars: [200, 300],
  contactsPerManager: 2,
};

/** The overrides `check()` accepts: any top-level threshold, and word limits per kind. */
export type ThresholdOverrides = Partial<Omit<Thresholds, 'words'>> & {
  words?: Partial<Record<Kind, WordLimit | null>>;
};

/** Merges overrides onto the defaults. */
export function resolveThresholds(overrides: ThresholdOverrides | undefined): Thresholds {
  if (overrides === undefined) return defaultThresholds;
  const { words, ...rest } = overrides;
  return {
    ...defaultThresholds,
    ...rest,
    words: words === undefined ? defaultThresholds.words : { ...defaultThresholds.words, ...words },
  };
}
