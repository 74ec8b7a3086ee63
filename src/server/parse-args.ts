/**
 * `npm run server -- [--port 1234] [--host 127.0.0.1] [--data ./slant-data] [--cert FILE --key FILE]
 * [--redis redis://127.0.0.1:6379] [--dist dist]`: the options, checked, or the reason they are not.
 */
import { parseArgs } from 'node:util';
import type { ServerOptions } from './sync-server';

export const USAGE = `Usage: npm run server -- [options]

  --port N        port to listen on (default 1234; 0 picks a free one)
  --host ADDR     address to bind (default 127.0.0.1; 0.0.0.0 for every network)
  --data DIR      where spaces and shared documents are kept (default ./slant-data; created)
  --cert FILE     TLS certificate (PEM), with --key: serve https and wss
  --key FILE      TLS private key (PEM)
  --redis URL     share spaces and documents with other server processes through Redis
  --dist DIR      the built app to serve (default dist)
  --help          this text
`;

export type ParsedArgs = { help: true } | { help: false; options: ServerOptions };

export function parseServerArgs(argv: string[]): ParsedArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string', default: '1234' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: './slant-data' },
      cert: { type: 'string' },
      key: { type: 'string' },
      redis: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not ${values.port}`);
  }
  if ((values.cert === undefined) !== (values.key === undefined)) {
    throw new Error('--cert and --key go together: give both for TLS, or neither.');
  }
  if (values.redis !== undefined && !/^rediss?:\/\//.test(values.redis)) {
    throw new Error(`--redis takes a URL such as redis://127.0.0.1:6379, not ${values.redis}`);
  }
  return {
    help: false,
    options: {
      port,
      host: values.host,
      dataDir: values.data,
      distDir: values.dist,
      tls: values.cert && values.key ? { cert: values.cert, key: values.key } : undefined,
      redisUrl: values.redis,
    },
  };
}
