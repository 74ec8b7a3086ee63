/**
 * Permission changes reach connections that are already open: submitting makes the student's
 * open layer read-only, and a removed member's open units are taken away.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentText, layerRecords } from '../../src/sync/unit-docs';
import { readRecords, writeRecord } from '../../src/sync/record-map';
import { Devices, until } from './support/clients';
import { castSpace, type Cast } from './support/class-space';
import { startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
});

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

it('makes an open layer read-only the moment its author submits', async () => {
  await cast.api(cast.ann).registerLayer('work', 'lesson-1');
  const layer = devices.connect(cast.ann).open({
    kind: 'layer',
    spaceId: cast.ann.spaceId,
    memberId: cast.ann.memberId,
    layerId: 'work',
  });
  await layer.synced;
  expect(layer.readOnly).toBe(false);
  const annotations = layerRecords(layer.doc, 'annotations');
  writeRecord(annotations, { id: 'a1', note: 'before' });
  await layer.flushed();

  await cast.api(cast.ann).submit('lesson-1');
  await until(() => layer.readOnly, 'the layer to become read-only');
  writeRecord(annotations, { id: 'a2', note: 'after submitting' });
  await until(() => layer.refusedWrites > 0, 'the late write to be refused');
  const teacher = devices.connect(cast.teacher).open({
    kind: 'layer',
    spaceId: cast.ann.spaceId,
    memberId: cast.ann.memberId,
    layerId: 'work',
  });
  await teacher.synced;
  expect(readRecords(layerRecords(teacher.doc, 'annotations'))).toEqual([
    { id: 'a1', note: 'before' },
  ]);
});

it('takes open units away from a removed member', async () => {
  const unit = { kind: 'text', spaceId: cast.teacher.spaceId, documentId: 'doc-1' } as const;
  const teacher = devices.connect(cast.teacher).open(unit);
  await teacher.synced;
  documentText(teacher.doc).insert(0, 'Before.');
  const ben = devices.connect(cast.ben).open(unit);
  await ben.synced;
  await until(() => documentText(ben.doc).toString() === 'Before.', 'the text to reach Ben');

  await cast.api(cast.teacher).removeMember(cast.ben.memberId);
  await until(() => ben.denied === 'not-a-member', 'Ben to be refused');
  documentText(teacher.doc).insert(7, ' After.');
  await teacher.flushed();
  // A co-owner who joins now sees the new text; Ben's copy stays as it was when he was removed.
  const check = devices.connect(cast.coOwner).open(unit);
  await check.synced;
  expect(documentText(check.doc).toString()).toBe('Before. After.');
  expect(documentText(ben.doc).toString()).toBe('Before.');
  await expect(cast.api(cast.ben).summary()).rejects.toMatchObject({ status: 401 });
});
