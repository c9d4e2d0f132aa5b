/**
 * The unified (JSON) app manifest's schemas, loaded from `@microsoft/app-manifest` (MIT), which
 * ships Microsoft's `MicrosoftTeams.schema.json` for every manifest version; no network.
 *
 * Use: `const problems = validateUnifiedManifest(JSON.parse(readFileSync('manifest.json', 'utf8')))`
 * — an empty list means valid. The version is the manifest's own `manifestVersion`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Where the package keeps `teams/v<version>/MicrosoftTeams.schema.json`. */
const schemaRoot = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** The manifest versions the package has a schema for ("1.17", …, "devPreview"). */
export function unifiedManifestVersions(): string[] {
  return readdirSync(schemaRoot)
    .filter((name) => existsSync(join(schemaRoot, name, 'MicrosoftTeams.schema.json')))
    .map((name) => (name === 'vDevPreview' ? 'devPreview' : name.slice(1)));
}

/**
 * The JSON Schema (draft-04) of one unified manifest version. The escape `\a` (in a pattern),
 * which JavaScript's regular expressions refuse, is replaced by its code point, as Microsoft's
 * own validator does.
 */
export function unifiedManifestSchema(version: string): Record<string, unknown> {
  const folder = version === 'devPreview' ? 'vDevPreview' : `v${version}`;
  const file = join(schemaRoot, folder, 'MicrosoftTeams.schema.json');
  if (!existsSync(file))
    throw new Error(
      `@microsoft/app-manifest has no schema for manifest version "${version}"; it has ${unifiedManifestVersions().join(', ')}.`,
    );
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(text.replaceAll('\\\\a', '\\\\u0007')) as Record<string, unknown>;
}

const compiled = new Map<string, ReturnType<Ajv['compile']>>();

/**
 * Validates a unified manifest against the schema of its `manifestVersion`. Returns one line per
 * problem (`/path message`), or an empty list when the manifest is valid.
 */
export function validateUnifiedManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion is missing: it picks the schema'];
  let validate = compiled.get(version);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(unifiedManifestSchema(version));
    compiled.set(version, validate);
  }
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  );
}
