import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Connection,
  fields,
  inputFromFields,
  introPrefill,
  introRequest,
  parseConnections,
  parseMessages,
  prefillFields,
  rankContacts,
} from '@sidedoor/core';

const data = join(__dirname, '..', '..', '..', '..', 'examples', 'data', 'linkedin');
const people = parseConnections(new Uint8Array(readFileSync(join(data, 'Connections.csv'))));
const messages = parseMessages(readFileSync(join(data, 'messages.csv'), 'utf8'));
const target = { company: 'Acme', manager: 'Sam Lee', role: 'Senior Payments Engineer' };
const today = '2026-12-01';

const person = (over: Partial<Connection>): Connection => ({
  line: 2,
  firstName: 'Ana',
  lastName: 'Souza',
  name: 'Ana Souza',
  url: null,
  email: null,
  company: 'Acme',
  position: 'Engineer',
  connectedOn: null,
  ...over,
});

describe('rankContacts', () => {
  test('should rank the made-up export for Acme best first, with reasons', () => {
    const ranked = rankContacts(people, target, { messages, today });
    expect(ranked.map((c) => [c.recommended ? '*' : ' ', c.connection.name, c.match, ...c.why].join(' | ')))
      .toMatchInlineSnapshot(`
      [
        "* | Ana Souza | exact | Works at Acme (listed as "Acme, Inc.") | Staff Software Engineer - Payments: senior in engineering, the manager's side, so likely works with Sam | You wrote each other 3 times, last in September 2026 | Connected since March 2019 | Email: ana.souza@mail.example",
        "* | Ravi Patel | exact | Works at Acme (listed as "ACME | We're hiring!") | Engineering Manager: senior in engineering, the manager's side, so likely works with Sam | You wrote each other 1 time, last in March 2021 | Connected since August 2020 | No email in the export: send a LinkedIn message",
        "  | Noor Al-Sayed | exact | Works at Acme | Backend Engineer: in engineering, the manager's side | No one-to-one messages in the export | Connected since December 2024 | No email in the export: send a LinkedIn message",
        "  | Zoë Müller | exact | Works at Acme (listed as "Acmé, S.A.") | Payments Analyst: in payments, the manager's side | No one-to-one messages in the export | Connected since October 2025 | No email in the export: send a LinkedIn message",
        "  | Ivy Tran | exact | Works at Acme | Intern - Payments Engineering: in engineering, the manager's side | No one-to-one messages in the export | Connected only since November 2026 | No email in the export: send a LinkedIn message",
        "  | Luis García | exact | Works at Acme | Payments Operations Specialist: in payments, the manager's side | No one-to-one messages in the export | No email in the export: send a LinkedIn message",
        "  | Dana Kim | exact | Works at Acme | Senior Technical Recruiter: in recruiting, can tell you who owns the role, though an intro from the manager's side carries more weight | You wrote each other 2 times, last in October 2026 | Connected since February 2024 | Email: dana.kim@mail.example",
        "  | Jo Park | exact | Works at Acme (listed as "acme inc") | Product Designer: not on the manager's side as far as the title says | No one-to-one messages in the export | Connected since January 2023 | No email in the export: send a LinkedIn message",
        "  | Marta Nowak | strong | Listed at "Acme Group", probably Acme: check before you ask | VP Finance: senior leadership, likely knows the managers across Acme | No one-to-one messages in the export | Connected since September 2017 | No email in the export: send a LinkedIn message",
      ]
    `);
  });

  test('should put the manager themself first, as the only recommendation', () => {
    const list = [
      person({}),
      person({ firstName: 'Sam', lastName: 'Lee', name: 'Sam Lee', position: 'Head of Payments', line: 3 }),
    ];
    const ranked = rankContacts(list, { company: 'Acme', manager: 'sam lée' }, { today });
    expect(ranked[0]!.connection.name).toBe('Sam Lee');
    expect(ranked[0]!.knowsManager).toBe(4);
    expect(ranked.map((c) => c.recommended)).toEqual([true, false]);
  });

  test('should not take a first name alone, or a namesake at another company, for the manager', () => {
    const sam = person({ firstName: 'Sam', lastName: 'Lee', name: 'Sam Lee' });
    expect(rankContacts([sam], { company: 'Acme', manager: 'Sam' }, { today })[0]!.knowsManager).not.toBe(4);
    expect(rankContacts([{ ...sam, company: 'Globex' }], { company: 'Acme', manager: 'Sam Lee' }, { today })).toEqual(
      [],
    );
  });

  test('should rank an exact company match before a strong one, then by the manager side, ties, age', () => {
    const list = [
      person({ name: 'Strong', company: 'Acme Group', position: 'Staff Engineer', line: 2 }),
      person({ name: 'Old', position: 'Engineer', connectedOn: '2015-01-01', line: 3 }),
      person({ name: 'New', position: 'Engineer', connectedOn: '2024-01-01', line: 4 }),
      person({
        name: 'Talked',
        position: 'Engineer',
        connectedOn: '2024-01-01',
        url: 'https://linkedin.com/in/t',
        line: 5,
      }),
      person({ name: 'Senior', position: 'Senior Engineer', line: 6 }),
      person({ name: 'Designer', position: 'Designer', connectedOn: '2001-01-01', line: 7 }),
    ];
    const ties = new Map([['linkedin.com/in/t', { messages: 4, last: '2026-11-01' }]]);
    const ranked = rankContacts(list, { company: 'Acme', role: 'Backend Engineer' }, { messages: ties, today });
    expect(ranked.map((c) => c.connection.name)).toEqual(['Senior', 'Talked', 'Old', 'New', 'Designer', 'Strong']);
    expect(ranked.filter((c) => c.recommended).map((c) => c.connection.name)).toEqual(['Senior', 'Talked']);
  });

  test('should say when messages cannot be joined because the export has no profile URLs', () => {
    const [only] = rankContacts([person({})], { company: 'Acme' }, { messages, today });
    expect(only!.why).toContain('Messages not joined: this export has no profile URLs');
    expect(only!.channel).toEqual({ kind: 'linkedin', url: null });
  });

  test('should join ties on the full name when messages.csv has no profile URLs', () => {
    const bare = parseMessages(
      [
        'CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER',
        '2-c1,,Jordan Reyes,Zoë Müller,2026-09-14 18:02:11 UTC,,"Hi!",INBOX',
        '2-c1,,Zoe Muller,Jordan Reyes,2026-11-15 08:30:40 UTC,,"Hello",INBOX',
        '2-c2,,Jordan Reyes,Sam Lee,2026-10-01 12:00:00 UTC,,"Hi Sam",INBOX',
        '2-c3,,Jordan Reyes,Ana Souza,2026-10-01 12:00:00 UTC,,"Hi Ana",INBOX',
      ].join('\n'),
    );
    const list = [
      person({ name: 'Zoë Müller', firstName: 'Zoë', lastName: 'Müller', url: 'https://www.linkedin.com/in/zoe' }),
      person({ name: 'Luis García', firstName: 'Luis', lastName: 'García', connectedOn: '2001-01-01', line: 3 }),
      person({ line: 4 }),
      person({ line: 5, position: 'Designer' }),
    ];
    const ranked = rankContacts(list, { company: 'Acme' }, { messages: bare, today });
    // The one you wrote to comes first, ahead of an older connection you never wrote to.
    expect(ranked.map((c) => [c.connection.name, c.tie])).toEqual([
      ['Zoë Müller', { messages: 2, last: '2026-11-15' }],
      ['Luis García', null],
      ['Ana Souza', null],
      ['Ana Souza', null],
    ]);
    expect(ranked[0]!.why).toContain(
      'You wrote each other 2 times, last in November 2026 (matched on the name: the messages have no profile URLs)',
    );
    expect(ranked[1]!.why).toContain('No one-to-one messages in the export');
    // Two connections with one name: which one you wrote to is unknown, so neither is joined.
    expect(ranked[2]!.why).toContain('Messages not joined: more than one connection is named Ana Souza');
  });

  test('should prefer the profile URL to the name when both could join', () => {
    const ties = new Map([
      ['linkedin.com/in/zoe', { messages: 5, last: '2026-11-01' }],
      ['name:zoe muller', { messages: 1, last: '2020-01-01' }],
    ]);
    const [only] = rankContacts(
      [person({ name: 'Zoë Müller', url: 'https://www.linkedin.com/in/zoe' })],
      { company: 'Acme' },
      { messages: ties, today },
    );
    expect(only!.tie).toEqual({ messages: 5, last: '2026-11-01' });
  });

  test('should find no one at a company nobody works for, or for an empty company', () => {
    expect(rankContacts(people, { company: 'Acme Robotics Europe' }, { today })).toEqual([]);
    expect(rankContacts(people, { company: ' | ' }, { today })).toEqual([]);
  });
});

describe('introPrefill', () => {
  test('should prefill the contact, relationship and help, and leave the connection to confirm', () => {
    const [first] = rankContacts(people, target, { messages, today });
    expect(introPrefill(first!, target)).toMatchInlineSnapshot(`
      {
        "input": {
          "company": "Acme",
          "contact": {
            "email": "ana.souza@mail.example",
            "name": "Ana Souza",
          },
          "help": "introduce",
          "manager": {
            "name": "Sam Lee",
          },
          "relationship": "last wrote to each other on LinkedIn in September 2026",
          "role": "Senior Payments Engineer",
        },
        "suggestedConnection": "work at Acme with Sam",
        "toConfirm": [
          "relationship",
          "connection",
          "proof",
          "sender",
        ],
      }
    `);
  });

  test('should build an intro request once the user adds who they are, their proof and the connection', () => {
    const [first] = rankContacts(people, target, { messages, today });
    const prefill = introPrefill(first!, target);
    const me = JSON.parse(readFileSync(join(data, 'me.json'), 'utf8'));
    const draft = introRequest({ ...me, ...prefill.input, connection: prefill.suggestedConnection });
    expect(draft.text).toMatchInlineSnapshot(`
      "Hi Ana,

      It's been a while since we last wrote to each other on LinkedIn, back in September 2026.

      I'd love to get in touch with Sam Lee at Acme about the Senior Payments Engineer role. You work at Acme with Sam; you know Sam, and I'd trust your read. What I'd bring: I cut checkout latency by 38% at Globex.

      Would you introduce me to Sam? There's a note below, ready to send on. No pressure at all, Ana, if the timing is off.

      Thanks a million,
      Jordan

      ---------- Note to forward to Sam ----------
      Hello Sam,

      I'm Jordan Reyes. I heard recently that your team is moving checkout onto the new ledger before the spring launch.

      That's familiar ground: I cut checkout latency by 38% at Globex. I led the migration of 2M cards to network tokens with zero downtime. I'd be glad to bring the same playbook to Acme's ledger migration.

      Could we find 15 minutes next week to talk about the Senior Payments Engineer role?

      All the best,
      Jordan Reyes
      jordan.reyes@mail.example
      ---------- End of note ----------"
    `);
    expect(draft.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('should give the same prefill as flat form values, which inputFromFields turns back', () => {
    const [first] = rankContacts(people, target, { messages, today });
    const prefill = introPrefill(first!, target);
    const values = prefillFields(prefill);
    expect(values).toEqual({
      'contact.name': 'Ana Souza',
      'contact.email': 'ana.souza@mail.example',
      company: 'Acme',
      relationship: 'last wrote to each other on LinkedIn in September 2026',
      help: 'introduce',
      'manager.name': 'Sam Lee',
      role: 'Senior Payments Engineer',
    });
    const names = new Set(fields('introRequest').map((f) => f.name));
    for (const name of Object.keys(values)) expect(names.has(name)).toBe(true);
    expect(inputFromFields('introRequest', values)).toMatchObject(prefill.input);
  });
});
