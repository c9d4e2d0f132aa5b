// Validates a unified manifest against Microsoft's schema for its version, read from the npm
// package @microsoft/app-manifest (never fetched), with Microsoft's own validator.
// Usage: node scripts/validate-unified.mjs manifest.json — prints the errors as JSON, exit 1 if any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');

/** The schema file for a manifest's `$schema` URL, from the package, with Microsoft's fix for its `\a`/`\v` escapes. */
export function schemaFor(manifest) {
  const version = /\/teams\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? '')?.[1];
  if (version === undefined)
    throw new Error(
      `Expected $schema to name a MicrosoftTeams.schema.json version, found ${JSON.stringify(manifest.$schema)}.`,
    );
  const pkg = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const raw = readFileSync(join(pkg, 'build', 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json'), 'utf8');
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** Microsoft's schema errors for a manifest (an empty list when it is valid). */
export function validateUnified(manifest) {
  return AppManifestUtils.validateAgainstSchema(manifest, schemaFor(manifest));
}

if (process.argv[1] === import.meta.filename) {
  const errors = await validateUnified(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  console.log(JSON.stringify(errors));
  process.exitCode = errors.length === 0 ? 0 : 1;
}
