import { InputError, mailtoUrl, managerPitch } from '@sidedoor/core';
import { pitchInput } from './helpers/fixtures';

describe('mailtoUrl', () => {
  const draft = managerPitch(pitchInput);

  test('should encode recipients, subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl(draft);
    expect(
      url.startsWith(
        `mailto:sam.lee@acme.example?subject=${encodeURIComponent(draft.subject!)}&body=${encodeURIComponent(draft.text.slice(0, 8)).replace(/%0A/g, '%0D%0A')}`,
      ),
    ).toBe(true);
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.searchParams.get('body')).toBe(draft.text.replace(/\n/g, '\r\n'));
    expect(url).not.toMatch(/[\s"<>'()!*]/);
  });

  test('should encode every field so nothing can add a header or a parameter', () => {
    const url = mailtoUrl(
      {
        subject: 'a&cc=x@evil.example\r\nBcc: y',
        text: 'b&bcc=z@evil.example',
        to: [{ name: 'A', email: 'a+tag@example.com' }],
      },
      { cc: ['c@example.com'] },
    );
    expect(url).toBe(
      'mailto:a%2Btag@example.com?cc=c@example.com&subject=a%26cc%3Dx%40evil.example%0D%0ABcc%3A%20y&body=b%26bcc%3Dz%40evil.example',
    );
  });

  test('should refuse a link longer than common clients accept', () => {
    expect(() => mailtoUrl({ text: 'x'.repeat(3000), to: [{ name: 'A', email: 'a@example.com' }] })).toThrow(
      InputError,
    );
    expect(() => mailtoUrl({ text: 'x'.repeat(3000), to: [] })).toThrow(/at most 2000 characters, found 30\d\d/);
    expect(mailtoUrl({ text: 'x'.repeat(3000), to: [] }, { maxLength: 8000 })).toHaveLength(3013);
  });

  test('should refuse an invalid address, naming it', () => {
    expect(() => mailtoUrl(draft, { to: ['nope'] })).toThrow(
      expect.objectContaining({
        issues: [{ path: ['to', 0], message: 'Expected an email address like name@example.com, found "nope".' }],
      }) as Error,
    );
  });
});

describe('mailtoUrl with values that are not text', () => {
  test.each([
    ['a number', { to: [42] }, ['to', 0], 'found number'],
    ['null', { to: [null] }, ['to', 0], 'found null'],
    ['an object in cc', { cc: [{ email: 'a@example.com' }] }, ['cc', 0], 'found object'],
    ['a string for a list', { bcc: 'a@example.com' }, ['bcc'], 'as a list'],
  ])('should refuse %s as an address with an InputError', (_name, options, path, words) => {
    const draft = { subject: 'Hi', text: 'Hello', to: [{ name: 'A', email: 'a@example.com' }] };
    let thrown: unknown;
    try {
      mailtoUrl(draft, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).issues).toEqual([{ path, message: expect.stringContaining(words) as string }]);
  });

  test('should refuse a draft whose text or recipients are not what a draft holds', () => {
    expect(() => mailtoUrl({ text: 5, to: [] } as never)).toThrow(InputError);
    expect(() => mailtoUrl({ text: 'x', to: 'a@example.com' } as never)).toThrow(InputError);
  });
});
