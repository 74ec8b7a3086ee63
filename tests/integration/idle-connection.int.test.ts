/**
 * A member who only reads stays connected. The provider closes a socket that has received
 * nothing for 30 s (it counts on presence messages, which Slant leaves off), so without the
 * connection's keep-alive a quiet member would be dropped and reconnected every half minute,
 * and the edits made then would wait for the reconnection.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { castSpace, type Cast } from './support/class-space';
import { Devices } from './support/clients';
import { startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
}, 60_000);

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

it('keeps a quiet member’s socket open past the provider’s 30-second silence limit', async () => {
  const connection = devices.connect(cast.ann);
  let closes = 0;
  connection.socket.on('close', () => closes++);
  const unit = connection.open({ kind: 'catalogue', spaceId: cast.ann.spaceId });
  await unit.synced;
  // The provider checks every 3 s and gives up on the third check past 30 s of silence.
  await new Promise((resolve) => setTimeout(resolve, 42_000));
  expect(closes).toBe(0);
}, 90_000);

it('closes a connection still being established without an error left behind', async () => {
  const connection = devices.connect(cast.ben);
  connection.open({ kind: 'catalogue', spaceId: cast.ben.spaceId });
  // Closed before the handshake ends; an error here would surface as an uncaught exception.
  connection.close();
  const uncaught: unknown[] = [];
  const hear = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', hear);
  await new Promise((resolve) => setTimeout(resolve, 500));
  process.off('uncaughtException', hear);
  expect(uncaught).toEqual([]);
});
