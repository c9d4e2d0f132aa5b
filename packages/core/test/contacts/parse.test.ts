import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputError, MAX_EXPORT_BYTES, parseConnections, parseMessages, tiesFromMessages } from '@sidedoor/core';

const data = join(__dirname, '..', '..', '..', '..', 'examples', 'data', 'linkedin');
const connectionsBytes = new Uint8Array(readFileSync(join(data, 'Connections.csv')));
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isInputError(error)) return error.issues.map((i) => i.message).join('\n');
    throw error;
  }
  throw new Error('expected an InputError');
}

function utf16(text: string, little: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const all = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    bytes[2 * i] = little ? c & 0xff : c >> 8;
    bytes[2 * i + 1] = little ? c >> 8 : c & 0xff;
  }
  return bytes;
}

describe('parseConnections', () => {
  test('should read the made-up export: notes skipped, BOM dropped, quoted commas and line breaks kept', () => {
    const people = parseConnections(connectionsBytes);
    expect(people).toHaveLength(19);
    expect(people[0]).toEqual({
      line: 5,
      firstName: 'Ana',
      lastName: 'Souza',
      name: 'Ana Souza',
      url: 'https://www.linkedin.com/in/anasouza',
      email: 'ana.souza@mail.example',
      company: 'Acme, Inc.',
      position: 'Staff Software Engineer - Payments',
      connectedOn: '2019-03-12',
    });
    const noor = people.find((p) => p.firstName === 'Noor')!;
    expect(noor.company).toBe('Acme');
    // The row after Noor's two-line cell starts two lines later.
    expect(people[people.indexOf(noor) + 1]!.line).toBe(noor.line + 2);
    expect(people.find((p) => p.firstName === 'Luis')!.connectedOn).toBeNull();
    expect(people.find((p) => p.firstName === 'Hannah')).toMatchObject({ company: '', position: '', email: null });
  });

  test('should keep formula-looking cells as literal text, never evaluated', () => {
    const eve = parseConnections(connectionsBytes).find((p) => p.firstName === 'Eve')!;
    expect(eve.company).toBe('=HYPERLINK("http://evil.example","Acme")');
    expect(eve.position).toBe('@SUM(1+1)');
    const csv = `${HEADER}\n+1,-2,,,=1+2,@cmd,01 Jan 2024\n`;
    expect(parseConnections(csv)[0]).toMatchObject({
      firstName: '+1',
      lastName: '-2',
      company: '=1+2',
      position: '@cmd',
    });
  });

  test('should read older exports without the URL column, in any column order', () => {
    const csv =
      'Notes:\n"Older export"\n\nFirst Name,Last Name,Email Address,Company,Position,Connected On\nAna,Souza,,Acme,Engineer,3/12/19\n';
    expect(parseConnections(csv)[0]).toMatchObject({
      url: null,
      email: null,
      company: 'Acme',
      connectedOn: '2019-03-12',
    });
    const reordered = 'Company,Connected On,Last Name,First Name\nAcme,12 Mar 2024,Souza,Ana\n';
    expect(parseConnections(reordered)[0]).toMatchObject({
      name: 'Ana Souza',
      company: 'Acme',
      connectedOn: '2024-03-12',
      url: null,
    });
  });

  test('should read UTF-16 little and big endian, with or without a byte-order mark', () => {
    const text = `${HEADER}\nZoë,Müller,,,"Acmé, S.A.",Analyst,18 Oct 2025\n`;
    for (const little of [true, false])
      for (const bom of [true, false]) {
        expect(parseConnections(utf16(text, little, bom))[0]).toMatchObject({
          name: 'Zoë Müller',
          company: 'Acmé, S.A.',
        });
      }
  });

  test('should strip control characters and terminal escapes from cells', () => {
    const csv = `${HEADER}\nAna\u001b[31m,Sou\u202eza,,,Ac\u0007me,Eng\tineer,\n`;
    expect(parseConnections(csv)[0]).toMatchObject({
      firstName: 'Ana[31m',
      lastName: 'Souza',
      company: 'Acme',
      position: 'Eng ineer',
    });
  });

  test('should refuse a file without the header, naming the file', () => {
    expect(errorOf(() => parseConnections('Name,Company\nAna,Acme\n'))).toMatch(
      /^Connections\.csv: expected a header row like `First Name,Last Name,URL/,
    );
    expect(errorOf(() => parseConnections(''))).toMatch(/expected a header row/);
  });

  test('should name the line of an unterminated quote and of a row with too many values', () => {
    const open = `${HEADER}\nAna,Souza,,,Acme,Engineer,01 Jan 2024\nBo,Chen,,,"Acme,Engineer,01 Jan 2024\n`;
    expect(errorOf(() => parseConnections(open, 'mine.csv'))).toMatch(/^mine\.csv: line 3: a quoted value never ends/);
    const wide = `Notes:\n\n${HEADER}\nAna,Souza,,,Acme, Inc.,Engineer,01 Jan 2024\n`;
    expect(errorOf(() => parseConnections(wide))).toBe(
      'Connections.csv: line 4: expected 7 values as in the header on line 3, found 8. Is a value with a comma missing its quotes?',
    );
  });

  test('should refuse 50 MB and more, as bytes or text', () => {
    expect(errorOf(() => parseConnections(new Uint8Array(MAX_EXPORT_BYTES)))).toMatch(
      /^Connections\.csv: expected a LinkedIn export under 50 MB, found 50\.0 MB/,
    );
    expect(errorOf(() => parseConnections('x'.repeat(MAX_EXPORT_BYTES)))).toMatch(/under 50 MB/);
    expect(() => parseConnections(`${HEADER}\n`.padEnd(MAX_EXPORT_BYTES - 1, ' '))).not.toThrow();
  });

  test('should refuse bytes in another encoding, naming the line', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`${HEADER}\nAna,M`),
      0xfc,
      ...new TextEncoder().encode('ller\n'),
    ]);
    expect(errorOf(() => parseConnections(latin1))).toMatch(/^Connections\.csv: line 2: expected UTF-8 or UTF-16 text/);
  });
});

describe('parseMessages', () => {
  const text = readFileSync(join(data, 'messages.csv'), 'utf8');

  test('should keep who wrote to whom and when, never the content', () => {
    const messages = parseMessages(text);
    expect(messages).toHaveLength(7);
    expect(messages[3]).toEqual({
      line: 5,
      conversationId: '2-c2',
      from: 'Ravi Patel',
      to: 'Jordan Reyes',
      senderUrl: 'https://www.linkedin.com/in/ravi-patel-42',
      recipientUrls: ['https://www.linkedin.com/in/jordan-reyes-demo'],
      date: '2021-03-02',
    });
    expect(JSON.stringify(messages)).not.toMatch(/latency chart|Coffee/);
  });

  test('should sum one-to-one messages per profile, whatever the URL spelling, and skip group threads', () => {
    const ties = tiesFromMessages(parseMessages(text));
    expect(ties.get('linkedin.com/in/anasouza')).toEqual({ messages: 3, last: '2026-09-15' });
    expect(ties.get('linkedin.com/in/marta-nowak')).toBeUndefined();
    expect(ties.get('linkedin.com/in/ravi-patel-42')).toEqual({ messages: 1, last: '2021-03-02' });
  });

  test('should read an export without profile URL columns and sum its ties on the names', () => {
    const bare = [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '2-c1,,Jordan Reyes,Zoë Müller,2026-09-14 18:02:11 UTC,,"Hi!",INBOX',
      '2-c1,,ZOE MULLER,Jordan Reyes,2026-09-15 08:30:40 UTC,,"Hello",INBOX',
      '2-c3,Meetup,Marta Nowak,"Jordan Reyes, Ravi Patel",2025-11-20 17:45:00 UTC,,"Thanks both",INBOX',
    ].join('\n');
    const parsed = parseMessages(bare);
    expect(parsed[0]).toEqual({
      line: 2,
      conversationId: '2-c1',
      from: 'Jordan Reyes',
      to: 'Zoë Müller',
      senderUrl: null,
      recipientUrls: [],
      date: '2026-09-14',
    });
    const ties = tiesFromMessages(parsed);
    // Accents, case and punctuation do not split one person; a group thread counts for no one.
    expect(ties.get('name:zoe muller')).toEqual({ messages: 2, last: '2026-09-15' });
    expect(ties.get('name:marta nowak')).toBeUndefined();
    expect(ties.get('name:ravi patel')).toBeUndefined();
    expect([...ties.keys()].sort()).toEqual(['name:jordan reyes', 'name:zoe muller']);
  });

  test('should refuse a file that is not messages.csv', () => {
    expect(errorOf(() => parseMessages(connectionsBytes))).toMatch(
      /^messages\.csv: expected a header row like `CONVERSATION ID/,
    );
  });
});
