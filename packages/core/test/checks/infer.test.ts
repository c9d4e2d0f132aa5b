import fc from 'fast-check';
import { build, check, kinds, type Kind } from '@sidedoor/core';
import { inputs } from '../helpers/arbitraries';

/** One short, ordinary text per kind, as people write them. */
const samples: Record<Kind, string> = {
  managerPitch:
    'Hi Sam,\n\nI saw Acme is opening a warehouse in Reno in April. On my 40-person night shift, pick accuracy went from 97.1% to 99.6%. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex Rivera',
  introRequest:
    "Hi Priya,\n\nYou worked with Sam Lee at Globex for two years. Would you be willing to introduce me? I cut pick errors 40% on my shift. If you'd rather not, no problem at all.\n\n---- Note to forward ----\nHi Sam, I run a 40-person night shift and cut pick errors 40%. alex@example.com\n----\n\nThanks,\nAlex",
  forwardableBlurb:
    'Hi Sam,\n\nPriya Shah suggested I reach out. I run the night shift at Contoso, where pick accuracy went from 97.1% to 99.6%. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex Rivera\nalex@example.com',
  followUp:
    'Hi Sam,\n\nFollowing up on my note from last week: I mapped your published pay calendar against the Workday cutoffs and found two dates that collide. Want me to send the write-up?\n\nAlex',
  callScript:
    "Hi Sam, this is Alex Rivera, 312 555 0199. I'm calling about the night shift at your Reno site. I cut pick errors 40% on a 30-person shift. Could we talk for 15 minutes? Again, Alex Rivera, 312 555 0199.",
  linkedinNote:
    "Hi Sam, I saw Acme is opening Reno. I cut pick errors 40% on a 30-person night shift and I'd like to connect.",
  thankYou:
    "Hi Priya,\n\nThank you for the introduction to Sam. We are meeting on Tuesday. I'm moving you to Bcc to spare your inbox; I owe you one.\n\nBest,\nAlex",
};

describe('kind inference', () => {
  test.each(kinds.map((k) => [k] as const))('should read a plain %s as that kind', (kind) => {
    const report = check(samples[kind]);
    expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind, inferred: true });
  });

  test('an explicit kind should always win, and be reported as given', () => {
    for (const kind of kinds) {
      const report = check(samples.callScript, { kind });
      expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind, inferred: false });
    }
  });

  test('should apply the inferred kind’s rules: a pitch with no proof is not ready without a kind', () => {
    const report = check(
      'Hi Sam,\n\nI am a hard-working professional with 10 years of experience. I would love to join your team and help you grow. Could we talk for 15 minutes on Tuesday?\n\nBest,\nAlex',
    );
    expect(report.kind).toBe('managerPitch');
    expect(report.ready).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('proof/missing');
  });

  test('should read a text that is not a message as none of the kinds', () => {
    for (const text of [
      'Meeting notes: Q3 roadmap.',
      '',
      'Acme Corp quarterly results were published on the website today for investors.',
    ]) {
      const report = check(text);
      expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind: null, inferred: true });
    }
  });

  test('kind: null should check the text as none of the kinds, without inferring', () => {
    const report = check(samples.managerPitch, { kind: null });
    expect({ kind: report.kind, inferred: report.inferred }).toEqual({ kind: null, inferred: false });
    expect(report.findings.filter((f) => f.rule === 'length/words' || f.rule === 'questions/count')).toEqual([]);
  });

  test('a subject starting with "Re:" should tip a short note towards a follow-up', () => {
    const text =
      'Hi Sam,\n\nSince I wrote, I built a small test of the pick-path change and it cut walking 12%. Want me to send it?\n\nAlex';
    expect(check(text, { subject: 'Re: Reno night shift' }).kind).toBe('followUp');
  });

  test.each(kinds.map((k) => [k] as const))(
    'a %s built from valid input, checked without its kind (as "Check my draft" does), should still be ready',
    (kind) => {
      fc.assert(
        fc.property(inputs[kind] as fc.Arbitrary<Record<string, unknown>>, (input) => {
          const draft = build(kind, input as never);
          const report = check(draft.text, draft.subject === undefined ? {} : { subject: draft.subject });
          const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
          if (errors.length > 0) throw new Error(`${String(report.kind)}: ${errors.join(', ')}\n${draft.text}`);
        }),
        { numRuns: 100 },
      );
    },
  );
});
