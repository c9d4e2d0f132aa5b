import { AddonError } from './errors.js';
import type { AddonEvent } from './markup.js';
import { MESSAGE_ID } from './message.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

function refuse(field: string, expected: string): never {
  throw new AddonError('bad_request', `\`${field}\` must be ${expected}.`);
}

/**
 * Checks the parts of Google's event the add-on reads, so a malformed event is refused with a
 * 400 naming the field instead of failing later. Unknown parts are left alone.
 *
 * @throws {AddonError} `bad_request` naming the first malformed field.
 */
export function parseEvent(body: unknown): AddonEvent {
  if (!isObject(body)) refuse('body', 'a JSON object');
  const common = body.commonEventObject;
  if (common !== undefined) {
    if (!isObject(common)) refuse('commonEventObject', 'an object');
    const { parameters, formInputs } = common;
    if (parameters !== undefined) {
      if (!isObject(parameters)) refuse('commonEventObject.parameters', 'an object');
      for (const [key, value] of Object.entries(parameters))
        if (typeof value !== 'string') refuse(`commonEventObject.parameters.${key}`, 'a string');
    }
    if (formInputs !== undefined) {
      if (!isObject(formInputs)) refuse('commonEventObject.formInputs', 'an object');
      for (const [key, input] of Object.entries(formInputs)) {
        if (!isObject(input)) refuse(`commonEventObject.formInputs.${key}`, 'an object');
        // Other kinds of input (dates, times) are not read: only text inputs are checked.
        if (input.stringInputs === undefined) continue;
        const values = isObject(input.stringInputs) ? input.stringInputs.value : undefined;
        if (!isStringList(values))
          refuse(`commonEventObject.formInputs.${key}.stringInputs.value`, 'a list of strings');
      }
    }
  }
  const auth = body.authorizationEventObject;
  if (auth !== undefined) {
    if (!isObject(auth)) refuse('authorizationEventObject', 'an object');
    if (auth.authorizedScopes !== undefined && !isStringList(auth.authorizedScopes))
      refuse('authorizationEventObject.authorizedScopes', 'a list of strings');
    for (const name of ['userIdToken', 'userOAuthToken'] as const)
      if (auth[name] !== undefined && typeof auth[name] !== 'string')
        refuse(`authorizationEventObject.${name}`, 'a string');
  }
  const gmail = body.gmail;
  if (gmail !== undefined) {
    if (!isObject(gmail)) refuse('gmail', 'an object');
    for (const name of ['toRecipients', 'ccRecipients', 'bccRecipients'] as const)
      if (gmail[name] !== undefined && !isStringList(gmail[name])) refuse(`gmail.${name}`, 'a list of strings');
    for (const name of ['messageId', 'threadId', 'accessToken'] as const)
      if (gmail[name] !== undefined && typeof gmail[name] !== 'string') refuse(`gmail.${name}`, 'a string');
    if (typeof gmail.messageId === 'string' && !MESSAGE_ID.test(gmail.messageId))
      refuse('gmail.messageId', 'a Gmail message id (letters, digits, - and _)');
  }
  return body;
}
