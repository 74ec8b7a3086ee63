/**
 * Two server processes on one data folder behind one Redis: a space made on one is joined on the
 * other, members on different processes see each other's edits live, and a permission change
 * made through one process reaches a connection open on the other.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSpace, joinSpace, SpaceApi, membership } from '../../src/sync/space-api';
import { readRecords, writeRecord } from '../../src/sync/record-map';
import { documentText, layerRecords } from '../../src/sync/unit-docs';
import { Devices, until } from './support/clients';
import { startRedis, type RedisProcess } from './support/redis-process';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process';

let redis: RedisProcess;
let first: ServerProcess;
let second: ServerProcess;
const devices = new Devices();

beforeAll(async () => {
  redis = await startRedis();
  const dataDir = await tempDataDir();
  [first, second] = await Promise.all([
    startServer({ dataDir, redisUrl: redis.url }),
    startServer({ dataDir, redisUrl: redis.url }),
  ]);
});

afterAll(async () => {
  devices.closeAll();
  try {
    await Promise.all([first?.stop(), second?.stop()]);
  } finally {
    await redis?.stop();
  }
});

it('serves one space from two processes', async () => {
  const created = await createSpace(first.url, { name: 'Desk', kind: 'newsroom', ownerName: 'Ed' });
  const joined = await joinSpace(second.url, created.codes!.member, 'Rita');
  const editor = membership(first.url, created);
  const reporter = membership(second.url, joined);
  await new SpaceApi(reporter).registerLayer('notes');

  const text = { kind: 'text', spaceId: editor.spaceId, documentId: 'story' } as const;
  const layer = {
    kind: 'layer',
    spaceId: editor.spaceId,
    memberId: reporter.memberId,
    layerId: 'notes',
  } as const;
  const [onFirst, onSecond] = [devices.connect(editor), devices.connect(reporter)];
  const editorText = onFirst.open(text);
  const editorLayer = onFirst.open(layer);
  const reporterText = onSecond.open(text);
  const reporterLayer = onSecond.open(layer);
  await Promise.all([editorText, editorLayer, reporterText, reporterLayer].map((u) => u.synced));

  documentText(editorText.doc).insert(0, 'Draft lede.');
  writeRecord(layerRecords(reporterLayer.doc, 'annotations'), { id: 'n1', note: 'Source?' });
  await until(
    () => documentText(reporterText.doc).toString() === 'Draft lede.',
    'the editor’s text on the other process',
  );
  await until(
    () => readRecords(layerRecords(editorLayer.doc, 'annotations')).length === 1,
    'the reporter’s note on the other process',
  );
  expect(editorLayer.readOnly).toBe(true);
  expect(reporterLayer.readOnly).toBe(false);

  // Removed through the first process, the reporter loses the text open on the second.
  await new SpaceApi(editor).removeMember(reporter.memberId);
  await until(() => reporterText.denied === 'not-a-member', 'the removal to reach process two');
});
