/**
 * The sync server: one HTTP(S) port for the built app, the JSON API and the WebSocket (`/sync`)
 * over which Hocuspocus serves the units. With a Redis URL, several processes sharing one data
 * folder serve the same spaces and units (locks, space changes and document updates go through
 * Redis). `close()` stores every open unit before it returns.
 */
import { Hocuspocus } from '@hocuspocus/server';
import { readFile, mkdir } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { Authorize } from './authorize';
import { LocalFeed, RedisFeed, type ChangeFeed } from './change-feed';
import { DurableDocs } from './durable-docs';
import { createApiHandler } from './http-api';
import { watchPermissions } from './live-permissions';
import { LocalLocks, RedisLocks, type Locks } from './locks';
import { RedisSync } from './redis-sync';
import { SpaceActions } from './space-actions';
import { SpaceStore } from './space-store';
import { createStaticHandler } from './static-files';

export interface ServerOptions {
  host: string;
  port: number;
  dataDir: string;
  distDir: string;
  /** PEM files: both or neither. */
  tls?: { cert: string; key: string };
  redisUrl?: string;
  /** The largest WebSocket message accepted; a larger one closes that client's socket. */
  maxMessageBytes?: number;
  /**
   * Milliseconds of quiet before a changed unit is stored (at most 5 times this while busy;
   * default 2000). Clients keep what the server has not stored yet and restore it on reconnection.
   */
  storeDelayMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startSyncServer(options: ServerOptions): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });

  const redis = options.redisUrl ? await connectRedis(options.redisUrl) : undefined;
  const locks: Locks = redis ? new RedisLocks(redis.pub) : new LocalLocks();
  const feed: ChangeFeed = redis ? await RedisFeed.connect(redis.pub, redis.sub) : new LocalFeed();
  const spaces = new SpaceStore(dataDir, locks, feed);
  const docs = new DurableDocs(dataDir, locks, redis !== undefined);
  const storeDelay = options.storeDelayMs ?? 2000;
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: storeDelay,
    maxDebounce: storeDelay * 5,
    extensions: [
      // The extension's own clients connect eagerly: a lazy client whose first command is
      // SUBSCRIBE fails its ready check.
      ...(options.redisUrl
        ? [new RedisSync({ createClient: () => new Redis(options.redisUrl!) })]
        : []),
      new Authorize(spaces),
      docs,
    ],
  });
  watchPermissions(hocuspocus, spaces, feed);

  const handleApi = createApiHandler(spaces, new SpaceActions(spaces));
  const serveStatic = createStaticHandler(resolve(options.distDir));
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/api/')) return void serveStatic(request, response, path);
    // Tokens travel in a header, never a cookie, so any origin (the app served elsewhere) may call.
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
      });
      return void response.end();
    }
    void handleApi(request, response, path);
  };
  const server = options.tls
    ? createHttpsServer(
        { cert: await readFile(options.tls.cert), key: await readFile(options.tls.key) },
        onRequest,
      )
    : createHttpServer(onRequest);

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? 8 * 1024 * 1024,
  });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== '/sync') return void socket.destroy();
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      // ws closes a socket after a protocol error (an oversized or invalid frame, code 1009 or
      // 1002) and reports it here; an unheard 'error' event would stop the whole process.
      websocket.on('error', () => undefined);
      hocuspocus.handleConnection(websocket, request);
    });
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `${options.tls ? 'https' : 'http'}://${host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      server.close();
      for (const websocket of sockets.clients) websocket.terminate();
      sockets.close();
      await docs.storeChanged(hocuspocus.documents.values());
      server.closeAllConnections();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await feed.close();
      if (redis) {
        redis.pub.disconnect();
        redis.sub.disconnect();
      }
    })());
  return { url, port, close };
}

async function connectRedis(url: string): Promise<{ pub: Redis; sub: Redis }> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await Promise.all([pub.connect(), sub.connect()]);
  return { pub, sub };
}
