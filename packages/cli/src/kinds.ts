import { type Kind, kindName, kinds, parseKind as readKind } from '@sidedoor/core';
import { UsageError } from './errors.js';

/** The kinds as written on the command line. */
export const cliKinds: readonly string[] = kinds.map(kindName);

/** Reads a kind written kebab-case (`manager-pitch`) or camelCase, or refuses it naming the kinds. */
export function parseKind(value: string | undefined, option = 'kind'): Kind {
  const found = readKind(value);
  if (found === undefined) {
    throw new UsageError(
      value === undefined
        ? `Missing ${option}: one of ${cliKinds.join(', ')}.`
        : `Unknown ${option} "${value}": expected one of ${cliKinds.join(', ')}.`,
    );
  }
  return found;
}
