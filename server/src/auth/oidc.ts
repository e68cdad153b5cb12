import * as client from 'openid-client';
import type { OidcSettings } from '../config.js';

// OpenID Connect sign-in with openid-client: the authorization code flow with PKCE (S256), state and nonce. The
// provider's metadata is discovered on first use and kept. What the callback must check (the verifier, state and
// nonce) travels in a short-lived HttpOnly cookie of the browser that started (auth/http.ts), so any server
// process can finish a sign-in another one started.

/** What the callback needs to check the provider's answer. */
export interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
  /** A path of this site to go back to afterwards. */
  returnTo: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain HTTP only for a provider on this machine (development, the tests' provider); never across a network.
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    this.configuration ??= client
      .discovery(
        issuer,
        this.settings.clientId,
        undefined,
        client.ClientSecretPost(this.settings.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = null; // try again on the next sign-in
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL and what to remember until the callback. */
  async start(returnTo: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const pending: PendingSignIn = { verifier, state: client.randomState(), nonce: client.randomNonce(), returnTo };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the callback's code for tokens, checks them, and returns the ID token's claims. */
  async finish(query: string, pending: PendingSignIn): Promise<Record<string, unknown>> {
    const configuration = await this.discover();
    // The URL the provider redirected to, as registered (the Host the request came with may differ behind a proxy).
    const current = new URL(this.settings.redirectUri);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider sent no ID token');
    return { ...claims };
  }
}
