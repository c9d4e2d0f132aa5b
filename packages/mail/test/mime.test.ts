import { simpleParser, type AddressObject } from 'mailparser';
import { introRequest, managerPitch, callScript, type Draft, InputError } from '@sidedoor/core';
import { toMime } from '@sidedoor/mail';
import { introInput, pitchInput } from './helpers';

const from = { name: 'Alex Rivera', email: 'alex@example.com' };
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => ({ name: v.name, address: v.address })));

describe('toMime', () => {
  test('should build a multipart/alternative message that a real parser reads back', async () => {
    const draft = managerPitch(pitchInput);
    const raw = await toMime(draft, {
      from,
      messageId: '<m1@sidedoor.example>',
      date: new Date('2026-11-26T09:00:00Z'),
    });
    const text = raw.toString('utf8');
    expect(text).toMatch(/\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toMatch(/^Content-Type: multipart\/alternative;/m);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(draft.subject);
    expect(addresses(parsed.from)).toEqual([{ name: 'Alex Rivera', address: 'alex@example.com' }]);
    expect(addresses(parsed.to)).toEqual([{ name: 'Sam Lee', address: 'sam.lee@acme.example' }]);
    expect(parsed.text?.trim()).toBe(draft.text);
    expect(parsed.html).toBe(draft.html);
    expect(parsed.messageId).toBe('<m1@sidedoor.example>');
  });

  test('should encode non-ASCII names and subjects (RFC 2047) and read them back', async () => {
    const draft: Draft = { ...managerPitch(pitchInput), subject: 'Zoë, Łukasz — 日本のチーム' };
    const raw = await toMime(draft, {
      from: { name: 'José Müller', email: 'jose@example.com' },
      to: [{ name: 'Nguyễn Văn A', email: 'a@example.com' }],
    });
    expect(raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Zoë, Łukasz — 日本のチーム');
    expect(addresses(parsed.from)[0]!.name).toBe('José Müller');
    expect(addresses(parsed.to)[0]!.name).toBe('Nguyễn Văn A');
  });

  test('should keep cc, bcc and threading headers', async () => {
    const draft = introRequest(introInput);
    const parsed = await simpleParser(
      await toMime(draft, {
        from,
        cc: [{ email: 'c@example.com' }],
        bcc: [{ email: 'b@example.com', name: 'B' }],
        inReplyTo: '<prev@example.com>',
      }),
    );
    expect(addresses(parsed.to)).toEqual([{ name: 'Dana Kim', address: 'dana.kim@example.com' }]);
    expect(addresses(parsed.cc)).toEqual([{ name: '', address: 'c@example.com' }]);
    expect(addresses(parsed.bcc)).toEqual([{ name: 'B', address: 'b@example.com' }]);
    expect(parsed.inReplyTo).toBe('<prev@example.com>');
    expect(parsed.references).toBe('<prev@example.com>');
  });

  test('should refuse a draft without a subject line', async () => {
    await expect(toMime(callScript(pitchInput), { from })).rejects.toThrow(
      /Expected an email draft, found a callScript/,
    );
  });

  test('should refuse a recipient without an address', async () => {
    const draft = managerPitch({ ...pitchInput, manager: { name: 'Sam Lee' } });
    await expect(toMime(draft, { from })).rejects.toMatchObject({ issues: [{ path: ['to', 0, 'email'] }] });
  });

  const injections = [
    '\r\nBcc: evil@example.com',
    '\nBcc: evil@example.com',
    '\rX-Evil: 1',
    '\0',
    '\u2028Bcc: x@example.com',
  ];
  const fields: [string, (v: string) => [Draft, Parameters<typeof toMime>[1]]][] = [
    ['subject', (v) => [{ ...managerPitch(pitchInput), subject: `Hello${v}` }, { from }]],
    ['from.name', (v) => [managerPitch(pitchInput), { from: { ...from, name: `Alex${v}` } }]],
    ['from.email', (v) => [managerPitch(pitchInput), { from: { email: `alex@example.com${v}` } }]],
    ['to.name', (v) => [managerPitch(pitchInput), { from, to: [{ email: 'a@example.com', name: `A${v}` }] }]],
    ['to.email', (v) => [managerPitch(pitchInput), { from, to: [{ email: `a@example.com${v}` }] }]],
    ['cc.email', (v) => [managerPitch(pitchInput), { from, cc: [{ email: `c${v}@example.com` }] }]],
    ['bcc.name', (v) => [managerPitch(pitchInput), { from, bcc: [{ email: 'b@example.com', name: v }] }]],
    ['inReplyTo', (v) => [managerPitch(pitchInput), { from, inReplyTo: `<a@b.example>${v}` }]],
  ];
  test.each(fields.flatMap(([name, make]) => injections.map((v) => [name, JSON.stringify(v), make, v] as const)))(
    'should refuse %s containing %s, never adding a header',
    async (_name, _shown, make, value) => {
      const [draft, options] = make(value);
      await expect(toMime(draft, options)).rejects.toBeInstanceOf(InputError);
    },
  );
});
