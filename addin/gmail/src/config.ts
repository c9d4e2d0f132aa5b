/** The add-on's settings, all from the environment (see docs/gmail.md). */
export interface Config {
  /** The public HTTPS URL Google calls for every action; also the audience of its ID tokens. */
  endpointUrl: string;
  /** The add-on's service account (from `gcloud workspace-add-ons get-authorization`). */
  serviceAccountEmail: string;
  /** The OAuth client id of the deployment: the audience of the user ID token. */
  oauthClientId: string;
  /** Where the SQLite profile store lives. */
  profileDb: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The add-on's name and logo, for deployment.json and the card header. */
  name: string;
  logoUrl: string;
}

/** A missing or invalid setting: the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
}

/** Every variable, with its default when it has one, for docs and errors. */
export const variables = {
  ENDPOINT_URL: {
    required: true,
    help: 'Public HTTPS URL Google calls (also the token audience), e.g. https://sidedoor-xyz.a.run.app/',
  },
  SERVICE_ACCOUNT_EMAIL: {
    required: true,
    help: 'The add-on service account: gcloud workspace-add-ons get-authorization',
  },
  OAUTH_CLIENT_ID: { required: true, help: "The deployment's OAuth client id (audience of the user ID token)" },
  PROFILE_DB: { required: false, default: './data/profiles.sqlite', help: 'SQLite file for saved user details' },
  MAX_BODY_BYTES: { required: false, default: '262144', help: 'Largest request body accepted; larger ones get 413' },
  ADDON_NAME: { required: false, default: 'sidedoor', help: 'Name shown in Gmail' },
  LOGO_URL: {
    required: false,
    default: 'https://www.gstatic.com/images/icons/material/system/1x/mail_outline_black_24dp.png',
    help: 'HTTPS logo shown in Gmail',
  },
} as const;

/**
 * Reads the configuration, refusing to start when a required variable is missing or invalid.
 *
 * @throws {ConfigError} naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const get = (name: keyof typeof variables): string => {
    const spec = variables[name];
    const value = env[name]?.trim();
    if (value) return value;
    if ('default' in spec) return spec.default;
    throw new ConfigError(`Missing ${name}: ${spec.help}.`);
  };
  const endpointUrl = get('ENDPOINT_URL');
  if (!/^https:\/\/\S+$/.test(endpointUrl) && !/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(endpointUrl)) {
    throw new ConfigError(
      `ENDPOINT_URL must be an https:// URL (http://localhost only for local tests), found "${endpointUrl}".`,
    );
  }
  const serviceAccountEmail = get('SERVICE_ACCOUNT_EMAIL');
  if (!/^[^\s@]+@[^\s@][^\s.@]*\.[^\s@]+$/.test(serviceAccountEmail))
    throw new ConfigError(`SERVICE_ACCOUNT_EMAIL is not an email address: "${serviceAccountEmail}".`);
  const maxBodyBytes = Number(get('MAX_BODY_BYTES'));
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024)
    throw new ConfigError(`MAX_BODY_BYTES must be a whole number of at least 1024, found "${env.MAX_BODY_BYTES}".`);
  const logoUrl = get('LOGO_URL');
  if (!logoUrl.startsWith('https://')) throw new ConfigError(`LOGO_URL must be an https:// URL, found "${logoUrl}".`);
  return {
    endpointUrl,
    serviceAccountEmail,
    oauthClientId: get('OAUTH_CLIENT_ID'),
    profileDb: get('PROFILE_DB'),
    maxBodyBytes,
    name: get('ADDON_NAME'),
    logoUrl,
  };
}
