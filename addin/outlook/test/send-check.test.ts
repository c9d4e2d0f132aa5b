// Check before Send through the real Office adapter (outlookHost) on Microsoft's office-addin-mock,
// and the decision itself on its edges.
import { OfficeMockObject } from 'office-addin-mock';
import { check, MAX_CHECK_LENGTH, OUTREACH_CONFIDENCE, outreachKind, type Finding, type Report } from '@sidedoor/core';
import { DRAFTED_KEY, outlookHost, SEND_CHECK_KEY } from '../src/host';
import { ALERT_MAX, alertText, judgeSend, onMessageSend, type SendCompletion } from '../src/send-check';

const BAD_PITCH =
  'Hi Sam,\n\nI just wanted to reach out about the Payments Engineer role at Acme. I think I would be a great fit for your team and would love to chat sometime.\n\nBest,\nAlex';

interface Item {
  /** The body as plain text. */
  body: string;
  /** The body as HTML (Outlook's own format for it); the text escaped into a div unless given. */
  html?: string;
  subject: string;
  custom: Record<string, unknown>;
  settings: Record<string, unknown>;
  calls: string[];
  fail?: string;
}

function mock(state: Item): typeof Office {
  const done = <T>(name: string, cb: (r: Office.AsyncResult<T>) => void, value?: T) => {
    state.calls.push(name);
    const failed = state.fail === name;
    cb({
      status: failed ? 'failed' : 'succeeded',
      value,
      ...(failed ? { error: { code: 9002, message: 'The operation failed.', name: 'InternalError' } } : {}),
    } as unknown as Office.AsyncResult<T>);
  };
  const office = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    context: {
      roamingSettings: {
        get: (key: string) => state.settings[key],
        set: (key: string, value: unknown) => {
          state.settings[key] = value;
        },
        saveAsync: (cb: (r: Office.AsyncResult<void>) => void) => done('settings.saveAsync', cb),
      },
      mailbox: {
        item: {
          body: {
            // As Outlook does: the body in the coercion type asked for.
            getAsync: (type: string, cb: (r: Office.AsyncResult<string>) => void) =>
              done(
                'body.getAsync',
                cb,
                type === 'html' ? (state.html ?? `<div>${state.body.replace(/</g, '&lt;')}</div>`) : state.body,
              ),
          },
          subject: {
            getAsync: (cb: (r: Office.AsyncResult<string>) => void) => done('subject.getAsync', cb, state.subject),
          },
          loadCustomPropertiesAsync: (cb: (r: Office.AsyncResult<unknown>) => void) => {
            const props = { ...state.custom };
            done('item.loadCustomPropertiesAsync', cb, {
              get: (k: string) => props[k],
              set: (k: string, v: unknown) => {
                props[k] = v;
              },
              saveAsync: (saved: (r: Office.AsyncResult<void>) => void) => {
                Object.assign(state.custom, props);
                done('customProperties.saveAsync', saved);
              },
            });
          },
        },
      },
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  return office as unknown as typeof Office;
}

function item(partial: Partial<Item> = {}): Item {
  return { body: BAD_PITCH, subject: 'Payments Engineer role', custom: {}, settings: {}, calls: [], ...partial };
}

async function fire(state: Item, supports14 = true): Promise<SendCompletion> {
  const host = outlookHost(mock(state));
  let completion: SendCompletion | undefined;
  await onMessageSend(host, (o) => (completion = o), supports14);
  if (completion === undefined) throw new Error('the handler never completed the event');
  return completion;
}

describe('the OnMessageSend handler on office-addin-mock', () => {
  test('a marked bad pitch is stopped with the top finding, Send Anyway and the check pane', async () => {
    const state = item({ custom: { [DRAFTED_KEY]: 'managerPitch' } });
    const completion = await fire(state);
    expect(completion).toEqual({
      allowEvent: false,
      errorMessage: expect.stringMatching(
        /^sidedoor: this reads as a manager pitch\. Expected a manager pitch to name a concrete result/,
      ),
      cancelLabel: 'See the findings',
      commandId: 'sidedoorCheck',
      contextData: '{"from":"send","kind":"managerPitch"}',
      sendModeOverride: 'promptUser',
    });
    expect(state.calls.sort()).toEqual(['body.getAsync', 'item.loadCustomPropertiesAsync', 'subject.getAsync']);
  });

  test('unmarked mail the core reads as a specific kind of outreach is checked as that kind', async () => {
    const ask = item({
      body: "Hi Priya,\n\nYou worked with Sam Lee at Globex, and I applied for the payments role on his team. I'd love to know what he is like to work for.\n\nThanks,\nAlex",
      subject: 'Intro to Sam?',
    });
    const completion = await fire(ask);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toMatch(/^sidedoor: this reads as an intro request\. /);
    expect(completion.contextData).toBe('{"from":"send","kind":"introRequest"}');
    // A networking note with no job in it stays ordinary mail; an email, even with an empty
    // subject, is never read as a LinkedIn note.
    const networking =
      "Hi Dana,\n\nI'd love to connect here: I enjoyed your talk on payments at the meetup last week.\n\nAlex";
    expect(judgeSend({ text: networking, subject: '', enabled: true })).toEqual({ send: true, reason: 'not-outreach' });
    expect(check(networking, { subject: '' }).kind).not.toBe('linkedinNote');
  });

  test("the body is checked as plain text, never as HTML: a ready pitch in Outlook's HTML is sent", async () => {
    const text =
      "Hi Sam,\n\nI saw that your team is rebuilding checkout ahead of the launch. I'm writing about the Payments Engineer role at Acme.\n\nAt Globex I cut checkout latency by 40% in one quarter by moving card tokenisation to the edge.\n\nI'd bring the same playbook to your checkout. Would you be open to a 15-minute call on Tuesday or Wednesday?\n\nBest,\nAlex Rivera";
    const style =
      'font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
    const html = `<html><head><style>p.MsoNormal{margin:0cm}</style></head><body>${text
      .split('\n\n')
      .map(
        (p) => `<div class="elementToProof" style="${style}">${p.replace(/'/g, '&#39;').replace(/\n/g, '<br>')}</div>`,
      )
      .join('<div><br></div>')}</body></html>`;
    // The markup, checked as words, would stop it.
    expect(
      judgeSend({ text: html, subject: 'Payments Engineer role', enabled: true, drafted: 'managerPitch' }).send,
    ).toBe(false);
    await expect(fire(item({ body: text, html, custom: { [DRAFTED_KEY]: 'managerPitch' } }))).resolves.toEqual({
      allowEvent: true,
    });
  });

  test('ordinary mail and the setting turned off are sent', async () => {
    await expect(
      fire(item({ body: 'Hi Bob,\n\nCan you send me the Q3 numbers? I want to check them.\n\nThanks,\nAlex' })),
    ).resolves.toEqual({ allowEvent: true });
    const off = item({ custom: { [DRAFTED_KEY]: 'managerPitch' }, settings: { [SEND_CHECK_KEY]: false } });
    await expect(fire(off)).resolves.toEqual({ allowEvent: true });
    expect(off.calls).toEqual([]);
  });

  test('Outlook failing to give the body sends the message rather than trapping it', async () => {
    const state = item({ custom: { [DRAFTED_KEY]: 'managerPitch' }, fail: 'body.getAsync' });
    await expect(fire(state)).resolves.toEqual({ allowEvent: true });
  });

  test('unreadable message properties fall back to the inference', async () => {
    const state = item({ custom: { [DRAFTED_KEY]: 'managerPitch' }, fail: 'item.loadCustomPropertiesAsync' });
    // Without the mark, the core's confidence decides: this hand-written pitch reads as a job
    // seeker's (the role, "a great fit for your team"), so it is still stopped.
    const completion = await fire(state);
    expect(completion.allowEvent).toBe(false);
    expect(completion.contextData).toBe('{"from":"send","kind":"managerPitch"}');
  });

  test('a hand-written bad pitch, never marked, is stopped at Send', async () => {
    const completion = await fire(item());
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toMatch(/^sidedoor: this reads as a manager pitch\. /);
  });

  test('the pane marks the message and reads the mark back; the setting round-trips', async () => {
    const state = item();
    const host = outlookHost(mock(state));
    await expect(host.draftedKind()).resolves.toBeUndefined();
    await host.markDrafted('introRequest');
    expect(state.custom).toEqual({ [DRAFTED_KEY]: 'introRequest' });
    await expect(host.draftedKind()).resolves.toBe('introRequest');
    state.custom[DRAFTED_KEY] = 'notAKind';
    await expect(host.draftedKind()).resolves.toBeUndefined();
    expect(host.sendCheckEnabled()).toBe(true);
    await host.setSendCheck(false);
    expect(state.settings[SEND_CHECK_KEY]).toBe(false);
    expect(host.sendCheckEnabled()).toBe(false);
    state.fail = 'settings.saveAsync';
    await expect(host.setSendCheck(true)).rejects.toThrow('Outlook could not save the setting: The operation failed.');
  });
});

/** Everyday mail, written for this test: none of it is outreach, none of it may be stopped. */
const ORDINARY: [string, string][] = [
  [
    "Hi Bob,\n\nCan you send me the Q3 numbers before tomorrow's meeting? I want to check the totals.\n\nThanks,\nAlex",
    'Q3 numbers',
  ],
  [
    "Hi team,\n\nI'll be out on Friday for a dentist appointment. Priya has agreed to cover the on-call rotation, so ping her if anything breaks.\n\nAlex",
    'Out on Friday',
  ],
  [
    "Mum,\n\nWe land at 6:40 on Saturday, so don't worry about picking us up, we'll take the train. Can't wait to see you!\n\nLove,\nAlex",
    'Saturday',
  ],
  [
    'Hi Jordan,\n\nThanks for reviewing the pull request so quickly. I fixed the two comments you left and pushed again; could you take another look when you have a minute?\n\nCheers,\nAlex',
    'PR 482',
  ],
  [
    'Hello,\n\nI ordered a blue lamp (order 55102) two weeks ago and it still shows as processing. Could you tell me when it will ship?\n\nThank you,\nAlex Rivera',
    'Order 55102',
  ],
  [
    "Hi Sam,\n\nAttached is the agenda for Thursday's planning session. Let me know if you want to add anything before I send it to the wider group.\n\nBest,\nAlex",
    'Agenda for Thursday',
  ],
  [
    'Hey Chris,\n\nAre you still up for the climbing gym on Wednesday evening? I can pick you up around seven if that works for you.\n\nAlex',
    'Wednesday',
  ],
  [
    'Hi Dr. Patel,\n\nI need to move my appointment on the 14th; would any morning the following week work instead? Sorry for the short notice.\n\nBest regards,\nAlex Rivera',
    'Appointment on the 14th',
  ],
  [
    'Hi all,\n\nQuick reminder that the office will be closed on Monday for the holiday. The VPN will stay up if you need to get anything done.\n\nThanks,\nAlex',
    'Office closed Monday',
  ],
  [
    "Hi Morgan,\n\nI looked at the landlord's proposal and I think the new rent is fair if they fix the heating first. What do you think we should reply?\n\nAlex",
    'Lease renewal',
  ],
  [
    "Hi Taylor,\n\nCongratulations on the new role! You will be great at it, and I hope the first weeks go smoothly. Let's get coffee once you have settled in.\n\nAlex",
    'Congratulations',
  ],
  [
    'Hi Lee,\n\nThe build is failing on main since this morning because the test database ran out of disk. I cleared the old snapshots; it should pass now, but tell me if you still see it.\n\nAlex',
    'Build on main',
  ],
];

describe('ordinary mail', () => {
  test.each(ORDINARY)('is sent untouched: %#', async (body, subject) => {
    expect(judgeSend({ text: body, subject, enabled: true })).toMatchObject({ send: true });
    const state = item({ body, subject });
    await expect(fire(state)).resolves.toEqual({ allowEvent: true });
    expect(state.calls.filter((c) => /save|set/i.test(c))).toEqual([]);
  });

  test('the same mail drafted by sidedoor as a pitch would be checked (the mark is what makes it outreach)', () => {
    const stopped = ORDINARY.filter(
      ([text, subject]) => !judgeSend({ text, subject, enabled: true, drafted: 'managerPitch' }).send,
    );
    expect(stopped.length).toBeGreaterThan(0);
  });
});

describe('judgeSend and its parts', () => {
  const finding = (message: string): Finding => ({
    rule: 'x/y',
    severity: 'error',
    message,
    rationale: '',
    source: '',
    fix: 'Do this.',
  });

  test('a text over the check limit is sent, never stopped by the checker', () => {
    const text = 'a '.repeat(MAX_CHECK_LENGTH / 2 + 1);
    expect(judgeSend({ text, subject: 'x', enabled: true, drafted: 'managerPitch' })).toEqual({
      send: true,
      reason: 'unreadable',
    });
  });

  test('judgeSend asks the core which messages are outreach (outreachKind at OUTREACH_CONFIDENCE)', () => {
    const report = (extra: object): Report => ({ ...check('Hi Sam,\n\nThanks.\n\nAlex'), ...extra });
    expect(outreachKind(report({ kind: 'managerPitch', confidence: OUTREACH_CONFIDENCE }))).toBe('managerPitch');
    expect(outreachKind(report({ kind: 'managerPitch', confidence: OUTREACH_CONFIDENCE - 0.01 }))).toBeUndefined();
    // The same decision, through the handler's entry point: a confident inference is checked.
    const pitch = judgeSend({ text: BAD_PITCH, subject: 'Payments Engineer role', enabled: true });
    expect(pitch).toMatchObject({ send: false, kind: 'managerPitch' });
  });

  test('the alert names the kind, the finding, its fix and how many more; it fits Outlook’s limit', () => {
    expect(alertText('introRequest', finding('Expected one ask, found two.'), 3)).toBe(
      'sidedoor: this reads as an intro request. Expected one ask, found two. Do this. (and 2 more to fix)',
    );
    const long = alertText('managerPitch', finding('x'.repeat(800)), 1);
    expect(long).toHaveLength(ALERT_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
