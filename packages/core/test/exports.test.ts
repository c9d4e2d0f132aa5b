import * as core from '@sidedoor/core';

describe('public surface', () => {
  test('should export exactly the documented names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'InputError',
      'MAILTO_MAX_LENGTH',
      'MAX_CHECK_LENGTH',
      'MAX_EXPORT_BYTES',
      'MAX_LETTER_LENGTH',
      'OUTREACH_CONFIDENCE',
      'PROOF_HELP',
      'applyFix',
      'build',
      'builders',
      'callScript',
      'check',
      'companyKey',
      'defaultThresholds',
      'fieldMeta',
      'fields',
      'fieldsFromProfile',
      'followUp',
      'formatReport',
      'forwardableBlurb',
      'helps',
      'inputFromFields',
      'introPrefill',
      'introRequest',
      'isConcrete',
      'isEmailAddress',
      'isInputError',
      'isKind',
      'kindLabel',
      'kindName',
      'kinds',
      'linkedinNote',
      'mailtoUrl',
      'managerPitch',
      'matchCompany',
      'outreachKind',
      'parseConnections',
      'parseKind',
      'parseMessages',
      'prefillFields',
      'profileFromFields',
      'profileKey',
      'rankContacts',
      'readRejection',
      'rules',
      'safeBuild',
      'schemas',
      'thankYou',
      'tiesFromMessages',
      'tones',
    ]);
  });

  test('should have a builder and a schema for every kind', () => {
    expect(Object.keys(core.builders).sort()).toEqual([...core.kinds].sort());
    expect(Object.keys(core.schemas).sort()).toEqual([...core.kinds].sort());
  });
});
