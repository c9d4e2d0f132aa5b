import { unifiedManifestSchema, unifiedManifestVersions, validateUnifiedManifest } from './unified-manifest';

/** A small unified manifest for a compose add-in with one button, written for this test. */
const manifest = {
  $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
  id: '6f7c2d1e-4b3a-4e59-9d1c-5a8b7e6f4c3d',
  manifestVersion: '1.17',
  version: '0.1.0',
  name: { short: 'sidedoor', full: 'sidedoor for Outlook' },
  description: {
    short: 'Draft a short note to the hiring manager.',
    full: 'Drafts a short message to the hiring manager who owns a job and checks what you wrote.',
  },
  developer: {
    name: 'sidedoor',
    websiteUrl: 'https://sidedoor.example.com',
    privacyUrl: 'https://sidedoor.example.com/privacy',
    termsOfUseUrl: 'https://sidedoor.example.com/terms',
  },
  icons: { outline: 'assets/icon-32.png', color: 'assets/icon-128.png' },
  accentColor: '#1F4E79',
  authorization: { permissions: { resourceSpecific: [{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }] } },
  validDomains: ['sidedoor.example.com'],
  extensions: [
    {
      requirements: { scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.3' }] },
      runtimes: [
        {
          id: 'Pane',
          type: 'general',
          code: { page: 'https://sidedoor.example.com/taskpane.html' },
          lifetime: 'short',
          actions: [{ id: 'ShowPane', type: 'openPage', view: 'dashboard' }],
        },
      ],
    },
  ],
};

describe('the unified manifest schemas from @microsoft/app-manifest', () => {
  test('are there for the versions Outlook add-ins use', () => {
    expect(unifiedManifestVersions()).toEqual(expect.arrayContaining(['1.17', '1.24', 'devPreview']));
    expect(unifiedManifestSchema('1.17')).toHaveProperty('$schema', 'http://json-schema.org/draft-04/schema#');
  });

  test('a valid manifest passes, under 1.17 and under the newest version', () => {
    expect(validateUnifiedManifest(manifest)).toEqual([]);
    const newest = unifiedManifestVersions()
      .filter((v) => /^1\.\d+$/.test(v))
      .sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)))
      .at(-1)!;
    expect(Number(newest.slice(2))).toBeGreaterThan(17);
    expect(validateUnifiedManifest({ ...manifest, manifestVersion: newest })).toEqual([]);
  });

  test('a broken manifest fails, naming the place', () => {
    const { developer: _developer, ...withoutDeveloper } = manifest;
    expect(validateUnifiedManifest(withoutDeveloper).join('\n')).toMatch(/developer/);
    expect(validateUnifiedManifest({ ...manifest, accentColor: 'blue' }).join('\n')).toMatch(/^\/accentColor /m);
    expect(validateUnifiedManifest({ ...manifest, extensions: [{ requirements: { scopes: ['fax'] } }] })).not.toEqual(
      [],
    );
    expect(validateUnifiedManifest({ ...manifest, manifestVersion: undefined })).toEqual([
      '/manifestVersion is missing: it picks the schema',
    ]);
    expect(() => validateUnifiedManifest({ ...manifest, manifestVersion: '0.9' })).toThrow(
      /no schema for manifest version "0\.9"; it has .*1\.17/,
    );
  });
});
