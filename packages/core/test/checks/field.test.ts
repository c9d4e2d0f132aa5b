import { build, check, InputError, managerPitch } from '@sidedoor/core';
import { pitchInput } from '../helpers/fixtures';

describe('field values that would put an error into any draft', () => {
  test('a swear word or an insult in a field should be refused, naming the word', () => {
    // Found by the builders' wild-text property: "asS" as the time offered became "…in asS=a to chat?".
    for (const when of ['asS=a', 'Tuesday, you ass', 'any bullshit time']) {
      const input = { ...pitchInput, ask: { minutes: 15, when } };
      expect(() => managerPitch(input)).toThrow(InputError);
      expect(() => managerPitch(input)).toThrow(
        /Expected words a manager can read without offence, found "(ass|bullshit)"/,
      );
    }
  });

  test('words that name a business problem, or are only negative, should stay accepted', () => {
    for (const proof of [
      'Cut fraud losses by 40% in one year',
      'Took catastrophic outages from 6 a year to none',
      'Fixed a terrible backlog of 900 tickets in 3 weeks',
    ]) {
      expect(() => build('managerPitch', { ...pitchInput, proof: [proof] })).not.toThrow();
    }
  });

  test('tone/resentment should not take a catastrophic outage for blame', () => {
    const text =
      'Hi Sam,\n\nYour team had two catastrophic outages this spring. I took ours from 6 a year to none. Could we talk for 15 minutes on Tuesday?\n\nAlex';
    expect(check(text, { kind: 'managerPitch' }).findings.filter((f) => f.rule === 'tone/resentment')).toEqual([]);
    const insult = 'Hi Sam,\n\nYou are an ass for ignoring me. Could we talk for 15 minutes on Tuesday?\n\nAlex';
    expect(check(insult, { kind: 'managerPitch' }).findings.some((f) => f.rule === 'tone/resentment')).toBe(true);
  });
});
