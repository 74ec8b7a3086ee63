/**
 * An owner adds a document while the server is down. The header must not say everything is
 * sent: the document's text, which waits for the unit's first sync so that it is never doubled,
 * counts as waiting with its catalogue entry. Once the server is back (same port and data
 * folder), both arrive, and the text is on the server once, whole.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useSharingStore, INITIAL_STATUS } from '../../src/state/sync/sharing-store';
import { documentText } from '../../src/sync/unit-docs';
import { pageDatabase as db } from '../support/database';
import { docA } from '../unit/io/sample-data';
import { castSpace, type Cast } from './support/class-space';
import { Devices, until } from './support/clients';
import { startServer, type ServerProcess } from './support/server-process';
import { SpaceSession } from './support/space-session-in-node';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();
let session: InstanceType<typeof SpaceSession> | undefined;
const status = () => useSharingStore.getState().status;

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
});

afterAll(async () => {
  session?.stop();
  devices.closeAll();
  await server?.stop();
});

it('counts a document added offline as waiting, and sends its text once when the server is back', async () => {
  useSharingStore.getState().setStatus(INITIAL_STATUS);
  session = new SpaceSession({
    ...cast.teacher,
    name: 'Ms Reyes',
    spaceName: 'Media literacy 9B',
    kind: 'class',
  });
  await session.start();
  await until(() => status().state === 'synced', 'the session to have synced', 15_000);

  const { port, dataDir } = server;
  await server.stop();
  await until(() => status().state === 'offline', 'the session to see the server gone', 15_000);
  await db.documents.add(docA);
  // Its catalogue entry and its text: two changes that have not left this browser.
  await until(() => status().waiting === 2, 'the catalogue entry and the text waiting', 15_000);
  expect(status().state).toBe('offline');

  server = await startServer({ port, dataDir });
  await until(
    () => status().state === 'synced' && status().waiting === 0,
    'everything sent once the server is back',
    30_000,
  );
  const unit = devices
    .connect(cast.ann)
    .open({ kind: 'text', spaceId: cast.ann.spaceId, documentId: docA.id });
  await unit.synced;
  expect(documentText(unit.doc).toString()).toBe(docA.text);
  expect((await db.documents.get(docA.id))?.text).toBe(docA.text);
});
