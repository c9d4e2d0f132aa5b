import { extname } from 'node:path';
import { readRejection, type Rejection } from '@sidedoor/core';
import type { Io } from './errors.js';
import { readBytes } from './io.js';

/** What a rejection letter gives a draft: company, role and the screened-out flag, with the words behind them. */
export interface LetterPrefill {
  fields: { company?: string; role?: string; screenedOut?: true };
  rejection: Rejection;
}

/**
 * Reads a rejection letter from a `.eml` file (parsed with mailparser: the plain text part, or
 * the HTML turned into text; the subject in front) or a text file, and returns the fields it
 * prefills. The letter is read here and not kept.
 */
export async function readLetter(file: string, io: Io): Promise<LetterPrefill> {
  const bytes = await readBytes(file, io);
  let text: string;
  if (extname(file).toLowerCase() === '.eml') {
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true });
    // mailparser fills `text` from the HTML part when a letter has no plain-text part.
    const body = mail.text ?? '';
    text = mail.subject === undefined ? body : `${mail.subject}\n\n${body}`;
  } else {
    text = new TextDecoder().decode(bytes);
  }
  const rejection = readRejection(text);
  const fields: LetterPrefill['fields'] = {};
  if (rejection.company !== undefined) fields.company = rejection.company.value;
  if (rejection.role !== undefined) fields.role = rejection.role.value;
  if (rejection.isRejection) fields.screenedOut = true;
  return { fields, rejection };
}

/** Tells the user on standard error what the letter said and where, so nothing is filled silently. */
export function describeLetter(file: string, prefill: LetterPrefill, io: Io): void {
  const { rejection } = prefill;
  io.stderr.write(
    rejection.isRejection
      ? `${file}: a rejection ("${rejection.because[0]!.evidence}").\n`
      : `${file}: does not read as a rejection; screenedOut left off.\n`,
  );
  if (rejection.company !== undefined)
    io.stderr.write(`  company: ${rejection.company.value} (from "${rejection.company.evidence}")\n`);
  else io.stderr.write('  company: not named in the letter\n');
  if (rejection.role !== undefined)
    io.stderr.write(`  role: ${rejection.role.value} (from "${rejection.role.evidence}")\n`);
  else io.stderr.write('  role: not named in the letter\n');
}

/** The fields a letter fills for `kind` (screenedOut only where the kind has it), reported on standard error. */
export async function letterFields(file: string, kind: string, io: Io): Promise<Record<string, string | boolean>> {
  const prefill = await readLetter(file, io);
  describeLetter(file, prefill, io);
  const { screenedOut, ...rest } = prefill.fields;
  return kind === 'managerPitch' && screenedOut ? { ...rest, screenedOut } : rest;
}

/** The input with the letter's fields filled in where the input leaves them empty. */
export function withPreset(input: unknown, preset: Record<string, unknown>): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const merged: Record<string, unknown> = { ...preset };
  for (const [key, value] of Object.entries(input)) if (value !== undefined && value !== '') merged[key] = value;
  return merged;
}
