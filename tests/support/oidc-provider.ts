import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID Provider for the tests: node-oidc-provider (certified by the OpenID Foundation) on a loopback port,
// with its development login and consent pages (any login name and password are accepted). Each account's claims
// come from `accounts`; unknown names get the bare minimum (sub and name).

export interface TestAccount {
  name: string;
  preferred_username?: string;
  email?: string;
  roles?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** Starts the provider for one client whose only redirect URI is `redirectUri`. */
export async function startOidcProvider(
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  let handler: ((request: never, response: never) => void) | null = null;
  const server: Server = createServer((request, response) => handler?.(request as never, response as never));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'regiongraf-test';
  const clientSecret = 'a-test-secret-that-is-long-enough-for-hs256';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'], roles: ['roles'] },
    scopes: ['openid', 'profile', 'email', 'roles'],
    // Put the scopes' claims into the ID token, as Entra ID does (Regiongraf reads the ID token only).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['test-cookie-key'] },
    async findAccount(_context, sub) {
      const account = accounts[sub] ?? { name: sub };
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });
  handler = provider.callback() as never;
  return {
    issuer,
    clientId,
    clientSecret,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
