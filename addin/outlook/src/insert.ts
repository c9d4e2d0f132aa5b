import type { Draft } from '@sidedoor/core';
import type { MailHost, Mailbox } from './host.js';

/** What an insertion did, for the pane to tell the user. */
export interface InsertResult {
  bodyType: 'html' | 'text';
  subjectSet: boolean;
  toSet: boolean;
  /** Draft recipients not yet on the To line when it already had someone: offered, not added. */
  offer: Mailbox[];
}

/**
 * Inserts a draft into the message being composed, losing nothing the user wrote: the body goes
 * at the cursor in the body's own format; the subject only when the message has none; the
 * recipient only when To is empty (otherwise it is offered).
 */
export async function insertDraft(
  host: MailHost,
  draft: Pick<Draft, 'html' | 'text' | 'subject' | 'to'>,
): Promise<InsertResult> {
  const bodyType = await host.bodyType();
  await host.insertAtCursor(bodyType === 'html' ? draft.html : draft.text, bodyType);
  let subjectSet = false;
  if (draft.subject !== undefined && (await host.subject()).trim() === '') {
    await host.setSubject(draft.subject);
    subjectSet = true;
  }
  const wanted = draft.to.flatMap((r) =>
    r.email === undefined ? [] : [{ displayName: r.name, emailAddress: r.email }],
  );
  const current = await host.to();
  let toSet = false;
  let offer: Mailbox[] = [];
  if (current.length === 0 && wanted.length > 0) {
    await host.addTo(wanted);
    toSet = true;
  } else {
    const have = new Set(current.map((r) => r.emailAddress.toLowerCase()));
    offer = wanted.filter((r) => !have.has(r.emailAddress.toLowerCase()));
  }
  return { bodyType, subjectSet, toSet, offer };
}
