/** The add-on's settings, all from the environment (see docs/gmail.md). */
export interface Config {
  /** The public HTTPS URL Google calls for every action; also the audience of its ID tokens. */
  endpointUrl: string;
  /** The add-on's service account (from `gcloud workspace-add-ons get-authorization`). */
  serviceAccountEmail: string;
  /**
   * The add-on's OAuth client id (also from `get-authorization`): the audience of the user ID
   * token. Without it no user is identified and no details are remembered.
   */
  oauthClientId: string | undefined;
  /** Where the SQLite profile store lives (used when `databaseUrl` is not set). */
  profileDb: string;
  /** A PostgreSQL connection string: profiles are kept there instead of SQLite (many instances). */
  databaseUrl: string | undefined;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The add-on's name and logo, for deployment.json and the card header. */
  name: string;
  logoUrl: string;
  /**
   * The Gmail API's root, where the contextual trigger reads the open message
   * (`https://gmail.googleapis.com/`; tests point it at a local stand-in).
   */
  gmailApiUrl: string;
  /** Where the add-on's own server listens. */
  host: string;
  port: number;
}

/** A missing or invalid setting: the message names every variable at fault, one per line. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
  constructor(
    /** Each problem, one sentence naming its variable. */
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
  }
}

/** Every variable, with its default when it has one, for docs and errors. */
export const variables = {
  ENDPOINT_URL: {
    required: true,
    help: 'Public HTTPS URL Google calls (also the token audience), e.g. https://sidedoor-xyz.a.run.app/',
  },
  SERVICE_ACCOUNT_EMAIL: {
    required: true,
    help: "The add-on's service account: gcloud workspace-add-ons get-authorization",
  },
  OAUTH_CLIENT_ID: {
    required: false,
    help: "The add-on's OAuth client id (audience of the user ID token), from the same command; without it no details are remembered",
  },
  PROFILE_DB: { required: false, default: './data/profiles.sqlite', help: 'SQLite file for saved user details' },
  DATABASE_URL: {
    required: false,
    help: 'postgres://… connection string: saved details in PostgreSQL (Cloud SQL), for several instances',
  },
  MAX_BODY_BYTES: { required: false, default: '262144', help: 'Largest request body accepted; larger ones get 413' },
  ADDON_NAME: { required: false, default: 'sidedoor', help: 'Name shown in Gmail' },
  LOGO_URL: {
    required: false,
    default: 'https://www.gstatic.com/images/icons/material/system/1x/mail_outline_black_24dp.png',
    help: 'HTTPS logo shown in Gmail',
  },
  GMAIL_API_URL: {
    required: false,
    default: 'https://gmail.googleapis.com/',
    help: 'Root of the Gmail API the opened-message trigger reads from (http://localhost only for local tests)',
  },
  PORT: { required: false, default: '8080', help: 'Port the server listens on' },
  HOST: {
    required: false,
    help: 'Interface the server listens on: 127.0.0.1 by default, 0.0.0.0 on Cloud Run (K_SERVICE set)',
  },
} as const;

/**
 * Reads the configuration, refusing to start when a required variable is missing or a value is
 * invalid. Every problem is reported at once, so one run names everything to fix.
 *
 * @throws {ConfigError} naming each variable at fault.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const missing: string[] = [];
  const get = (name: keyof typeof variables): string => {
    const spec = variables[name];
    const value = env[name]?.trim();
    if (value) return value;
    if ('default' in spec) return spec.default;
    if (spec.required) missing.push(`${name}: ${spec.help}.`);
    return '';
  };
  const endpointUrl = get('ENDPOINT_URL');
  if (
    endpointUrl !== '' &&
    !/^https:\/\/\S+$/.test(endpointUrl) &&
    !/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(endpointUrl)
  ) {
    problems.push(
      `ENDPOINT_URL must be an https:// URL (http://localhost only for local tests), found "${endpointUrl}".`,
    );
  }
  const serviceAccountEmail = get('SERVICE_ACCOUNT_EMAIL');
  if (serviceAccountEmail !== '' && !/^[^\s@]+@[^\s@][^\s.@]*\.[^\s@]+$/.test(serviceAccountEmail))
    problems.push(`SERVICE_ACCOUNT_EMAIL is not an email address: "${serviceAccountEmail}".`);
  const maxBodyBytes = Number(get('MAX_BODY_BYTES'));
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024)
    problems.push(`MAX_BODY_BYTES must be a whole number of at least 1024, found "${env.MAX_BODY_BYTES}".`);
  const logoUrl = get('LOGO_URL');
  if (!logoUrl.startsWith('https://')) problems.push(`LOGO_URL must be an https:// URL, found "${logoUrl}".`);
  const gmailApiUrl = get('GMAIL_API_URL');
  if (!/^https:\/\/\S+\/$/.test(gmailApiUrl) && !/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\/$/.test(gmailApiUrl))
    problems.push(
      `GMAIL_API_URL must be an https:// URL ending in / (http://localhost only for local tests), found "${gmailApiUrl}".`,
    );
  const databaseUrl = get('DATABASE_URL') || undefined;
  if (databaseUrl !== undefined && !/^postgres(?:ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// connection string.');
  const port = Number(get('PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number, found "${env.PORT}".`);
  const all = [...missing.map((m) => `Missing ${m}`), ...problems];
  if (all.length > 0) throw new ConfigError(all);
  return {
    endpointUrl,
    serviceAccountEmail,
    oauthClientId: get('OAUTH_CLIENT_ID') || undefined,
    profileDb: get('PROFILE_DB'),
    databaseUrl,
    maxBodyBytes,
    name: get('ADDON_NAME'),
    logoUrl,
    gmailApiUrl,
    host: get('HOST') || (env.K_SERVICE ? '0.0.0.0' : '127.0.0.1'),
    port,
  };
}
