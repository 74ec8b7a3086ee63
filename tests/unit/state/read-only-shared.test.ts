import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveToTrash } from '../../../src/state/library-commands';
import { updateDocumentDetails } from '../../../src/state/document-commands';
import { saveDocumentText } from '../../../src/state/save-document-text';
import { SharedRecordError } from '../../../src/state/sync/read-only-shared';
import { watchReadOnlyShared } from '../../../src/state/sync/watch-read-only';
import { deleteTag, moveTag, updateTag } from '../../../src/state/taxonomy-commands';
import { importOutlets, saveOutlet } from '../../../src/state/outlet-commands';
import {
  deleteCollection,
  moveToCollection,
  moveWithinCollection,
  renameCollection,
  setDocumentCollections,
} from '../../../src/state/collection-commands';
import { writeRecord, tombstoneRecord } from '../../../src/sync/record-map';
import { catalogueRecords } from '../../../src/sync/unit-docs';
import { sync } from '../../../src/storage';
import type { Collection, Outlet, Tag } from '../../../src/domain/types';
import { pageDatabase as db } from '../../support/database';
import { docA, docB } from '../io/sample-data';

/**
 * A member (not an owner) may not change what the space's owners share: the server would refuse
 * the write, and the edit would stay on this device, unsent. The commands refuse it, with the
 * reason, and leave the record as it was; what is the member's own stays theirs to change.
 */
const tag = (id: string, order: number): Tag => ({
  id,
  label: id,
  description: '',
  colour: '#336699',
  underline: 'solid',
  taxonomyId: 'default',
  order,
});
const shared = tag('shared-tag', 0);
const own = tag('own-tag', 1);
const gone = tag('gone-tag', 2);
const outlet = (id: string, name: string): Outlet => ({
  id,
  name,
  aliases: [],
  domains: [],
  affiliation: 'unknown',
  evidence: [],
});
const sharedOutlet = outlet('shared-outlet', 'The Owners’ Wire');
const collection = (id: string, documentIds: string[]): Collection => ({
  id,
  name: id,
  description: '',
  documentIds,
});

function catalogueWith() {
  const doc = new Y.Doc();
  writeRecord(catalogueRecords(doc, 'documents'), { id: docA.id, title: docA.title });
  writeRecord(catalogueRecords(doc, 'tags'), shared);
  writeRecord(catalogueRecords(doc, 'tags'), gone);
  writeRecord(catalogueRecords(doc, 'outlets'), sharedOutlet);
  writeRecord(catalogueRecords(doc, 'collections'), collection('shared-set', [docA.id, docB.id]));
  tombstoneRecord(catalogueRecords(doc, 'tags'), gone.id, '2026-12-01T00:00:00.000Z');
  return doc;
}

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkAdd([docA, docB]);
  await db.tags.bulkAdd([shared, own, gone]);
});

describe('what a member of a space may not change', () => {
  it('refuses edits to the shared document and tag, and leaves them as they were', async () => {
    const stop = watchReadOnlyShared(catalogueWith(), false);
    await until(async () => ((await sync.readOnlyShared()).tags ?? []).length > 0);
    stop();
    expect(await sync.readOnlyShared()).toMatchObject({
      documents: [docA.id],
      tags: [shared.id],
    });

    await expect(saveDocumentText(docA, 'Rewritten.', [], [])).rejects.toThrow(SharedRecordError);
    await expect(
      updateDocumentDetails(
        docA,
        { title: 'Renamed', outletId: '', author: '', publishedAt: '', url: '' },
        [],
      ),
    ).rejects.toThrow(/only they can change this document/);
    await expect(moveToTrash(docA.id)).rejects.toThrow(SharedRecordError);
    await expect(updateTag(shared, { label: 'Renamed' })).rejects.toThrow(
      /only they can change this tag/,
    );
    await expect(deleteTag(shared.id)).rejects.toThrow(SharedRecordError);
    // Moving the member's own tag above the shared one would renumber the shared one.
    await expect(moveTag([shared, own, gone], own.id, -1)).rejects.toThrow(SharedRecordError);

    expect(await db.documents.get(docA.id)).toEqual(docA);
    expect(await db.tags.get(shared.id)).toEqual(shared);
  });

  it('refuses edits to the shared outlet and collection, and keeps the member’s own', async () => {
    await db.outlets.add(sharedOutlet);
    await db.collections.bulkAdd([
      collection('shared-set', [docA.id, docB.id]),
      collection('own-set', [docB.id]),
    ]);
    await db.documents.update(docA.id, { collectionIds: ['shared-set'] });
    await db.documents.update(docB.id, { collectionIds: ['shared-set', 'own-set'] });
    const stop = watchReadOnlyShared(catalogueWith(), false);
    await until(async () => ((await sync.readOnlyShared()).collections ?? []).length > 0);
    stop();
    const before = {
      outlets: await db.outlets.toArray(),
      collections: await db.collections.toArray(),
      documents: await db.documents.toArray(),
    };

    await expect(saveOutlet({ ...sharedOutlet, affiliation: 'state-affiliated' })).rejects.toThrow(
      /only they can change this outlet/,
    );
    await expect(renameCollection('shared-set', 'Mine now')).rejects.toThrow(
      /only they can change this collection/,
    );
    await expect(deleteCollection('shared-set')).rejects.toThrow(SharedRecordError);
    await expect(
      moveWithinCollection(collection('shared-set', [docA.id, docB.id]), docB.id, -1),
    ).rejects.toThrow(SharedRecordError);
    // docB is the member's own document; the shared collection is not theirs to leave.
    await expect(setDocumentCollections(docB.id, ['own-set'])).rejects.toThrow(/this collection/);
    await expect(moveToCollection(docB.id, 'shared-set', 'own-set')).rejects.toThrow(
      SharedRecordError,
    );
    // docA is shared: its record lists its collections, so it may not join the member's own.
    await expect(setDocumentCollections(docA.id, ['shared-set', 'own-set'])).rejects.toThrow(
      /this document/,
    );
    // An imported registry updates everything but the shared outlet, and says so.
    const imported = await importOutlets([
      { ...sharedOutlet, affiliation: 'state-affiliated' },
      outlet('own-outlet', 'My Local Paper'),
    ]);
    expect(imported).toEqual({ added: 1, updated: 0, keptShared: 1 });

    expect(await db.outlets.get(sharedOutlet.id)).toEqual(sharedOutlet);
    expect(await db.collections.toArray()).toEqual(before.collections);
    expect(await db.documents.toArray()).toEqual(before.documents);
    expect((await db.outlets.get('own-outlet'))?.name).toBe('My Local Paper');

    // What is the member's own stays theirs: their collection, and their document in it.
    await renameCollection('own-set', 'My reading list');
    await setDocumentCollections(docB.id, ['shared-set']);
    expect((await db.collections.get('own-set'))?.documentIds).toEqual([]);
    expect((await db.collections.get('own-set'))?.name).toBe('My reading list');
  });

  it('lets the member change their own records and the ones the space deleted', async () => {
    const stop = watchReadOnlyShared(catalogueWith(), false);
    await until(async () => ((await sync.readOnlyShared()).tags ?? []).length > 0);
    stop();
    await moveTag([shared, own, gone], gone.id, -1);
    await updateTag({ ...own, order: 2 }, { label: 'Mine, renamed' });
    await saveDocumentText(docB, 'My own text.', [], []);
    expect((await db.tags.get(own.id))?.label).toBe('Mine, renamed');
    expect((await db.tags.get(gone.id))?.order).toBe(1);
    expect((await db.documents.get(docB.id))?.text).toBe('My own text.');
  });

  it('lets an owner change everything, and leaving the space lifts the refusal', async () => {
    await sync.setReadOnlyShared({ tags: [shared.id] });
    await sync.setMembership({ memberId: 'm' });
    await sync.forgetMembership();
    await updateTag(shared, { label: 'Free again' });
    expect((await db.tags.get(shared.id))?.label).toBe('Free again');

    await sync.setReadOnlyShared({ tags: [shared.id] });
    watchReadOnlyShared(catalogueWith(), true)();
    await until(async () => ((await sync.readOnlyShared()).tags ?? []).length === 0);
    await deleteTag(shared.id);
    expect(await db.tags.get(shared.id)).toBeUndefined();
  });
});
