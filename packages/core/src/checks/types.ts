import type { Kind } from '../kinds.js';
import type { Severity } from './catalog.js';
import type { ThresholdOverrides } from './thresholds.js';

/** One thing a check noticed, with where it is and what to do about it. */
export interface Finding {
  /** Stable rule id, e.g. `tone/hedging`. */
  rule: string;
  severity: Severity;
  /** What was expected and what was found. */
  message: string;
  /** Character offset of the words concerned in the checked text. Absent for the subject or the whole text. */
  start?: number;
  /** End offset (exclusive) of the words concerned. */
  end?: number;
  /** The words concerned, as they are in the text (at most 80 characters). */
  excerpt?: string;
  /** What to do about it. */
  fix?: string;
  /** A replacement for `[start, end)` that fixes the finding, when one exists (`''` deletes). */
  replacement?: string;
  /** Why the rule matters. */
  rationale: string;
  /** Where the rule comes from. */
  source: string;
}

/** Counts of the body (greeting, signature, quoted text and URLs excluded). */
export interface Stats {
  words: number;
  sentences: number;
  /** Characters of the whole text. */
  characters: number;
  questions: number;
  /** Flesch–Kincaid grade of the body, one decimal. */
  grade: number;
}

/**
 * What a coach would say about the message: `not-ready` when a finding is an error; `needs-work`
 * when nothing blocks it but warnings come from several rules; `ready` otherwise.
 */
export type Verdict = 'ready' | 'needs-work' | 'not-ready';

/** The findings on a text and the verdict. */
export interface Report {
  /** `true` when no finding is an error: the message can be sent (`verdict` says how well it reads). */
  ready: boolean;
  /** The verdict in three steps; `ready` is `verdict !== 'not-ready'`. */
  verdict: Verdict;
  /** The kind whose rules were applied, or `null` when the text was checked as none of the kinds. */
  kind: Kind | null;
  /** `true` when `kind` was inferred from the text, `false` when the caller gave it. */
  inferred: boolean;
  /**
   * How sure `check()` is of `kind`, from 0 to 1: `1` when the caller gave the kind; when it was
   * inferred, how much the text reads as a job seeker's outreach at all (the role, a resume, an
   * application, a result claimed — against an invoice, an agenda, a recruiter's "thanks for
   * applying"…) times how clearly the kind beat the others. Everyday mail read as a pitch scores
   * low; `outreachKind()` takes an inferred kind for outreach from `OUTREACH_CONFIDENCE` (0.6).
   */
  confidence: number;
  /** Sorted by position; findings without a position come first. */
  findings: Finding[];
  stats: Stats;
}

/** What `check()` should know about the text it checks. */
export interface CheckOptions {
  /**
   * The kind of message, whose rules apply. Left out, it is inferred from the text (see
   * `Report.kind`); `null` checks the text as none of the kinds (rules that depend on one are off).
   */
  kind?: Kind | null;
  /** The subject line; subject rules run only when it is given (an empty string is a missing subject). */
  subject?: string;
  /** Who the message is for; the greeting should name them. */
  recipientName?: string;
  /** The company the message is about; the body should name it. */
  company?: string;
  /** The sender's name, for call scripts (said twice). */
  senderName?: string;
  /** The sender's phone number, for call scripts (said twice). */
  senderPhone?: string;
  /** How many contacts are being asked about the same manager, this one included (intro requests). */
  contactsAsked?: number;
  /** Overrides of the default thresholds. */
  thresholds?: ThresholdOverrides;
}
