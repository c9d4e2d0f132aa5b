// What a browser bundle of the core carries, by what it imports: the builders check with their
// own kind, so a bundle that drafts but never checks a text of unknown kind (the Outlook pane's
// draft modes) leaves kind inference and its phrase lists out, and one that never lists the rules
// leaves their summaries out. Built the way the add-ins build the core: esbuild, from source,
// minified, tree-shaken.
import { join } from 'node:path';
import { build } from 'esbuild';
import { check, kinds, managerPitch, rules } from '@sidedoor/core';
import * as kindRuleLists from '../src/checks/kind-rules';
import { runChecks } from '../src/checks/run';

const src = join(__dirname, '..', 'src');

/** The minified bundle of a module that re-exports `names` from the core's index. */
async function bundleOf(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './index.ts'`, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['stream'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

// One marker per part, each a string literal that minifying keeps as it is.
/** A phrase of `kindSigns` (signs.ts): a vote for a call script. */
const INFERENCE_PHRASE = "(i'm|i am) calling";
/** A phrase of `outreachSigns` (signs.ts): everyday mail. */
const OUTREACH_PHRASE = 'payment is due';
/** The summary of `length/words` (summaries.ts). */
const SUMMARY = rules.find((r) => r.id === 'length/words')!.summary;
/** The source of `subject/missing` (catalog.ts), which every finding of it carries. */
const SOURCE = rules.find((r) => r.id === 'subject/missing')!.source;

/** The fix of `call/name-number-twice` (rules/call.ts). */
const CALL_FIX = 'Say your number after your name at the start, and again slowly before you hang up.';
/** The fix of `intro/one-ask` (rules/intro.ts), which the intro request's builder needs. */
const INTRO_FIX = 'Keep the one ask that is easiest for the contact to say yes to.';

/** Which markers `code` holds (a failure shows these, not a whole bundle). */
const holds = (code: string) => ({
  inference: code.includes(INFERENCE_PHRASE),
  outreach: code.includes(OUTREACH_PHRASE),
  summaries: code.includes(SUMMARY),
  sources: code.includes(SOURCE),
  callRules: code.includes(CALL_FIX),
  introRules: code.includes(INTRO_FIX),
});

describe('what a bundle of the core carries', () => {
  // esbuild's first build starts its service: give it time on a loaded machine.
  jest.setTimeout(60_000);

  test('the markers are what the core says (so the bundle tests below can fail)', () => {
    expect(SUMMARY).toBe('Body length within the limit of the kind');
    expect(SOURCE).toBe('Boomerang, study of ~40M emails (2016)');
    // The inference's phrases decide kinds: a voicemail reads as a call script only by them.
    const voicemail =
      "Hi Sam, I'm calling about the payments role. I cut checkout latency by 40% at Globex. Call me back at 555 010 7788. Again, 555 010 7788.";
    expect(check(voicemail).kind).toBe('callScript');
  });

  test('drafting alone: no kind inference, no rule summaries, but the sources findings carry', async () => {
    const code = await bundleOf('managerPitch, introRequest, fields, inputFromFields');
    expect(holds(code)).toEqual({
      inference: false,
      outreach: false,
      summaries: false,
      sources: true,
      callRules: false,
      introRules: true,
    });
    // The pitch alone: no intro checklist either.
    expect(holds(await bundleOf('managerPitch')).introRules).toBe(false);
  });

  test('check() brings the inference; `rules` brings the summaries', async () => {
    expect(holds(await bundleOf('check'))).toEqual({
      inference: true,
      outreach: true,
      summaries: false,
      sources: true,
      callRules: true,
      introRules: true,
    });
    expect(holds(await bundleOf('callScript')).callRules).toBe(true);
    expect(holds(await bundleOf('rules')).summaries).toBe(true);
  });

  test("a builder's report is the check of its text with its kind", () => {
    const draft = managerPitch({
      sender: { name: 'Alex Rivera', email: 'alex@example.com' },
      manager: { name: 'Sam Lee', email: 'sam@acme.example' },
      company: 'Acme',
      role: 'Senior Payments Engineer',
      hook: 'Acme is moving checkout to a new payments provider this spring',
      proof: ['Cut checkout latency by 40% at Globex in 2024'],
      offer: 'share the migration plan I used at Globex',
      tone: 'direct',
    });
    const { report } = draft;
    expect(report.inferred).toBe(false);
    expect(report.confidence).toBe(1);
    expect(check(draft.text, { kind: 'managerPitch', subject: draft.subject! })).toEqual(report);
  });
});

describe("each kind's rules (checks/kind-rules.ts)", () => {
  test("each kind's list holds exactly the kind rules whose kinds include it (a builder's draft takes its kind from its list)", () => {
    const lists = kindRuleLists as unknown as Record<string, kindRuleLists.KindRules<(typeof kinds)[number]>>;
    for (const kind of kinds) {
      const list = lists[`${kind}Rules`]!;
      expect(list.kind).toBe(kind);
      expect(list.rules).toEqual(kindRuleLists.kindRules.filter((rule) => rule.kinds.includes(kind)));
    }
    // Every kind rule is some kind's.
    for (const rule of kindRuleLists.kindRules) expect(rule.kinds.length).toBeGreaterThan(0);
  });

  test("a kind's own rules find what check() finds for that kind, on texts that make kind rules fire", () => {
    const lists = kindRuleLists as unknown as Record<string, kindRuleLists.KindRules<(typeof kinds)[number]>>;
    const texts = [
      // Two asks and no way out: the intro checklist fires.
      'Hi Dana,\n\nCould you introduce me to Sam? Could you also put in a word with Lee?\n\nAlex',
      // A voicemail without the number said twice, and long: the call rules fire.
      `Hi Sam, this is Alex. ${'I cut checkout latency by 40% at Globex and rebuilt the billing flow. '.repeat(12)}`,
      // Over LinkedIn's limit.
      `Hi Sam, ${'I led the payments rebuild at Globex. '.repeat(12)}Open to connecting?`,
    ];
    let fired = 0;
    for (const kind of kinds) {
      for (const text of texts) {
        const expected = check(text, { kind, subject: 'Payments at Acme' });
        const own = runChecks(text, { kind, subject: 'Payments at Acme' }, lists[`${kind}Rules`]!.rules);
        expect(own).toEqual(expected);
        fired += expected.findings.filter((f) => /^(?:intro|call|channel)\//.test(f.rule)).length;
      }
    }
    // The texts do make kind rules fire (else this test could not fail).
    expect(fired).toBeGreaterThanOrEqual(3);
  });

  test('the catalog gives each kind rule the kinds it runs for', () => {
    const kindsOf = (prefix: string) => [
      ...new Set(rules.filter((r) => r.id.startsWith(prefix)).flatMap((r) => r.kinds!)),
    ];
    expect(kindsOf('call/').sort()).toEqual([...kindRuleLists.callRule.kinds].sort());
    expect(kindsOf('channel/').sort()).toEqual([...kindRuleLists.channelRule.kinds].sort());
    expect(kindsOf('intro/').sort()).toEqual([...kindRuleLists.introRule.kinds].sort());
  });
});

describe('every rule in `rules`', () => {
  test('has its one-line summary, in the order id, summary, severity, then the rest', () => {
    for (const rule of rules) {
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.summary).not.toContain('\n');
      expect(Object.keys(rule).slice(0, 3)).toEqual(['id', 'summary', 'severity']);
    }
  });
});
