/**
 * The app's side of a space (SpaceSession, the Dexie tables it keeps in step) against a real
 * server, with the other members played by Node clients: a co-owner receives a lesson's key with
 * its layer, a member's imported layer is shared as theirs, a member is told which of the owners'
 * records they may not change, and a change to one document among many still travels.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lessonKeyLayerId } from '../../src/domain/layers';
import type { Membership } from '../../src/sync/space-api';
import { readRecord, writeRecord } from '../../src/sync/record-map';
import {
  ANNOTATION_SHAPE,
  catalogueRecords,
  documentText,
  keyAnnotations,
  layerMeta,
  layerRecords,
  LESSON_SHAPE,
} from '../../src/sync/unit-docs';
import {
  INITIAL_STATUS,
  useSharingStore,
  type StoredMembership,
} from '../../src/state/sync/sharing-store';
import { sync } from '../../src/storage';
import { pageDatabase as db } from '../support/database';
import { annotate, docA, docB } from '../unit/io/sample-data';
import { castSpace, type Cast } from './support/class-space';
import { Devices, until } from './support/clients';
import { startServer, type ServerProcess } from './support/server-process';
import { SpaceSession } from './support/space-session-in-node';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();
let session: InstanceType<typeof SpaceSession> | undefined;

const LESSON = {
  id: 'lesson-1',
  title: 'Loaded words',
  instructions: 'Tag loaded language.',
  documentIds: [docA.id],
  tagIds: ['loaded-language'],
  createdAt: '2026-12-01T09:00:00.000Z',
};

const stored = (member: Membership, name: string): StoredMembership => ({
  ...member,
  name,
  spaceName: 'Media literacy 9B',
  kind: 'class',
});

async function waitFor<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  let value: T | undefined;
  const deadline = Date.now() + 15_000;
  while ((value = await read()) === undefined || value === null) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return value;
}

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
  // The teacher shares two documents, a lesson and its key.
  const teacher = devices.connect(cast.teacher);
  const { spaceId } = cast.teacher;
  const catalogue = teacher.open({ kind: 'catalogue', spaceId });
  await catalogue.synced;
  for (const doc of [docA, docB]) {
    const text = teacher.open({ kind: 'text', spaceId, documentId: doc.id });
    await text.synced;
    documentText(text.doc).insert(0, doc.text);
    writeRecord(catalogueRecords(catalogue.doc, 'documents'), { ...doc, text: undefined });
    await text.flushed();
  }
  writeRecord(catalogueRecords(catalogue.doc, 'lessons'), LESSON, LESSON_SHAPE);
  await catalogue.flushed();
  const key = teacher.open({ kind: 'key', spaceId, lessonId: LESSON.id });
  await key.synced;
  const { layerId: _, ...keyMark } = annotate(docA, 'north', { tagIds: ['loaded-language'] });
  writeRecord(keyAnnotations(key.doc), { ...keyMark, id: 'key-mark' }, ANNOTATION_SHAPE);
  await key.flushed();
});

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});

afterEach(async () => {
  session?.stop();
  session = undefined;
  // Passes already running finish before the next test empties the database.
  await new Promise((resolve) => setTimeout(resolve, 500));
});

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

describe('SpaceSession against a real server', () => {
  it('gives a co-owner the lesson key as a layer of its own, before its annotations', async () => {
    session = new SpaceSession(stored(cast.coOwner, 'Mr Cole'));
    await session.start();
    const mark = await waitFor(() => db.annotations.get('key-mark'), 'the key’s annotation');
    const layer = await db.layers.get(lessonKeyLayerId(LESSON.id));
    expect(mark.layerId).toBe(lessonKeyLayerId(LESSON.id));
    expect(layer).toMatchObject({
      kind: 'lesson-key',
      lessonId: LESSON.id,
      label: 'Key: Loaded words',
      readOnly: false,
    });
  });

  it('shares a member’s imported layer as theirs, and tells them what they only read', async () => {
    const now = '2026-12-02T10:00:00.000Z';
    await db.layers.add({
      id: 'layer-import-1',
      kind: 'imported',
      owner: '',
      label: 'hypothesis.json',
      colour: '#884400',
      readOnly: false,
      createdAt: now,
      updatedAt: now,
    });
    await db.annotations.add({
      ...annotate(docA, 'north'),
      id: 'imported-1',
      layerId: 'layer-import-1',
    });
    session = new SpaceSession(stored(cast.ann, 'Ann'));
    await session.start();

    // The teacher reads Ann's imported layer, named and kind kept.
    const teacher = devices.connect(cast.teacher);
    const unit = teacher.open({
      kind: 'layer',
      spaceId: cast.ann.spaceId,
      memberId: cast.ann.memberId,
      layerId: 'layer-import-1',
    });
    await waitFor(async () => {
      await unit.synced.catch(() => undefined);
      return readRecord(layerRecords(unit.doc, 'annotations'), 'imported-1');
    }, 'Ann’s imported annotation at the teacher');
    expect(layerMeta(unit.doc).toJSON()).toMatchObject({
      kind: 'imported',
      label: 'hypothesis.json',
      owner: 'Ann',
    });

    // The owners' documents are Ann's to read, not to change.
    const readOnly = await waitFor(async () => {
      const ids = (await sync.readOnlyShared()).documents ?? [];
      return ids.length === 2 ? ids : undefined;
    }, 'the shared documents recorded as read-only');
    expect(readOnly).toEqual([docA.id, docB.id].sort());
  });

  // Seed articles have the same ids everywhere: a teacher who shared one from school and then
  // joins from home (or a co-owner who has it too) brings the same document, text and all.
  it.each([
    ['another device of the same owner', () => stored(cast.teacher, 'Ms Reyes'), docA],
    ['a co-owner', () => stored(cast.coOwner, 'Mr Cole'), docB],
  ])('keeps a shared text single when %s joins with the same document', async (_, who, doc) => {
    await db.documents.add(doc);
    useSharingStore.getState().setStatus(INITIAL_STATUS);
    session = new SpaceSession(who());
    await session.start();
    await session.flushed();
    await waitFor(
      async () => (useSharingStore.getState().status.state === 'synced' ? true : undefined),
      'the session to have synced',
    );
    await session.flushed();

    const fresh = devices.connect(cast.ann);
    const unit = fresh.open({ kind: 'text', spaceId: cast.ann.spaceId, documentId: doc.id });
    await unit.synced;
    expect(documentText(unit.doc).toString()).toBe(doc.text);
    expect((await db.documents.get(doc.id))?.text).toBe(doc.text);
  });

  it('sends an owner’s change to one document among many', async () => {
    session = new SpaceSession(stored(cast.teacher, 'Ms Reyes'));
    await session.start();
    await waitFor(() => db.documents.get(docB.id), 'the document from the space');
    await session.flushed();
    await db.documents.update(docB.id, { title: 'Renamed by the teacher' });

    const other = devices.connect(cast.coOwner);
    const catalogue = other.open({ kind: 'catalogue', spaceId: cast.coOwner.spaceId });
    await catalogue.synced;
    await until(
      () =>
        readRecord(catalogueRecords(catalogue.doc, 'documents'), docB.id)?.title ===
        'Renamed by the teacher',
      'the renamed document at the co-owner',
      15_000,
    );
    expect(readRecord(catalogueRecords(catalogue.doc, 'documents'), docA.id)?.title).toBe(
      docA.title,
    );
  });
});
