import { type Kind, kinds } from '@sidedoor/core';
import { UsageError } from './errors.js';

/** `managerPitch` → `manager-pitch`. */
export function kebab(kind: Kind): string {
  return kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The kinds as written on the command line. */
export const cliKinds: readonly string[] = kinds.map(kebab);

/** Reads a kind written kebab-case (`manager-pitch`); the camelCase name is accepted too. */
export function parseKind(value: string | undefined, option = 'kind'): Kind {
  const found = kinds.find((k) => k === value || kebab(k) === value);
  if (found === undefined) {
    throw new UsageError(
      value === undefined
        ? `Missing ${option}: one of ${cliKinds.join(', ')}.`
        : `Unknown ${option} "${value}": expected one of ${cliKinds.join(', ')}.`,
    );
  }
  return found;
}
