import * as fc from 'fast-check';
import { isKind, kindName, kinds, parseKind } from '@sidedoor/core';

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
