import { type Connection, matchCompany, parseConnections, rankContacts } from '@sidedoor/core';
import fc from 'fast-check';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** A cell as a spreadsheet would write it: quoted when it holds a comma, quote or line break. */
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** What cleanCell removes: C0 and C1 controls and bidirectional overrides. */
const isControl = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 32 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
};

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Acme, Inc.',
    'ACME | We’re hiring!',
    '=1+2',
    '+44 20',
    '-x',
    '@home',
    'a "quoted" word',
    'two\nlines',
    'Zoë',
  ),
);
const row = fc.record({
  first: text,
  last: text,
  company: text,
  position: text,
});

describe('parseConnections properties', () => {
  test('should read back what a spreadsheet wrote, cell for cell, on the line it started', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const lines = rows.map((r) => [r.first, r.last, '', '', r.company, r.position, ''].map(quote).join(','));
        const csv = `Notes:${eol}"A note"${eol}${eol}${HEADER}${eol}${lines.join(eol)}${eol}`;
        const people = parseConnections(csv);
        const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
        const kept = rows.filter((r) => clean(r.first) !== '' || clean(r.last) !== '');
        expect(people.map((p) => [p.firstName, p.lastName, p.company, p.position])).toEqual(
          kept.map((r) =>
            [clean(r.first), clean(r.last), clean(r.company), clean(r.position)].map((s) =>
              s
                .split('')
                .filter((ch) => !isControl(ch))
                .join('')
                .replace(/\s+/g, ' ')
                .trim(),
            ),
          ),
        );
        // Each person's line is where their row starts in the file.
        const starts: number[] = [];
        let line = 5;
        for (const [i, r] of rows.entries()) {
          if (clean(r.first) !== '' || clean(r.last) !== '') starts.push(line);
          line += 1 + (lines[i]!.match(/\n/g)?.length ?? 0);
        }
        expect(people.map((p) => p.line)).toEqual(starts);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rankContacts properties', () => {
  const person = fc.record({
    company: fc.constantFrom('Acme', 'Acme, Inc.', 'Acme Robotics', 'Metabase', 'Meta', 'acme group', 'Globex', ''),
    position: fc.constantFrom('Senior Engineer', 'Designer', 'VP Sales', 'Recruiter', 'Engineering Manager', ''),
    connectedOn: fc.option(fc.constantFrom('2015-01-01', '2020-06-30', '2026-11-20'), { nil: null }),
    first: fc.constantFrom('Ana', 'Sam', 'Bo'),
    last: fc.constantFrom('Lee', 'Souza', 'Chen'),
  });

  test('should list only people at the company, best first, the same way every time, with at most two to ask', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), fc.constantFrom('Acme', 'Meta', 'Globex'), (list, company) => {
        const connections: Connection[] = list.map((p, i) => ({
          line: i + 2,
          firstName: p.first,
          lastName: p.last,
          name: `${p.first} ${p.last}`,
          url: null,
          email: null,
          company: p.company,
          position: p.position,
          connectedOn: p.connectedOn,
        }));
        const target = { company, manager: 'Sam Lee', role: 'Backend Engineer' };
        const ranked = rankContacts(connections, target, { today: '2026-12-01' });
        for (const c of ranked) expect(matchCompany(c.connection.company, company)).toBe(c.match);
        expect(ranked).toHaveLength(connections.filter((c) => matchCompany(c.company, company) !== null).length);
        expect(
          rankContacts([...connections].reverse(), target, { today: '2026-12-01' }).map((c) => c.connection.line),
        ).toEqual(ranked.map((c) => c.connection.line));
        expect(ranked.filter((c) => c.recommended).length).toBeLessThanOrEqual(2);
        for (const [i, c] of ranked.entries()) {
          expect(c.recommended).toBe(i === 0 || (i === 1 && ranked[0]!.knowsManager !== 4));
          expect(c.why.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
