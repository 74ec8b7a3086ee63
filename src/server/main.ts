/**
 * `npm run server`: starts the sync server, prints its address (the line `Listening on URL`,
 * which the tests read), and stops cleanly on Ctrl+C or SIGTERM after storing every open unit.
 */
import { resolve } from 'node:path';
import { parseServerArgs, USAGE } from './parse-args';
import { startSyncServer } from './sync-server';

let parsed;
try {
  parsed = parseServerArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const { options } = parsed;
const server = await startSyncServer(options);
process.stdout.write(`Slant sync server, data in ${resolve(options.dataDir)}\n`);
process.stdout.write(`Listening on ${server.url}\n`);
if (options.host === '127.0.0.1' || options.host === 'localhost') {
  process.stdout.write('Only this computer can reach it; use --host 0.0.0.0 to serve a network.\n');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stdout.write('Stopping: storing open documents…\n');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
