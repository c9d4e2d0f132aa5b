// Check before Send: what Outlook's OnMessageSend event (Smart Alerts, Mailbox 1.12) runs.
// It imports only the core and the MailHost port: it runs in Outlook's event runtime, which has
// no DOM on classic Windows.
import { check, type Finding, type Kind, kindLabel, outreachKind, type Report } from '@sidedoor/core';
import type { MailHost } from './host.js';

/** What the send check reads from the message being sent. */
export type SendHost = Pick<MailHost, 'readBody' | 'subject' | 'sendCheckEnabled' | 'draftedKind'>;

/** What Outlook should do with the message, and why. */
export type SendVerdict =
  | { send: true; reason: 'off' | 'not-outreach' | 'ready' | 'unreadable' }
  | { send: false; kind: Kind; finding: Finding; errors: number; message: string };

/** Smart Alerts show at most this many characters of `errorMessage`. */
export const ALERT_MAX = 500;

/** The id of the ribbon button whose pane shows the findings (`commandId`, Mailbox 1.14). */
export const CHECK_COMMAND_ID = 'sidedoorCheck';

/** The alert's text: what the message reads as, the top finding and its fix. */
export function alertText(kind: Kind, finding: Finding, errors: number): string {
  const more = errors > 1 ? ` (and ${errors - 1} more to fix)` : '';
  const fix = finding.fix ? ` ${finding.fix}` : '';
  const text = `sidedoor: this reads as ${kindLabel(kind, 'article')}. ${finding.message}${fix}${more}`;
  return text.length <= ALERT_MAX ? text : `${text.slice(0, ALERT_MAX - 1)}…`;
}

/**
 * Decides on a message being sent: ordinary mail, a ready message, the setting turned off, or a
 * message the check cannot read are sent; outreach with an error is stopped with its top error.
 * Which messages are outreach is the core's decision (`outreachKind`): the kind sidedoor drafted
 * the message as, or the inferred kind when the core is confident enough.
 */
export function judgeSend(input: { text: string; subject: string; enabled: boolean; drafted?: Kind }): SendVerdict {
  if (!input.enabled) return { send: true, reason: 'off' };
  let report: Report;
  try {
    report = check(input.text, { subject: input.subject });
    const kind = outreachKind(report, input.drafted);
    if (kind === undefined) return { send: true, reason: 'not-outreach' };
    if (report.kind !== kind) report = check(input.text, { subject: input.subject, kind });
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0) return { send: true, reason: 'ready' };
    return {
      send: false,
      kind,
      finding: errors[0]!,
      errors: errors.length,
      message: alertText(kind, errors[0]!, errors.length),
    };
  } catch {
    // Too long to check, or anything else: never keep someone from sending because of us.
    return { send: true, reason: 'unreadable' };
  }
}

/** What the handler hands to `event.completed`: Office's `SmartAlertsEventCompletedOptions`. */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/**
 * Runs the check on the message being sent and reports to Outlook. With Mailbox 1.14 the alert
 * offers "Send Anyway" (`PromptUser`) and a button that opens the check pane on the findings;
 * before 1.14, the manifest's send mode (prompt user) gives "Send Anyway".
 */
export async function onMessageSend(
  host: SendHost,
  complete: (options: SendCompletion) => void,
  supports14: boolean,
): Promise<SendVerdict> {
  let verdict: SendVerdict;
  try {
    const enabled = host.sendCheckEnabled();
    if (!enabled) verdict = { send: true, reason: 'off' };
    else {
      const [text, subject, drafted] = await Promise.all([
        host.readBody('text'),
        host.subject(),
        host.draftedKind().catch(() => undefined),
      ]);
      verdict = judgeSend({ text, subject, enabled, ...(drafted ? { drafted } : {}) });
    }
  } catch {
    verdict = { send: true, reason: 'unreadable' };
  }
  if (verdict.send) complete({ allowEvent: true });
  else
    complete({
      allowEvent: false,
      errorMessage: verdict.message,
      ...(supports14
        ? {
            cancelLabel: 'See the findings',
            commandId: CHECK_COMMAND_ID,
            contextData: JSON.stringify({ from: 'send', kind: verdict.kind }),
            sendModeOverride: 'promptUser',
          }
        : {}),
    });
  return verdict;
}
