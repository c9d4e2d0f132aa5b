/**
 * @sidedoor/core — checked message builders for reaching the hiring manager who owns the job,
 * and `check()` for any outreach text. Pure: no I/O, no globals; runs in browsers, servers and CLIs.
 */

// Builders
export { managerPitch } from './builders/manager-pitch.js';
export { introRequest } from './builders/intro-request.js';
export { forwardableBlurb } from './builders/forwardable-blurb.js';
export { followUp } from './builders/follow-up.js';
export { callScript } from './builders/call-script.js';
export { linkedinNote } from './builders/linkedin-note.js';
export { thankYou } from './builders/thank-you.js';
export { build, builders, safeBuild } from './builders/build.js';

// Schemas and forms
export { schemas } from './schemas/index.js';
export { fieldMeta, isEmailAddress, PROOF_HELP } from './schemas/fields.js';
export { fields, inputFromFields } from './schemas/describe.js';
export { fieldsFromProfile, profileFromFields } from './schemas/profile.js';
export { kinds, tones, helps, isKind, kindName, kindLabel, parseKind } from './kinds.js';

// Checks
export { check, MAX_CHECK_LENGTH } from './checks/check.js';
export { applyFix } from './checks/fix.js';
export { outreachKind, OUTREACH_CONFIDENCE } from './checks/infer.js';
export { rules } from './checks/summaries.js';
export { defaultThresholds } from './checks/thresholds.js';
export { isConcrete } from './checks/concrete.js';
export { formatReport } from './format/report.js';
export { mailtoUrl, MAILTO_MAX_LENGTH } from './render/mailto.js';

// Contacts (LinkedIn export) and the rejection letter
export { parseConnections, profileKey } from './contacts/connections.js';
export { parseMessages, tiesFromMessages } from './contacts/messages.js';
export { MAX_EXPORT_BYTES } from './contacts/decode.js';
export { companyKey, matchCompany } from './contacts/company.js';
export { rankContacts } from './contacts/rank.js';
export { introPrefill, prefillFields } from './contacts/intro.js';
export { readRejection, MAX_LETTER_LENGTH } from './rejection/read-rejection.js';

// Errors
export { InputError, isInputError } from './errors/input-error.js';

// Types
export type { Draft, Recipient } from './builders/draft.js';
export type { BuildResult } from './builders/build.js';
export type { Finding, Report, Stats, CheckOptions, Verdict } from './checks/types.js';
export type { FixedText } from './checks/fix.js';
export type { RuleInfo, Severity } from './checks/catalog.js';
export type { Thresholds, ThresholdOverrides, WordLimit } from './checks/thresholds.js';
export type { InputIssue } from './errors/input-error.js';
export type { Kind, Tone, Help, KindLabelForm } from './kinds.js';
export type { FieldMeta } from './schemas/fields.js';
export type { FieldDescriptor } from './schemas/describe.js';
export type { SenderProfile } from './schemas/profile.js';
export type { FormatOptions } from './format/report.js';
export type { MailtoOptions } from './render/mailto.js';
export type { Connection } from './contacts/connections.js';
export type { LinkedinMessage, Tie } from './contacts/messages.js';
export type { ExportInput } from './contacts/decode.js';
export type { CompanyKey, CompanyMatch } from './contacts/company.js';
export type { Candidate, Channel, ContactTarget, KnowsManager, RankOptions } from './contacts/rank.js';
export type { IntroPrefill } from './contacts/intro.js';
export type { Evidence, Found, Rejection } from './rejection/read-rejection.js';
export type {
  InputOf,
  ParsedOf,
  ManagerPitchInput,
  IntroRequestInput,
  ForwardableBlurbInput,
  FollowUpInput,
  CallScriptInput,
  LinkedinNoteInput,
  ThankYouInput,
} from './schemas/index.js';

// Left out on purpose: the text analyzer, phrase lists and render internals, which may change
// without notice; use `check()` and `rules` instead.
