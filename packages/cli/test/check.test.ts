import { join } from 'node:path';
import { data, sidedoor } from './helpers';

describe('sidedoor check', () => {
  test('should print findings like a linter and exit 1 on an error', async () => {
    const file = join(data, 'hand-written.txt');
    const run = await sidedoor(['check', file, '--kind', 'manager-pitch', '--subject', 'Job']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:5:\\d+ +error +placeholder/left`),
    );
    expect(run.stdout).toMatch(/✖ not ready · 4 errors/);
  });

  test('should read standard input and exit 0 when ready', async () => {
    const run = await sidedoor(['check', '-'], {
      input: 'Hi Sam,\n\nI cut churn 30% at Globex. Could we talk on Tuesday?\n\nBest,\nAlex\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ ready to send/);
  });

  test('should say which kind it checked the text as, inferred or given', async () => {
    const input =
      'Hi Sam,\n\nI saw Acme is opening a Reno warehouse. I cut pick errors 40% on a 30-person night shift. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex\n';
    const inferred = await sidedoor(['check', '-'], { input });
    expect(inferred.stdout.split('\n')[0]).toBe('checked as: manager pitch (inferred; use --kind to change)');
    const given = await sidedoor(['check', '-', '--kind', 'follow-up'], { input });
    expect(given.stdout.split('\n')[0]).toBe('checked as: follow-up (--kind follow-up)');
    const none = await sidedoor(['check', '-', '--kind', 'none', '--json'], { input });
    expect(JSON.parse(none.stdout)).toMatchObject({ kind: null, inferred: false });
  });

  test('should print JSON', async () => {
    const run = await sidedoor(['check', '--json', '--kind', 'follow-up'], {
      input: 'Hi Sam,\n\nJust following up.\n\nBest,\nAlex',
    });
    // A follow-up that only asks for news brings nothing new: not ready, exit 1.
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ready: boolean; findings: { rule: string }[] };
    expect(report.ready).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('followup/no-new-value');
  });

  test('should explain a bad kind and an unknown option, exit 2', async () => {
    const bad = await sidedoor(['check', '-', '--kind', 'pitch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sidedoor: Unknown kind "pitch": expected one of manager-pitch, intro-request/);
    const unknown = await sidedoor(['check', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--bogus'/);
    expect(unknown.stderr).not.toMatch(/^ {4}at /m);
  });

  test('should name a missing file', async () => {
    const run = await sidedoor(['check', 'nope.txt']);
    expect(run).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^sidedoor: nope\.txt: no such file\./) as string,
    });
  });

  test.each([[['--help']], [['check', '--help']], [['draft', '--help']], [['batch', '--help']], [['gmail', '--help']]])(
    '%j should show usage with examples',
    async (args) => {
      const run = await sidedoor(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: sidedoor/);
      expect(run.stdout).toMatch(/Examples:\n {2}sidedoor /);
    },
  );
});
