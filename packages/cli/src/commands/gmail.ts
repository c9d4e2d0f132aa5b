import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { safeBuild } from '@sidedoor/core';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import {
  CredentialsError,
  credentialsPath,
  loadCredentials,
  saveCredentials,
  type GmailCredentials,
} from '../config.js';
import { type Io, UsageError } from '../errors.js';
import { readJson } from '../io.js';
import { parseKind } from '../kinds.js';

export const help = `Usage: sidedoor gmail <login | draft> [options]

  sidedoor gmail login [--client-secret client_secret.json] [--port N]
      Signs in to Gmail with Google's installed-app flow: opens a page on a loopback port,
      prints the address to visit, and stores the token in your config folder
      (~/.config/sidedoor/gmail.json, readable by you only). The OAuth client comes from the
      JSON file Google Cloud gives you for a Desktop app, or from SIDEDOOR_GOOGLE_CLIENT_ID and
      SIDEDOOR_GOOGLE_CLIENT_SECRET. Scope: gmail.compose (create drafts; nothing is sent).

  sidedoor gmail draft <kind> --in file.json
      Drafts the message and saves it as a Gmail draft; prints the draft id.

Options:
  --root-url <url>   Gmail API base URL (default https://gmail.googleapis.com/; for tests)
  -h, --help         show this help

Examples:
  sidedoor gmail login --client-secret ~/Downloads/client_secret.json
  sidedoor gmail draft manager-pitch --in examples/data/pitch.json`;

const SCOPE = 'https://www.googleapis.com/auth/gmail.compose';

/** An OAuth client, pointed at other endpoints when the environment says so (tests, proxies). */
export function oauthClient(clientId: string, clientSecret: string, io: Io, redirectUri?: string): OAuth2Client {
  const endpoints = {
    ...(io.env.SIDEDOOR_GOOGLE_AUTH_URL === undefined ? {} : { oauth2AuthBaseUrl: io.env.SIDEDOOR_GOOGLE_AUTH_URL }),
    ...(io.env.SIDEDOOR_GOOGLE_TOKEN_URL === undefined ? {} : { oauth2TokenUrl: io.env.SIDEDOOR_GOOGLE_TOKEN_URL }),
  };
  // An access token Gmail refuses before its stored expiry (revoked, a skewed clock) is refreshed
  // once and the request retried, as one that reached its expiry is.
  return new OAuth2Client({
    clientId,
    clientSecret,
    ...(redirectUri === undefined ? {} : { redirectUri }),
    endpoints,
    forceRefreshOnFailure: true,
  });
}

async function clientSecrets(file: string | undefined, io: Io): Promise<{ clientId: string; clientSecret: string }> {
  if (file !== undefined) {
    const json = (await readJson(file, io)) as { installed?: { client_id?: string; client_secret?: string } };
    const installed = json.installed;
    if (!installed?.client_id || !installed.client_secret) {
      throw new UsageError(`${file}: expected the "installed" client JSON of a Desktop app from Google Cloud.`);
    }
    return { clientId: installed.client_id, clientSecret: installed.client_secret };
  }
  const clientId = io.env.SIDEDOOR_GOOGLE_CLIENT_ID;
  const clientSecret = io.env.SIDEDOOR_GOOGLE_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new UsageError(
      'No OAuth client: pass --client-secret client_secret.json, or set SIDEDOOR_GOOGLE_CLIENT_ID and SIDEDOOR_GOOGLE_CLIENT_SECRET.',
    );
  }
  return { clientId, clientSecret };
}

async function login(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { 'client-secret': { type: 'string' }, port: { type: 'string' } } });
  const { clientId, clientSecret } = await clientSecrets(values['client-secret'], io);
  const state = randomBytes(16).toString('hex');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(Number(values.port ?? 0), '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = oauthClient(clientId, clientSecret, io, redirectUri);
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    scope: [SCOPE],
    state,
    code_challenge: codeChallenge!,
    code_challenge_method: CodeChallengeMethod.S256,
  });
  io.stdout.write(
    `Open this address in your browser and allow sidedoor to create Gmail drafts:\n\n  ${url}\n\nWaiting for Google to send you back here…\n`,
  );
  const code = await new Promise<string>((resolve, reject) => {
    server.on('request', (req, res) => {
      const params = new URL(req.url ?? '/', redirectUri).searchParams;
      if (params.get('state') !== state) {
        res
          .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
          .end('This sign-in link is not the one sidedoor started.');
        return;
      }
      const error = params.get('error');
      const value = params.get('code');
      const page = (status: number, text: string) =>
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
      if (error) {
        page(200, `Sign-in failed: ${error}. You can close this tab.`);
        reject(new Error(`Google refused the sign-in (${error}): run \`sidedoor gmail login\` again.`));
      } else if (!value) {
        page(400, 'Google sent no sign-in code. Run `sidedoor gmail login` again in the terminal.');
        reject(new Error('Google sent the browser back without a sign-in code: run `sidedoor gmail login` again.'));
      } else {
        page(200, 'Signed in. You can close this tab and go back to the terminal.');
        resolve(value);
      }
    });
  }).finally(() => {
    server.closeAllConnections();
    server.close();
  });
  const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
  const credentials: GmailCredentials = { clientId, clientSecret, tokens };
  const file = saveCredentials(credentials, io);
  io.stdout.write(`Signed in. Token saved to ${file} (readable by you only).\n`);
  return 0;
}

/**
 * An authorised client from the stored credentials. A token due for refresh is refreshed now, so
 * that a sign-in that cannot be refreshed or saved stops the command before it drafts anything;
 * tokens refreshed later are saved back too, and a failure to save them is handed to
 * `onSaveFailure` (a batch stops) — never left as an unhandled rejection.
 *
 * @throws {UsageError} when not signed in; {@link CredentialsError} naming the file otherwise.
 */
export async function storedAuth(io: Io, onSaveFailure?: (error: CredentialsError) => void): Promise<OAuth2Client> {
  const credentials = loadCredentials(io);
  if (credentials === undefined) throw new UsageError('Not signed in to Gmail: run "sidedoor gmail login" first.');
  const client = oauthClient(credentials.clientId, credentials.clientSecret, io);
  client.setCredentials(credentials.tokens);
  let failure: CredentialsError | undefined;
  client.on('tokens', (tokens) => {
    credentials.tokens = { ...credentials.tokens, ...tokens };
    try {
      saveCredentials(credentials, io, 'the refreshed Gmail token');
    } catch (error) {
      failure = error as CredentialsError;
      onSaveFailure?.(failure);
    }
  });
  const expiry = credentials.tokens.expiry_date;
  if (!credentials.tokens.access_token || (typeof expiry === 'number' && expiry < Date.now() + 5 * 60_000)) {
    try {
      await client.getAccessToken();
    } catch (error) {
      throw new CredentialsError(
        `Could not refresh the Gmail sign-in stored in ${credentialsPath(io)} (${error instanceof Error ? error.message : String(error)}): run \`sidedoor gmail login\` again.`,
      );
    }
    if (failure !== undefined) throw failure;
  }
  return client;
}

async function draft(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { in: { type: 'string' }, 'root-url': { type: 'string' } },
  });
  const kind = parseKind(positionals[0]);
  if (values.in === undefined) throw new UsageError('Missing --in file.json.');
  const input = await readJson(values.in, io);
  const result = safeBuild(kind, input);
  if (!result.ok) {
    for (const issue of result.error.issues)
      io.stderr.write(`${values.in}: ${issue.path.join('.') || '(input)'}: ${issue.message}\n`);
    return 2;
  }
  const { createGmailDraft } = await import('@sidedoor/mail');
  const sender = (input as { sender: { name: string; email: string } }).sender;
  const rootUrl = values['root-url'] ?? io.env.SIDEDOOR_GMAIL_ROOT_URL;
  let saveFailure: CredentialsError | undefined;
  const auth = await storedAuth(io, (error) => (saveFailure = error));
  const id = await createGmailDraft(result.draft, {
    auth,
    from: { name: sender.name, email: sender.email },
    ...(rootUrl === undefined ? {} : { rootUrl }),
  });
  io.stdout.write(
    `Created Gmail draft ${id}${result.draft.report.ready ? '' : ' (its check report has errors: run sidedoor draft to see them)'}\n`,
  );
  if (saveFailure !== undefined) throw saveFailure;
  return 0;
}

/** `sidedoor gmail`. */
export async function run(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${help}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'login') return login(rest, io);
  if (sub === 'draft') return draft(rest, io);
  throw new UsageError(`Unknown gmail command "${sub}": expected login or draft.`);
}
