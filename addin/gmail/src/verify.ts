import { OAuth2Client } from 'google-auth-library';
import type { Config } from './config.js';
import { AddonError } from './errors.js';

/** Who is calling: the verified Google account's stable id, when a user ID token came along. */
export interface Caller {
  sub: string | undefined;
  email: string | undefined;
}

/**
 * Verifies Google's tokens on every request. The system ID token (Authorization header) must be
 * signed by Google, unexpired, issued by accounts.google.com, for the exact endpoint URL, and
 * carry the add-on's service-account email, verified. The user ID token, when present, must be
 * for the add-on's OAuth client; its `sub` keys the user's saved details (without
 * `OAUTH_CLIENT_ID` nobody is identified and nothing is saved).
 */
export class Verifier {
  constructor(
    private readonly config: Config,
    /** The client whose certificate cache is shared by every request; tests pass one with stubbed certificates. */
    readonly client: OAuth2Client = new OAuth2Client(),
  ) {}

  async system(authorization: string | undefined): Promise<void> {
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(authorization ?? '');
    if (match === null) throw new AddonError('unauthenticated', 'Missing or malformed Authorization header.');
    let payload;
    try {
      const ticket = await this.client.verifyIdToken({ idToken: match[1]!, audience: this.config.endpointUrl });
      payload = ticket.getPayload();
    } catch {
      throw new AddonError('unauthenticated', 'The request is not signed by Google for this add-on.');
    }
    if (payload?.email !== this.config.serviceAccountEmail || payload.email_verified !== true) {
      throw new AddonError('unauthenticated', 'The request does not come from this add-on.');
    }
  }

  async user(idToken: unknown): Promise<Caller> {
    const audience = this.config.oauthClientId;
    // Without the client id no user token can be checked: the caller stays anonymous.
    if (typeof idToken !== 'string' || idToken === '' || audience === undefined)
      return { sub: undefined, email: undefined };
    try {
      const payload = (await this.client.verifyIdToken({ idToken, audience })).getPayload();
      return { sub: payload?.sub, email: payload?.email };
    } catch {
      throw new AddonError('unauthenticated', 'The user ID token is not valid for this add-on.');
    }
  }
}
