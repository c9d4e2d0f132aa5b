import { runInNewContext } from 'node:vm';
import {
  build,
  fieldsFromProfile,
  profileFromFields,
  fields,
  inputFromFields,
  InputError,
  isInputError,
  managerPitch,
  safeBuild,
  schemas,
} from '@sidedoor/core';
import { pitchInput } from './helpers/fixtures';

describe('managerPitch refuses to draft without proof', () => {
  test.each([
    ['missing', undefined],
    ['empty', []],
    ['blank', ['  ', '']],
  ])('should refuse %s proof at path `proof`, saying what a proof point is', (_case, proof) => {
    const result = safeBuild('managerPitch', { ...pitchInput, proof });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      {
        path: ['proof'],
        message: expect.stringMatching(
          /^Expected at least one proof point, found none\. A proof point is a concrete result you achieved: a number, a percentage, money, time saved, or a named outcome/,
        ) as string,
      },
    ]);
  });

  test('should refuse proof points that name no concrete result', () => {
    expect(() => managerPitch({ ...pitchInput, proof: ['Passionate about payments', 'Team player'] })).toThrow(
      /Expected at least one proof point to name a concrete result, found none/,
    );
  });

  test('should refuse more than three proof points', () => {
    const result = safeBuild('managerPitch', {
      ...pitchInput,
      proof: ['Cut a 1%', 'Cut b 2%', 'Cut c 3%', 'Cut d 4%'],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: ['proof'], message: 'Expected at most 3 proof points, found 4; keep the strongest.' }],
      },
    });
  });
});

describe('InputError', () => {
  test('should name every field with its problem', () => {
    const result = safeBuild('managerPitch', { sender: { name: '', email: 'nope' }, tone: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'sender.name',
      'sender.email',
      'manager.name',
      'company',
      'role',
      'hook',
      'proof',
      'offer',
      'tone',
    ]);
    expect(result.error.issues.find((i) => i.path.join('.') === 'sender.name')!.message).toBe(
      'Expected your name, found an empty value.',
    );
    expect(result.error.issues.find((i) => i.path.join('.') === 'company')!.message).toBe(
      'Expected company, found nothing.',
    );
    expect(result.error.message).toMatch(/^`sender\.name`: Expected your name, found an empty value\.\n/);
  });

  test('should say every message in one style: what was expected, then what was found', () => {
    // A missing group is reported as its missing fields, in the same words as any other field.
    const result = safeBuild('managerPitch', { sender: { name: 'Ana Ruiz', email: 'ana@example.com' } });
    if (result.ok) throw new Error('expected issues');
    const messages = Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages['manager.name']).toBe("Expected manager's name, found nothing.");
    expect(messages.company).toBe('Expected company, found nothing.');
    for (const message of Object.values(messages)) {
      expect(message).toMatch(/^Expected [^\n]+\.$/);
      expect(message).not.toMatch(/undefined|null|found (?:string|number|object|boolean)\b/);
    }
    // A value of the wrong kind names what it is, as a person would.
    const wrong = safeBuild('managerPitch', { sender: 'Ana', manager: ['Sam'], company: 7, proof: 'x' });
    if (wrong.ok) throw new Error('expected issues');
    expect(Object.fromEntries(wrong.error.issues.map((i) => [i.path.join('.'), i.message]))).toMatchObject({
      sender: 'Expected `sender` to be an object, found text.',
      manager: 'Expected `manager` to be an object, found a list.',
      company: 'Expected company as text, found a number.',
      proof: 'Expected `proof` as a list of 1–3 results, found text.',
    });
    // The caller's input is left as it was.
    const input = { sender: { name: 'Ana Ruiz', email: 'ana@example.com' } };
    safeBuild('managerPitch', input);
    expect(input).toEqual({ sender: { name: 'Ana Ruiz', email: 'ana@example.com' } });
  });

  test('should refuse input that is not an object', () => {
    for (const input of [null, 'text', 42, []]) {
      expect(safeBuild('managerPitch', input)).toMatchObject({
        ok: false,
        error: {
          issues: [
            {
              path: [],
              message: expect.stringMatching(/^Expected the input of `managerPitch` to be an object/) as string,
            },
          ],
        },
      });
    }
  });

  test('should refuse an unknown kind', () => {
    expect(() => build('pitch' as never, pitchInput as never)).toThrow(InputError);
    expect(() => fields('pitch' as never)).toThrow(/Expected `kind` to be one of managerPitch/);
  });

  test('should refuse a call script without a phone number', () => {
    const { phone: _phone, ...sender } = pitchInput.sender;
    expect(safeBuild('callScript', { ...pitchInput, sender })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['sender', 'phone'] }] },
    });
  });

  test('should refuse blame of the screening in a field', () => {
    const result = safeBuild('managerPitch', { ...pitchInput, hook: 'your recruiter unfairly screened me out' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: ['hook'], message: expect.stringMatching(/will not draft a message that blames HR/) as string },
        ],
      },
    });
  });

  test('isInputError should work across realms and reject look-alikes', () => {
    const foreign: unknown = runInNewContext('({ name: "InputError", issues: [], message: "x" })');
    expect(isInputError(foreign)).toBe(true);
    expect(isInputError(new InputError([{ path: ['a'], message: 'b' }]))).toBe(true);
    expect(isInputError(new Error('x'))).toBe(false);
    expect(isInputError({ name: 'InputError' })).toBe(false);
    expect(isInputError(null)).toBe(false);
  });

  test('safeBuild should rethrow what is not an input error', () => {
    const input = { ...pitchInput };
    Object.defineProperty(input, 'company', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(() => safeBuild('managerPitch', input)).toThrow('boom');
  });
});

describe('schemas', () => {
  test('should apply defaults and trim values', () => {
    const parsed = schemas.managerPitch.parse({ ...pitchInput, company: '  Acme  ', hook: ' a \n  b ' });
    expect(parsed).toMatchObject({ tone: 'warm', company: 'Acme', hook: 'a b' });
  });
});

describe('fields', () => {
  test('should describe the form of a pitch from the schema metadata', () => {
    const form = fields('managerPitch');
    expect(form.map((f) => f.name)).toEqual([
      'sender.name',
      'sender.headline',
      'sender.email',
      'sender.phone',
      'sender.linkedin',
      'manager.name',
      'manager.email',
      'manager.title',
      'company',
      'role',
      'hook',
      'proof',
      'offer',
      'ask.minutes',
      'ask.when',
      'tone',
      'screenedOut',
    ]);
    expect(form.find((f) => f.name === 'sender.email')).toMatchObject({
      type: 'email',
      required: true,
      label: 'Your email',
      group: 'You',
    });
    expect(form.find((f) => f.name === 'proof')).toMatchObject({ type: 'list', maxItems: 3, required: true });
    expect(form.find((f) => f.name === 'tone')).toMatchObject({
      type: 'choice',
      options: ['warm', 'direct', 'formal'],
      default: 'warm',
      required: false,
    });
    expect(form.find((f) => f.name === 'ask.minutes')).toMatchObject({ type: 'number', required: false });
    expect(form.find((f) => f.name === 'hook')).toMatchObject({ type: 'textarea' });
    for (const f of form) expect(f.help.length).toBeGreaterThan(0);
  });
});

describe('inputFromFields', () => {
  test('should nest, split lists and read numbers and yes/no by field type', () => {
    expect(
      inputFromFields('managerPitch', {
        'manager.name': 'Sam Lee',
        proof: 'Cut costs 30%| Won the award |',
        'ask.minutes': '20',
        screenedOut: 'yes',
        company: '  ',
      }),
    ).toEqual({
      sender: {},
      manager: { name: 'Sam Lee' },
      proof: ['Cut costs 30%', 'Won the award'],
      ask: { minutes: 20 },
      screenedOut: true,
    });
  });

  test('should report a missing field as itself, and pass unreadable values to the schema', () => {
    const result = safeBuild('managerPitch', inputFromFields('managerPitch', { 'ask.minutes': 'soon' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('sender.name');
    expect(paths).toContain('manager.name');
    expect(paths).toContain('ask.minutes');
  });
});

describe('sender profiles', () => {
  test('keep only the sender’s own details and up to three proof points', () => {
    const profile = profileFromFields({
      'sender.name': ' Alex ',
      'sender.headline': 'ICU charge nurse at Mercy West ',
      'sender.email': 'alex@example.com',
      'manager.name': 'Sam',
      proof: ['a 1%', '', 'b 2%', 'c 3%', 'd 4%'],
    });
    expect(profile).toEqual({
      name: 'Alex',
      headline: 'ICU charge nurse at Mercy West',
      email: 'alex@example.com',
      proof: ['a 1%', 'b 2%', 'c 3%'],
    });
    expect(fieldsFromProfile(profile)).toEqual({
      'sender.name': 'Alex',
      'sender.headline': 'ICU charge nurse at Mercy West',
      'sender.email': 'alex@example.com',
      proof: ['a 1%', 'b 2%', 'c 3%'],
    });
  });

  test('ignore malformed stored profiles', () => {
    expect(fieldsFromProfile(null)).toEqual({});
    expect(fieldsFromProfile({ name: 42, proof: 'x', email: 'a@b.example' })).toEqual({
      'sender.email': 'a@b.example',
    });
  });
});
