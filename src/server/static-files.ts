/**
 * Serves the built app (`dist/`) from the sync server, so a classroom needs one command: students
 * open the server's address. Hashed assets are cached for good; the page, the service worker and
 * the manifest are revalidated on each load so an update reaches everyone. Paths never leave the
 * folder. Routes are hash routes, so no fallback to index.html is needed.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function createStaticHandler(distDir: string) {
  const root = normalize(distDir + sep);
  return async function serveStatic(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const relative = decodeURIComponent(path === '/' ? '/index.html' : path);
    const file = normalize(join(root, relative));
    const info = file.startsWith(root) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      const missingApp = relative === '/index.html';
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missingApp ? 'The app is not built: run `npm run build`.\n' : 'Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': relative.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}
