import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { CLIENT_DIR, startServer, type TestServer } from '../support/server.js';
import { rawRequest } from './raw.js';

// The HTTP layer against hostile and malformed requests: none may crash the server, escape the client folder,
// or be answered with a 500 or a misleading 200.

for (const engine of engines()) {
  describe(`HTTP layer on ${engine.name}`, () => {
    let server: TestServer;
    let folder: string;
    beforeAll(async () => {
      // The built client beside a sibling folder with a secret, as client/dist beside client/dist-old.
      folder = mkdtempSync(join(tmpdir(), 'regiongraf-client-'));
      cpSync(CLIENT_DIR, join(folder, 'dist'), { recursive: true });
      mkdirSync(join(folder, 'dist-old'));
      writeFileSync(join(folder, 'dist-old', 'secret.txt'), 'TOP-SECRET-CONTENT');
      writeFileSync(join(folder, 'dist', 'assets', 'left-over.js.map'), '{"sources":["secret.ts"]}');
      server = await startServer(engine, { clientDir: join(folder, 'dist') });
    });
    afterAll(async () => {
      await server?.stop();
      rmSync(folder, { recursive: true, force: true });
    });

    async function healthy(): Promise<void> {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(200);
    }

    it.each([['a b'], ['['], ['%']])(
      'a Host header of %j is refused with 400 and the server keeps running',
      async (host) => {
        const response = await rawRequest(server.url, `GET /health HTTP/1.1\r\nHost: ${host}`);
        expect(response.status).toBe(400);
        expect(response.body).toContain('BAD_REQUEST');
        await healthy();
      },
    );

    it('an absolute request URL with an impossible port is refused with 400', async () => {
      const response = await rawRequest(server.url, 'GET http://x:99999/ HTTP/1.1\r\nHost: x:99999');
      expect(response.status).toBe(400);
      await healthy();
    });

    it('never serves files from a sibling folder of the client', async () => {
      for (const path of ['/..%2Fdist-old/secret.txt', '/%2e%2e/dist-old/secret.txt', '/../dist-old/secret.txt']) {
        const response = await rawRequest(server.url, `GET ${path} HTTP/1.1\r\nHost: localhost`);
        expect(response.status, path).toBeGreaterThanOrEqual(400);
        expect(response.status, path).toBeLessThan(500);
        expect(response.body, path).not.toContain('TOP-SECRET-CONTENT');
      }
    });

    it('bad percent-encoding is a 400, not a 500', async () => {
      const response = await fetch(`${server.url}/%ff`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('BAD_REQUEST');
    });

    it('unknown assets and API paths are 404; navigations get the client page', async () => {
      expect((await fetch(`${server.url}/assets/no-such-file.js`)).status).toBe(404);
      for (const path of ['/graphql/extra', '/export/nothing.csv', '/export/report/nothing.csv']) {
        expect((await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } })).status, path).toBe(404);
      }
      expect((await fetch(`${server.url}/no/such/page`, { headers: { accept: 'application/json' } })).status).toBe(404);
      expect((await fetch(`${server.url}/favicon.ico`, { headers: { accept: 'text/html' } })).status).toBe(404);
      // A report's address is a page only for a report that exists, like any other client route.
      for (const [path, status] of [
        ['/rapporter/finnes-ikke', 404],
        ['/rapporter/finansiering', 200],
        ['/rapporter/funding', 200],
        ['/rapporter', 200],
      ] as const) {
        const report = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
        expect(report.status, path).toBe(status);
        expect(report.headers.get('content-type'), path).toContain('text/html');
      }
      const page = await fetch(`${server.url}/entity/municipality:froya`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
    });

    it('source maps are not served', async () => {
      expect((await fetch(`${server.url}/assets/left-over.js.map`)).status).toBe(404);
    });

    it('a body over the limit gets 413 PAYLOAD_TOO_LARGE, not a connection reset', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_200_000) }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
      await healthy();
    });

    it('malformed JSON is a 400', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":',
      });
      expect(response.status).toBe(400);
    });

    it('responses carry security headers and compressed scripts', async () => {
      const page = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const response = await rawRequest(
        server.url,
        `GET ${script} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['cache-control']).toContain('immutable');
    });

    it('a GraphQL answer is compressed when the browser accepts it, and decodes to the same answer', async () => {
      const body = JSON.stringify({
        query:
          '{ node(id: "municipality:froya") { id ... on Municipality { name representatives { title person { name } heldIn { name } citations { quote } } } } }',
      });
      const ask = (encoding: string) =>
        new Promise<{ encoding: string | undefined; bytes: Buffer }>((done, fail) => {
          const request = httpRequest(
            `${server.url}/graphql`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
            },
            (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () =>
                done({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
              );
            },
          );
          request.on('error', fail);
          request.end(body);
        });
      const plain = await ask('identity');
      expect(plain.bytes.length).toBeGreaterThan(2048);
      const gzip = await ask('gzip');
      const brotli = await ask('br');
      expect(plain.encoding).toBeUndefined();
      expect(gzip.encoding).toBe('gzip');
      expect(brotli.encoding).toBe('br');
      expect(gunzipSync(gzip.bytes).toString()).toBe(plain.bytes.toString());
      expect(brotliDecompressSync(brotli.bytes).toString()).toBe(plain.bytes.toString());
      // Frøya's seats repeat their titles: even the fastest levels shrink the answer to well under half.
      expect(gzip.bytes.length).toBeLessThan(plain.bytes.length / 2);
      expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 2);
    });

    it('every response has a request id, taken from X-Request-Id when the proxy sends one', async () => {
      const response = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'proxy-123' } });
      expect(response.headers.get('x-request-id')).toBe('proxy-123');
    });
  });
}
