import * as fc from 'fast-check';
import { check, isKind, kindLabel, kindName, kinds, parseKind } from '@sidedoor/core';

describe('kindName', () => {
  test('should write every kind kebab-case', () => {
    expect(kinds.map(kindName)).toEqual([
      'manager-pitch',
      'intro-request',
      'forwardable-blurb',
      'follow-up',
      'call-script',
      'linkedin-note',
      'thank-you',
    ]);
  });
});

describe('parseKind', () => {
  test('should read a kind as the CLI and the examples accept it', () => {
    for (const kind of kinds) {
      expect(parseKind(kind)).toBe(kind);
      expect(parseKind(kindName(kind))).toBe(kind);
      expect(parseKind(kindName(kind).toUpperCase())).toBe(kind);
      expect(parseKind(kindName(kind).replaceAll('-', '_'))).toBe(kind);
    }
    expect(parseKind(' manager-pitch ')).toBe('managerPitch');
  });

  test('should return undefined for anything that names no kind', () => {
    for (const value of [
      'pitch',
      'manager',
      'manager-pitches',
      'man-ager-pitch',
      'manager pitch',
      '',
      '-',
      undefined,
      null,
      3,
      {},
      ['managerPitch'],
    ])
      expect(parseKind(value)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (value) => {
        const kind = parseKind(value);
        expect(kind === undefined || isKind(kind)).toBe(true);
      }),
    );
  });
});

describe('kindLabel', () => {
  test('should name every kind in the three forms', () => {
    expect(kinds.map((k) => kindLabel(k))).toEqual([
      'manager pitch',
      'intro request',
      'forwardable note',
      'follow-up',
      'call script',
      'LinkedIn note',
      'thank-you note',
    ]);
    expect(kindLabel('introRequest', 'article')).toBe('an intro request');
    expect(kindLabel('managerPitch', 'article')).toBe('a manager pitch');
    expect(kindLabel('thankYou', 'title')).toBe('Thank-you note');
    expect(kindLabel('linkedinNote', 'title')).toBe('LinkedIn note');
  });

  test('should be the names the findings use', () => {
    const report = check('Hi Sam,\n\nI am a passionate engineer who loves payments.\n\nAlex', { kind: 'managerPitch' });
    expect(report.findings.find((f) => f.rule === 'proof/missing')!.message).toContain(
      `Expected ${kindLabel('managerPitch', 'article')} to name`,
    );
  });
});
