import { generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Config } from '../src/config';
import { keepBodiesFromFramework } from '../src/framework';
import { createHandler, type HandlerDeps } from '../src/handler';
import { startServer } from '../src/server';
import type { Profile, ProfileStore } from '../src/store';
import { Verifier } from '../src/verify';

export const endpointUrl = 'https://sidedoor.example.run.app/';
export const serviceAccount = 'service-123@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
export const clientId = '1234-abc.apps.googleusercontent.com';

export const config: Config = {
  endpointUrl,
  serviceAccountEmail: serviceAccount,
  oauthClientId: clientId,
  profileDb: ':memory:',
  databaseUrl: undefined,
  maxBodyBytes: 64 * 1024,
  name: 'sidedoor',
  logoUrl: 'https://www.example.com/logo.png',
  gmailApiUrl: 'http://127.0.0.1:9/',
  host: '127.0.0.1',
  port: 0,
};

/** The public half of the local signing key, as PEM (for child processes that verify tokens). */
export const publicPem = (): string => publicKey.export({ type: 'spki', format: 'pem' }).toString();

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = 'test-key-1';

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Signs an RS256 JWT with the local key (or another key, to forge one). */
export function token(
  payload: Record<string, unknown>,
  options: { alg?: string; forged?: boolean; kid?: string } = {},
): string {
  const header = { alg: options.alg ?? 'RS256', typ: 'JWT', kid: options.kid ?? kid };
  const now = Math.floor(Date.now() / 1000);
  const body = { iss: 'https://accounts.google.com', iat: now - 10, exp: now + 3600, ...payload };
  const signed = `${b64(header)}.${b64(body)}`;
  if (options.alg === 'none') return `${signed}.`;
  const signature = rsaSign('RSA-SHA256', Buffer.from(signed), options.forged ? other.privateKey : privateKey).toString(
    'base64url',
  );
  return `${signed}.${signature}`;
}

/** A system ID token as Google sends it for this add-on. */
export const systemToken = (extra: Record<string, unknown> = {}) =>
  token({ aud: endpointUrl, email: serviceAccount, email_verified: true, sub: '1000', ...extra });

/** A user ID token for a Google account. */
export const userToken = (sub: string, extra: Record<string, unknown> = {}) =>
  token({ aud: clientId, sub, email: `${sub}@example.com`, ...extra });

/** A verifier whose certificate fetch is stubbed with the local public key. */
export function testVerifier(): Verifier {
  const verifier = new Verifier(config);
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  (
    verifier.client as unknown as { getFederatedSignonCertsAsync: () => Promise<unknown> }
  ).getFederatedSignonCertsAsync = () => Promise.resolve({ certs: { [kid]: pem }, format: 'PEM' });
  return verifier;
}

/** A store in memory, for tests that do not need a database. */
export class MemoryStore implements ProfileStore {
  readonly map = new Map<string, Profile>();
  get(sub: string) {
    return Promise.resolve(this.map.get(sub));
  }
  put(sub: string, profile: Profile) {
    this.map.set(sub, profile);
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

let counter = 0;

/** How the handler is served: the add-on's own server (production), or under functions-framework. */
export type Host = 'own server' | 'functions-framework';

/** Both ways the add-on runs. */
export const hosts: Host[] = ['own server', 'functions-framework'];

/** A served handler, with the lines it logged. */
export interface Served {
  url: string;
  logged: string[];
  close: () => Promise<void>;
}

/**
 * The handler on a loopback port, with stubbed certificates: on the add-on's own server
 * (`startServer`), or registered with functions-framework and served in process
 * (`getTestServer`), with the framework's body parsing kept off as src/index.ts does.
 */
export async function serve(
  store: ProfileStore = new MemoryStore(),
  overrides: Partial<Config> = {},
  options: { host?: Host } & Partial<Pick<HandlerDeps, 'storeWaitMs' | 'gmailTimeoutMs' | 'maxMessageBytes'>> = {},
): Promise<Served> {
  const logged: string[] = [];
  const deps = {
    store,
    verifier: testVerifier(),
    log: (line: string) => logged.push(line),
    ...(options.storeWaitMs === undefined ? {} : { storeWaitMs: options.storeWaitMs }),
    ...(options.gmailTimeoutMs === undefined ? {} : { gmailTimeoutMs: options.gmailTimeoutMs }),
    ...(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes }),
  };
  const full = { ...config, ...overrides };
  if ((options.host ?? 'own server') === 'own server') {
    const running = await startServer(full, deps);
    // The store belongs to the test: closing the server must not close it.
    return {
      url: running.url,
      logged,
      close: () => new Promise((resolve) => running.server.close(() => resolve())),
    };
  }
  // As deployed: the framework's own error pages carry no stack.
  process.env.NODE_ENV = 'production';
  const name = `sidedoor-test-${++counter}`;
  const handler = createHandler({ config: full, ...deps });
  functions.http(name, (req, res) => void handler(req, res));
  const server: Server = getTestServer(name);
  keepBodiesFromFramework(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    logged,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** JSON as the tests read it. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Posts an event the way Google does. */
export async function post(
  url: string,
  body: unknown,
  authorization: string | null = `Bearer ${systemToken()}`,
): Promise<{ status: number; json: Json }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Json };
}

export const allScopes = [
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  'https://www.googleapis.com/auth/userinfo.email',
];

/** A compose event: form inputs by widget name, the clicked action's parameters, the draft's recipients. */
export function event(
  options: {
    inputs?: Record<string, string>;
    parameters?: Record<string, string>;
    sub?: string;
    to?: string[];
    scopes?: string[];
  } = {},
) {
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      ...(options.inputs === undefined
        ? {}
        : {
            formInputs: Object.fromEntries(
              Object.entries(options.inputs).map(([k, v]) => [k, { stringInputs: { value: [v] } }]),
            ),
          }),
      ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    },
    authorizationEventObject: {
      userOAuthToken: 'ya29.user',
      systemIdToken: 'unused-here',
      ...(options.sub === undefined ? {} : { userIdToken: userToken(options.sub) }),
      authorizedScopes: options.scopes ?? allScopes,
    },
    gmail: { toRecipients: options.to ?? [] },
  };
}

/** Form inputs of a complete manager pitch, by widget name. */
export const pitchInputs: Record<string, string> = {
  sender__name: 'Alex Rivera',
  sender__email: 'alex@example.com',
  manager__name: 'Sam Lee',
  manager__email: 'sam.lee@acme.example',
  company: 'Acme',
  role: 'Senior Payments Engineer',
  hook: 'your team is rebuilding checkout ahead of the launch in Germany',
  proof__0: 'Cut checkout latency by 40% at Globex',
  offer: 'bring the same playbook to your checkout',
  setSubject: 'true',
};
