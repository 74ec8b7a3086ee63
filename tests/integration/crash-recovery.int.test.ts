/**
 * `kill -9` the server while a member is writing: after a restart on the same port and data
 * folder, the client reconnects by itself and restores whatever the server had not stored, and
 * what the server had stored is on disk whole (a fresh client with no local state reads it).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRecords, writeRecord } from '../../src/sync/record-map';
import { ANNOTATION_SHAPE, layerRecords } from '../../src/sync/unit-docs';
import { unitName, type Unit } from '../../src/sync/unit-names';
import { Devices, until } from './support/clients';
import { castSpace, type Cast } from './support/class-space';
import { startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let cast: Cast;
let unit: Unit;
const devices = new Devices();

function open(member: Cast['ann']) {
  return devices.connect(member).open(unit);
}

function write(doc: Y.Doc, index: number): void {
  const note = `note ${index}`;
  writeRecord(
    layerRecords(doc, 'annotations'),
    { id: `a${index}`, note, tagIds: ['t'] },
    ANNOTATION_SHAPE,
  );
}

const count = (doc: Y.Doc) => readRecords(layerRecords(doc, 'annotations')).length;

/** The annotations in the unit's file as it is on disk now (0 when there is no file yet). */
async function onDisk(): Promise<number> {
  const path = `${join(server.dataDir, 'docs', ...unitName(unit).split('/'))}.ydoc`;
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return 0;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  return count(doc);
}

async function restart(): Promise<void> {
  const { port, dataDir } = server;
  await server.kill9();
  server = await startServer({ port, dataDir });
}

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
  await cast.api(cast.ann).registerLayer('work');
  unit = { kind: 'layer', spaceId: cast.ann.spaceId, memberId: cast.ann.memberId, layerId: 'work' };
});

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

it('loses nothing when the server is killed mid-sync, three times over', async () => {
  const writer = open(cast.ann);
  await writer.synced;
  let written = 0;
  for (let round = 0; round < 3; round++) {
    // A burst of edits, the server killed while they are in flight, more edits while it is down.
    for (let i = 0; i < 100; i++) write(writer.doc, written++);
    await new Promise((resolve) => setTimeout(resolve, 30 * round));
    const { port, dataDir } = server;
    await server.kill9();
    // Whatever state the kill left on disk is complete: it decodes.
    await expect(onDisk()).resolves.toBeLessThanOrEqual(written);
    for (let i = 0; i < 50; i++) write(writer.doc, written++);
    server = await startServer({ port, dataDir });
    const reader = open(cast.teacher);
    await reader.synced;
    await until(
      () => count(reader.doc) === written,
      `all ${written} annotations after restart`,
      20_000,
    );
  }
  expect(count(writer.doc)).toBe(450);
});

it('keeps what the server stored through a kill -9, for a client that holds nothing', async () => {
  const deadline = Date.now() + 20_000;
  while ((await onDisk()) < 450 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await onDisk()).toBe(450);
  devices.closeAll();
  await restart();
  const fresh = open(cast.coOwner);
  await fresh.synced;
  expect(count(fresh.doc)).toBe(450);
  expect(
    readRecords<{ id: string; note: string }>(layerRecords(fresh.doc, 'annotations')),
  ).toContainEqual(expect.objectContaining({ id: 'a449', note: 'note 449' }));
});
