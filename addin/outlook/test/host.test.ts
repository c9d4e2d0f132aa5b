import { OfficeMockObject } from 'office-addin-mock';
import { managerPitch, introRequest } from '@sidedoor/core';
import { HostError, outlookHost, type MailHost } from '../src/host';
import { insertDraft } from '../src/insert';

const pitch = managerPitch({
  sender: { name: 'Alex Rivera', email: 'alex@example.com' },
  manager: { name: 'Sam Lee', email: 'sam.lee@acme.example' },
  company: 'Acme',
  role: 'Payments Engineer',
  hook: 'your team is rebuilding checkout',
  proof: ['Cut checkout latency by 40% at Globex'],
  offer: 'bring the same playbook to your checkout',
});

interface Compose {
  bodyType: 'html' | 'text';
  body: string;
  /** Where the cursor is in the body, or the selection's start; `null`: never in the body (the focus elsewhere). */
  cursor: number | null;
  /** The selection's end (the cursor when not given). */
  selectionEnd?: number;
  subject: string;
  to: { displayName: string; emailAddress: string }[];
  settings: Record<string, unknown>;
  calls: string[];
  fail?: string;
}

/** An Outlook compose item mocked with office-addin-mock, recording every call. */
function mockOutlook(state: Compose): OfficeMockObject {
  const done = <T>(name: string, cb: (r: Office.AsyncResult<T>) => void, value?: T) => {
    state.calls.push(name);
    if (state.fail === name)
      cb({
        status: 'failed',
        error: { code: 9002, message: 'The operation failed.', name: 'InternalError' },
      } as unknown as Office.AsyncResult<T>);
    else cb({ status: 'succeeded', value } as unknown as Office.AsyncResult<T>);
  };
  return new OfficeMockObject({
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
          getSelectedDataAsync: (type: string, cb: (r: Office.AsyncResult<unknown>) => void) => {
            if (state.cursor === null) {
              state.calls.push('item.getSelectedDataAsync');
              cb({
                status: 'failed',
                error: { code: 9041, message: 'InvalidSelection', name: 'InvalidSelection' },
              } as unknown as Office.AsyncResult<unknown>);
              return;
            }
            const data = state.body.slice(state.cursor, state.selectionEnd ?? state.cursor);
            done('item.getSelectedDataAsync', cb, {
              data:
                type === 'text' && state.bodyType === 'html'
                  ? data
                      .split(/[<>]/)
                      .filter((_, i) => i % 2 === 0)
                      .join('')
                  : data,
              sourceProperty: 'body',
            });
          },
          body: {
            getTypeAsync: (cb: (r: Office.AsyncResult<string>) => void) =>
              done('body.getTypeAsync', cb, state.bodyType),
            setSelectedDataAsync: (
              data: string,
              options: { coercionType: string },
              cb: (r: Office.AsyncResult<void>) => void,
            ) => {
              if (options.coercionType !== state.bodyType) {
                state.calls.push('body.setSelectedDataAsync');
                cb({
                  status: 'failed',
                  error: { code: 1000, message: 'InvalidFormatError', name: 'InvalidFormatError' },
                } as unknown as Office.AsyncResult<void>);
                return;
              }
              // As Microsoft documents it: replaces the selection, or inserts at the cursor, or at the
              // top of the body when the cursor was never in it.
              const start = state.cursor ?? 0;
              const end = state.cursor === null ? 0 : (state.selectionEnd ?? start);
              state.body = state.body.slice(0, start) + data + state.body.slice(end);
              state.cursor = start + data.length;
              delete state.selectionEnd;
              done('body.setSelectedDataAsync', cb);
            },
            getAsync: (type: string, cb: (r: Office.AsyncResult<string>) => void) =>
              done('body.getAsync', cb, state.body),
            setAsync: () => {
              throw new Error('body.setAsync must never be called without a confirm');
            },
          },
          subject: {
            getAsync: (cb: (r: Office.AsyncResult<string>) => void) => done('subject.getAsync', cb, state.subject),
            setAsync: (subject: string, cb: (r: Office.AsyncResult<void>) => void) => {
              state.subject = subject;
              done('subject.setAsync', cb);
            },
          },
          to: {
            getAsync: (cb: (r: Office.AsyncResult<unknown>) => void) => done('to.getAsync', cb, state.to),
            addAsync: (
              list: { displayName: string; emailAddress: string }[],
              cb: (r: Office.AsyncResult<void>) => void,
            ) => {
              state.to.push(...list);
              done('to.addAsync', cb);
            },
            setAsync: () => {
              throw new Error('to.setAsync would replace the recipients');
            },
          },
        },
      },
    },
  });
}

function setup(partial: Partial<Compose> = {}): { state: Compose; host: MailHost } {
  const state: Compose = {
    bodyType: 'html',
    body: '<p>My own words.</p><p>-- Alex</p>',
    cursor: 0,
    subject: '',
    to: [],
    settings: {},
    calls: [],
    ...partial,
  };
  const office = mockOutlook(state);
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { state, host: outlookHost(office as unknown as typeof Office) };
}

describe('insertDraft with Outlook', () => {
  test('inserts HTML at the cursor of an HTML body, keeping the user’s text, and fills an empty subject and To', async () => {
    const { state, host } = setup({ cursor: '<p>My own words.</p>'.length });
    const result = await insertDraft(host, pitch);
    expect(result).toEqual({ bodyType: 'html', subjectSet: true, toSet: true, offer: [] });
    expect(state.body).toBe(`<p>My own words.</p>${pitch.html}<p>-- Alex</p>`);
    expect(state.subject).toBe(pitch.subject);
    expect(state.to).toEqual([{ displayName: 'Sam Lee', emailAddress: 'sam.lee@acme.example' }]);
    expect(state.calls).not.toContain('body.setAsync');
  });

  test('text selected in the body is kept: the draft goes after it, in the body’s format', async () => {
    const { state, host } = setup({ cursor: 6, selectionEnd: 15 });
    await insertDraft(host, pitch);
    expect(state.body).toBe(`<p>My own words${pitch.html}.</p><p>-- Alex</p>`);
    const text = setup({ bodyType: 'text', body: 'Hello Sam, thanks!', cursor: 6, selectionEnd: 9 });
    await insertDraft(text.host, pitch);
    expect(text.state.body).toBe(`Hello Sam\n\n${pitch.text}, thanks!`);
  });

  test('with the focus outside the body, Outlook inserts at the top and nothing is lost', async () => {
    const { state, host } = setup({ cursor: null });
    await insertDraft(host, pitch);
    expect(state.body).toBe(`${pitch.html}<p>My own words.</p><p>-- Alex</p>`);
  });

  test('inserts plain text into a text body', async () => {
    const { state, host } = setup({ bodyType: 'text', body: 'Draft so far.\n', cursor: 14 });
    await insertDraft(host, pitch);
    expect(state.body).toBe(`Draft so far.\n${pitch.text}`);
    expect(state.body).not.toContain('<p>');
  });

  test('leaves a subject and recipients that are already set, and offers the missing recipient', async () => {
    const { state, host } = setup({
      subject: 'My subject',
      to: [{ displayName: 'Dana', emailAddress: 'dana@example.com' }],
    });
    const result = await insertDraft(host, pitch);
    expect(state.subject).toBe('My subject');
    expect(state.to).toEqual([{ displayName: 'Dana', emailAddress: 'dana@example.com' }]);
    expect(result).toMatchObject({
      subjectSet: false,
      toSet: false,
      offer: [{ displayName: 'Sam Lee', emailAddress: 'sam.lee@acme.example' }],
    });
    expect(state.calls).not.toContain('subject.setAsync');
    expect(state.calls).not.toContain('to.addAsync');
  });

  test('an intro request inserts its forwardable note with it', async () => {
    const { state, host } = setup();
    const intro = introRequest({
      ...{
        sender: { name: 'Alex Rivera', email: 'alex@example.com' },
        manager: { name: 'Sam Lee' },
        company: 'Acme',
        role: 'Engineer',
      },
      contact: { name: 'Dana Kim', email: 'dana@example.com' },
      relationship: 'worked together at Globex',
      connection: 'worked with Sam at Initech',
      help: 'introduce',
      proof: ['Cut costs 30%'],
    });
    await insertDraft(host, intro);
    expect(state.body).toContain('Note to forward to Sam');
    expect(state.to).toEqual([{ displayName: 'Dana Kim', emailAddress: 'dana@example.com' }]);
  });

  test.each(['body.getTypeAsync', 'body.setSelectedDataAsync', 'subject.setAsync', 'to.addAsync'])(
    'surfaces a failed %s as a readable HostError',
    async (operation) => {
      const { host } = setup({ fail: operation });
      const error = await insertDraft(host, pitch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).message).toMatch(/^Outlook could not [a-z ]+: The operation failed\.$/);
    },
  );
});

describe('saved details', () => {
  test('round-trip through roaming settings', async () => {
    const { state, host } = setup();
    expect(host.loadDetails()).toBeUndefined();
    await host.saveDetails({ name: 'Alex Rivera', email: 'alex@example.com', proof: ['Cut costs 30%'] });
    expect(state.calls).toContain('settings.saveAsync');
    expect(host.loadDetails()).toEqual({ name: 'Alex Rivera', email: 'alex@example.com', proof: ['Cut costs 30%'] });
  });

  test('a failed save is reported', async () => {
    const { host } = setup({ fail: 'settings.saveAsync' });
    await expect(host.saveDetails({ name: 'A' })).rejects.toThrow(
      'Outlook could not save your details: The operation failed.',
    );
  });
});

describe('reading the user’s draft', () => {
  test('reads body and subject for Check my draft', async () => {
    const { host } = setup({ bodyType: 'text', body: 'Hi Sam, I just wanted to ask.', subject: 'Hello' });
    expect(await host.readBody('text')).toBe('Hi Sam, I just wanted to ask.');
    expect(await host.subject()).toBe('Hello');
  });
});
