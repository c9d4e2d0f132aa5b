import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { data, sidedoor, temp } from './helpers.js';

const linkedin = join(data, 'linkedin');
const connections = join(linkedin, 'Connections.csv');
const messages = join(linkedin, 'messages.csv');

describe('sidedoor contacts', () => {
  test('should list who you know at the company, best first, with reasons, and exit 0', async () => {
    const run = await sidedoor([
      'contacts',
      connections,
      '--company',
      'Acme',
      '--manager',
      'Sam Lee',
      '--role',
      'Senior Payments Engineer',
      '--messages',
      messages,
      '--limit',
      '2',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^9 people at Acme in Connections\.csv, best first\. Ask one or two \(→\), not ten\.\n/);
    expect(run.stdout).toContain('→ 1. Ana Souza — Staff Software Engineer - Payments · Acme, Inc.\n');
    expect(run.stdout).toContain('     - You wrote each other 3 times, last in September 2026\n');
    expect(run.stdout).toContain('→ 2. Ravi Patel');
    expect(run.stdout).toContain('… and 7 more (--limit 9 to list them).');
    expect(run.stdout).not.toMatch(/Acme Robotics|Metabase|Bo Chen|Cy Dee/);
  });

  test('should print a JSON array best first with the documented fields', async () => {
    const run = await sidedoor(['contacts', connections, '--company', 'acme inc.', '--json', '--limit', '50']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list).toHaveLength(9);
    for (const item of list) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining(['name', 'company', 'position', 'match', 'email', 'url', 'why']),
      );
      expect(['exact', 'strong']).toContain(item.match);
      expect(item.why.every((w: unknown) => typeof w === 'string')).toBe(true);
    }
    expect(list.at(-1)).toMatchObject({ name: 'Marta Nowak', match: 'strong', email: null });
    expect(list.find((i: { name: string }) => i.name === 'Eve Mallory')).toBeUndefined();
  });

  test('should exit 1 when no one works there, never matching part of a name', async () => {
    const run = await sidedoor(['contacts', connections, '--company', 'Acme Robotics Europe']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^No one at Acme Robotics Europe in Connections\.csv \(19 connections read\)/);
    const json = await sidedoor(['contacts', connections, '--company', 'Meta', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((i: { name: string }) => i.name)).toEqual(['Mo Haddad']);
  });

  test('should draft the intro requests, with their forwardable notes, to the top picks', async () => {
    const run = await sidedoor([
      'contacts',
      connections,
      '--company',
      'Acme',
      '--manager',
      'Sam Lee',
      '--role',
      'Senior Payments Engineer',
      '--messages',
      messages,
      '--draft',
      '--base',
      join(linkedin, 'me.json'),
    ]);
    expect(run.code).toBe(0);
    const intros = run.stdout.split('==================== Intro request to ').slice(1);
    expect(intros.map((i) => i.split(' ')[0] + ' ' + i.split(' ')[1])).toEqual(['Ana Souza', 'Ravi Patel']);
    expect(intros[0]).toContain('To: Ana Souza <ana.souza@mail.example>');
    expect(intros[0]).toContain('---------- Note to forward to Sam ----------');
    expect(intros[0]).toContain(
      'Check before sending: the relationship line comes from the export; say how you really know Ana, and "You work at Acme with Sam" is a guess',
    );
  });

  test('should put the drafts in the JSON items when asked', async () => {
    const run = await sidedoor([
      'contacts',
      connections,
      '--company',
      'Acme',
      '--manager',
      'Sam Lee',
      '--role',
      'Payments Engineer',
      '--draft',
      '--base',
      join(linkedin, 'me.json'),
      '--json',
    ]);
    const list = JSON.parse(run.stdout);
    expect(list.filter((i: { draft?: unknown }) => i.draft !== undefined)).toHaveLength(2);
    expect(list[0].draft.text).toMatch(/^Hi Ana,/);
  });

  test.each([
    [[], /Expected the path of Connections\.csv/],
    [['{file}'], /Expected --company NAME/],
    [['{file}', '--company', 'Acme', '--limit', '0'], /Expected --limit to be a whole number of at least 1, found "0"/],
    [['{file}', '--company', 'Acme', '--draft'], /--draft needs --base me\.json/],
    [['{file}', '--company', 'Acme', '--draft', '--base', 'me.json'], /--draft needs --manager NAME/],
    [
      ['{file}', '--company', 'Acme', '--manager', 'Sam Lee', '--draft', '--base', '{me}'],
      /--draft needs --role TITLE/,
    ],
    [['nope.csv', '--company', 'Acme'], /nope\.csv: no such file/],
    [['{file}', '--company', 'Acme', '--bogus'], /Unknown option '--bogus'/],
  ])('should exit 2 on bad usage %j', async (args, message) => {
    const run = await sidedoor([
      'contacts',
      ...args.map((a) => (a === '{file}' ? connections : a === '{me}' ? join(linkedin, 'me.json') : a)),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('    at ');
  });

  test('should exit 2 naming the file and line of a malformed export, and refuse 50 MB', async () => {
    const dir = temp();
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,"Souza,,,Acme,Engineer,\n',
    );
    const run = await sidedoor(['contacts', bad, '--company', 'Acme']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${bad}: line 2: a quoted value never ends: expected a closing \`"\`.\n`);
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const big = await sidedoor(['contacts', huge, '--company', 'Acme']);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/huge\.csv: expected a LinkedIn export under 50 MB, found 50\.0 MB/);
  });

  test('should exit 2 when the base cannot make an intro request, naming the field', async () => {
    const dir = temp();
    const base = join(dir, 'me.json');
    writeFileSync(
      base,
      JSON.stringify({ sender: { name: 'Jordan Reyes', email: 'jordan@mail.example' }, tone: 'warm' }),
    );
    const run = await sidedoor([
      'contacts',
      connections,
      '--company',
      'Acme',
      '--manager',
      'Sam Lee',
      '--role',
      'Payments Engineer',
      '--draft',
      '--base',
      base,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/me\.json: proof: /);
  });
});

describe('sidedoor draft --from-rejection', () => {
  test('should prefill company, role and screenedOut from a .eml letter', async () => {
    const dir = temp();
    const input = join(dir, 'pitch.json');
    writeFileSync(
      input,
      JSON.stringify({
        sender: { name: 'Jordan Reyes', email: 'jordan.reyes@mail.example' },
        manager: { name: 'Sam Lee' },
        hook: 'your team is moving checkout onto the new ledger before the spring launch',
        proof: ['Cut checkout latency by 38% at Globex'],
        offer: 'bring the same playbook to the ledger migration',
        tone: 'warm',
      }),
    );
    const run = await sidedoor([
      'draft',
      'manager-pitch',
      '--in',
      input,
      '--from-rejection',
      join(linkedin, 'rejection.eml'),
      '--json',
    ]);
    expect(run.stderr).toContain(
      'rejection.eml: a rejection ("move forward with other candidates whose experience more closely matches our").',
    );
    expect(run.stderr).toContain('  company: Acme (from "role at Acme")');
    expect(run.stderr).toContain('  role: Senior Payments Engineer (from "application for Senior Payments Engineer")');
    const draft = JSON.parse(run.stdout);
    expect(draft.text).toContain('Senior Payments Engineer');
    expect(draft.text).toContain('Acme');
    expect(run.code).toBe(0);
  });

  test('should let values in --in win over the letter, and read a .txt letter', async () => {
    const dir = temp();
    const input = join(dir, 'pitch.json');
    writeFileSync(
      input,
      JSON.stringify({
        sender: { name: 'Jordan Reyes', email: 'jordan.reyes@mail.example' },
        manager: { name: 'Sam Lee' },
        company: 'Acme Payments',
        hook: 'your team is moving checkout onto the new ledger before the spring launch',
        proof: ['Cut checkout latency by 38% at Globex'],
        offer: 'bring the same playbook to the ledger migration',
        tone: 'warm',
      }),
    );
    const run = await sidedoor([
      'draft',
      'manager-pitch',
      '--in',
      input,
      '--from-rejection',
      join(linkedin, 'rejection.txt'),
      '--json',
    ]);
    const draft = JSON.parse(run.stdout);
    expect(draft.text).toContain('Acme Payments');
    expect(draft.text).toContain('Senior Payments Engineer');
  });

  test('should say when a letter is not a rejection and leave screenedOut off', async () => {
    const dir = temp();
    const letter = join(dir, 'invite.txt');
    writeFileSync(
      letter,
      'Hi Jordan,\n\nWe would like to invite you to interview for the Data Engineer role at Globex.\n',
    );
    const run = await sidedoor(['draft', 'manager-pitch', '--from-rejection', letter], { input: '' });
    expect(run.stderr).toContain('invite.txt: does not read as a rejection; screenedOut left off.');
    expect(run.stderr).toContain('  company: Globex (from "role at Globex")');
    expect(run.code).toBe(2);
  });
});

describe('sidedoor draft --from-rejection with an HTML-only letter', () => {
  test('should read the text mailparser makes of the HTML part', async () => {
    const dir = temp();
    const letter = join(dir, 'letter.eml');
    writeFileSync(
      letter,
      [
        'From: Globex Talent <talent@globex.example>',
        'To: Jordan Reyes <jordan@mail.example>',
        'Subject: Your application',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Hi Jordan,</p><p>Thank you for applying for the <b>Data Engineer</b> role at Globex. We have decided to move forward with other candidates.</p>',
        '',
      ].join('\r\n'),
    );
    const run = await sidedoor(['draft', 'manager-pitch', '--from-rejection', letter], { input: '' });
    expect(run.stderr).toContain('letter.eml: a rejection ("move forward with other candidates").');
    expect(run.stderr).toContain('  company: Globex (from "role at Globex")');
    expect(run.stderr).toContain('  role: Data Engineer (from "applying for the Data Engineer")');
  });
});
