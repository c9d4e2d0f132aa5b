import { OAuth2Client } from 'google-auth-library';
import { simpleParser } from 'mailparser';
import { managerPitch } from '@sidedoor/core';
import { createGmailDraft, findGmailDraft } from '@sidedoor/mail';
import { FakeGmail } from './fake-gmail';
import { pitchInput } from './helpers';

const auth = new OAuth2Client();
auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
const from = { name: 'Alex Rivera', email: 'alex@example.com' };
const noWait = { sleep: async () => {}, baseDelayMs: 1 };

describe('createGmailDraft', () => {
  const gmail = new FakeGmail();
  let rootUrl: string;
  beforeAll(async () => {
    rootUrl = await gmail.start();
  });
  afterAll(() => gmail.stop());
  beforeEach(() => {
    gmail.requests.length = 0;
    gmail.drafts.length = 0;
    gmail.failures = [];
  });

  test('should post the message as base64url raw and return the draft id', async () => {
    const draft = managerPitch(pitchInput);
    const id = await createGmailDraft(draft, { auth, rootUrl, from, messageId: '<x1@example.com>' });
    expect(id).toBe('r-1');
    expect(gmail.requests).toHaveLength(1);
    expect(gmail.requests[0]).toMatchObject({
      method: 'POST',
      path: '/gmail/v1/users/me/drafts',
      authorization: 'Bearer test-token',
    });
    const parsed = await simpleParser(gmail.drafts[0]!.raw);
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.text?.trim()).toBe(draft.text);
    expect(parsed.html).toBe(draft.html);
    expect(parsed.messageId).toBe('<x1@example.com>');
  });

  test.each([429, 503, 500])('should retry on %i and create one draft', async (status) => {
    gmail.failures = [status, status];
    const id = await createGmailDraft(managerPitch(pitchInput), { auth, rootUrl, from, retry: noWait });
    expect(id).toBe('r-1');
    expect(gmail.requests).toHaveLength(3);
    expect(gmail.drafts).toHaveLength(1);
  });

  test('should give up after the last attempt with the API error', async () => {
    gmail.failures = [503, 503, 503];
    await expect(
      createGmailDraft(managerPitch(pitchInput), { auth, rootUrl, from, retry: { ...noWait, attempts: 3 } }),
    ).rejects.toThrow(/Try again/);
    expect(gmail.requests).toHaveLength(3);
    expect(gmail.drafts).toHaveLength(0);
  });

  test('should not retry a client error', async () => {
    gmail.failures = [400];
    await expect(createGmailDraft(managerPitch(pitchInput), { auth, rootUrl, from, retry: noWait })).rejects.toThrow();
    expect(gmail.requests).toHaveLength(1);
  });

  test('should find a draft by its Message-ID', async () => {
    await createGmailDraft(managerPitch(pitchInput), { auth, rootUrl, from, messageId: '<find-me@example.com>' });
    expect(await findGmailDraft('<find-me@example.com>', { auth, rootUrl })).toBe('r-1');
    expect(await findGmailDraft('<missing@example.com>', { auth, rootUrl })).toBeUndefined();
    expect(gmail.requests.at(-1)!.path).toBe(
      '/gmail/v1/users/me/drafts?q=rfc822msgid%3A%3Cmissing%40example.com%3E&maxResults=1',
    );
  });
});
