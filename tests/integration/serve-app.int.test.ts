/**
 * One command for a classroom: the sync server also serves the built app, with caching headers
 * that let updates through, never a file outside the app's folder, and over TLS when given a
 * certificate (browsers allow service workers and crypto.subtle only on secure origins).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process';

let dist: string;
let plain: ServerProcess | undefined;
let secure: ServerProcess | undefined;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A raw request, so the path reaches the server exactly as written (no `..` folding), trusting
 * the test's self-signed certificate.
 */
function get(url: string, path: string, body?: unknown): Promise<Reply> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

beforeAll(async () => {
  dist = await tempDataDir();
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Slant</title>');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'sw.js'), 'self.x = 1');
  plain = await startServer({ extraArgs: ['--dist', dist] });
});

afterAll(async () => {
  await plain?.stop();
  await secure?.stop();
});

it('serves the app, its hashed assets for good and the service worker revalidated', async () => {
  const page = await get(plain!.url, '/');
  expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Slant</title>' });
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['cache-control']).toBe('no-cache');
  const asset = await get(plain!.url, '/assets/index-abc123.js');
  expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(asset.headers['cache-control']).toContain('immutable');
  expect((await get(plain!.url, '/sw.js')).headers['cache-control']).toBe('no-cache');
});

it('never serves a file outside the app', async () => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) {
    const reply = await get(plain!.url, path);
    expect(reply.status, path).toBe(404);
    expect(reply.body).not.toContain('"name"');
  }
});

it('serves https and the API over TLS with --cert and --key', async () => {
  const folder = await tempDataDir();
  const [cert, key] = [join(folder, 'cert.pem'), join(folder, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  secure = await startServer({ extraArgs: ['--dist', dist, '--cert', cert, '--key', key] });
  expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect((await get(secure.url, '/')).status).toBe(200);
  const created = await get(secure.url, '/api/spaces', {
    name: 'Class',
    kind: 'class',
    ownerName: 'T',
  });
  expect(created.status).toBe(200);
  expect(JSON.parse(created.body).codes.member).toMatch(/^\w{4}-/);
});

it('creates its data folder, prints its address and stops cleanly on SIGTERM', async () => {
  const dataDir = join(await tempDataDir(), 'new', 'slant-data');
  const server = await startServer({ dataDir, extraArgs: ['--dist', dist] });
  expect(server.output()).toContain(`Listening on http://127.0.0.1:${server.port}`);
  expect(
    (await get(server.url, '/api/spaces', { name: 'C', kind: 'class', ownerName: 'T' })).status,
  ).toBe(200);
  expect(await server.stop()).toBe(0);
  expect(server.output()).toContain('Stopping');
  expect((await readdir(join(dataDir, 'spaces'))).length).toBe(1);
});
