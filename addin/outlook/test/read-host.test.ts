// Read mode's host (readModeHost) against a received message mocked with office-addin-mock: the
// body read as plain text, the subject and sender, and a new message opened with the draft
// (displayNewMessageFormAsync on Mailbox 1.9, displayNewMessageForm on 1.6), nothing written.
import { OfficeMockObject } from 'office-addin-mock';
import { HostError, NEW_MESSAGE_MAX_BODY, readModeHost } from '../src/host';

interface Received {
  body: string;
  subject: string;
  /** Highest Mailbox minor version supported (9 = Mailbox 1.9). */
  minor: number;
  calls: string[];
  opened: Office.MessageForm[];
  fail?: string;
  throwOnOpen?: string;
}

function mockReceived(state: Received): OfficeMockObject {
  const result = <T>(name: string, cb: (r: Office.AsyncResult<T>) => void, value?: T) => {
    state.calls.push(name);
    cb(
      (state.fail === name
        ? { status: 'failed', error: { code: 9002, message: 'The operation failed.', name: 'InternalError' } }
        : { status: 'succeeded', value }) as unknown as Office.AsyncResult<T>,
    );
  };
  return new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' && Number(version.split('.')[1]) <= state.minor,
      },
      roamingSettings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined },
      mailbox: {
        displayNewMessageForm: (form: Office.MessageForm) => {
          state.calls.push('displayNewMessageForm');
          if (state.throwOnOpen !== undefined) throw new Error(state.throwOnOpen);
          state.opened.push(form);
        },
        displayNewMessageFormAsync: (form: Office.MessageForm, cb: (r: Office.AsyncResult<void>) => void) => {
          if (state.fail !== 'displayNewMessageFormAsync') state.opened.push(form);
          result('displayNewMessageFormAsync', cb);
        },
        item: {
          subject: state.subject,
          from: { displayName: 'Dana Kim', emailAddress: 'dana.kim@acme.example' },
          body: {
            getAsync: (type: string, cb: (r: Office.AsyncResult<string>) => void) =>
              result(`body.getAsync:${type}`, cb, type === 'text' ? state.body : `<p>${state.body}</p>`),
          },
        },
      },
    },
  });
}

function setup(partial: Partial<Received> = {}) {
  const state: Received = {
    body: 'Unfortunately, we have decided to move forward with other candidates.',
    subject: 'Your application for Senior Payments Engineer',
    minor: 14,
    calls: [],
    opened: [],
    ...partial,
  };
  const office = mockReceived(state);
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { state, host: readModeHost(office as unknown as typeof Office) };
}

const draft = { to: ['sam.lee@acme.example'], subject: 'Cut checkout latency by 40%', html: '<p>Hi Sam,</p>' };

describe('read mode through MailHost', () => {
  test('reads the received message as plain text, with its subject and sender', async () => {
    const { state, host } = setup();
    await expect(host.readMessage!()).resolves.toEqual({
      subject: 'Your application for Senior Payments Engineer',
      body: 'Unfortunately, we have decided to move forward with other candidates.',
      from: { displayName: 'Dana Kim', emailAddress: 'dana.kim@acme.example' },
    });
    expect(state.calls).toEqual(['body.getAsync:text']);
  });

  test('a failed read is a HostError saying what could not be done', async () => {
    const { host } = setup({ fail: 'body.getAsync:text' });
    const error = await host.readMessage!().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Outlook could not read the message: The operation failed.');
  });

  test('Mailbox 1.9 opens the new message with displayNewMessageFormAsync, the draft as it is', async () => {
    const { state, host } = setup();
    await host.newMessage!(draft);
    expect(state.calls).toEqual(['displayNewMessageFormAsync']);
    expect(state.opened).toEqual([
      { toRecipients: ['sam.lee@acme.example'], subject: 'Cut checkout latency by 40%', htmlBody: '<p>Hi Sam,</p>' },
    ]);
  });

  test('its failure is reported, not swallowed', async () => {
    const { state, host } = setup({ fail: 'displayNewMessageFormAsync' });
    await expect(host.newMessage!(draft)).rejects.toThrow(
      new HostError('open a new message', 9002, 'The operation failed.'),
    );
    expect(state.opened).toEqual([]);
  });

  test('Mailbox 1.6 uses displayNewMessageForm, and what it throws becomes a HostError', async () => {
    const { state, host } = setup({ minor: 8 });
    await host.newMessage!(draft);
    expect(state.calls).toEqual(['displayNewMessageForm']);
    expect(state.opened).toHaveLength(1);
    const refused = setup({ minor: 6, throwOnOpen: 'Invalid parameter' });
    await expect(refused.host.newMessage!(draft)).rejects.toThrow(
      'Outlook could not open a new message: Invalid parameter',
    );
  });

  test('before Mailbox 1.6 it says what is needed and calls nothing', async () => {
    const { state, host } = setup({ minor: 5 });
    await expect(host.newMessage!(draft)).rejects.toThrow(
      'Outlook could not open a new message: this version of Outlook cannot (it needs Mailbox 1.6)',
    );
    expect(state.calls).toEqual([]);
  });

  test('subject and recipients are cut to Outlook’s limits; a body over 32 KB is refused before Outlook sees it', async () => {
    const { state, host } = setup();
    const many = Array.from({ length: 120 }, (_, i) => `p${i}@example.com`);
    await host.newMessage!({ to: many, subject: 'x'.repeat(300), html: '<p>ok</p>' });
    expect(state.opened[0]!.toRecipients).toHaveLength(100);
    expect(state.opened[0]!.subject).toHaveLength(255);
    await expect(host.newMessage!({ ...draft, html: 'x'.repeat(NEW_MESSAGE_MAX_BODY + 1) })).rejects.toThrow(
      /longer than the 32 KB/,
    );
    expect(state.calls).toEqual(['displayNewMessageFormAsync']);
  });
});
