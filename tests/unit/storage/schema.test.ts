import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SlantDatabase } from '../../../src/storage/slant-database';
import { documentsRepository } from '../../../src/storage/documents-repository';
import { learningRepository } from '../../../src/storage/learning-repository';
import { SCHEMA_VERSIONS, applySchema, type SchemaVersion } from '../../../src/storage/schema';

describe('schema versions', () => {
  it('are numbered upwards from 1 with no gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
  });

  it('upgrade a database filled by the previous version, keeping its records', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new SlantDatabase(name);
    await v1.tags.put({
      id: 'spin',
      label: 'Spin',
      description: '',
      colour: '#000000',
      underline: 'solid',
      taxonomyId: 'default',
      order: 0,
    });
    v1.close();

    // A later version appends itself with an upgrade; the mechanism must run it on old data.
    const next: SchemaVersion = {
      version: SCHEMA_VERSIONS.length + 1,
      stores: { tags: 'id, taxonomyId, order, label' },
      upgrade: (tx) =>
        tx
          .table('tags')
          .toCollection()
          .modify((tag: { label: string }) => {
            tag.label = tag.label.toUpperCase();
          }),
    };
    const upgraded = new Dexie(name);
    applySchema(upgraded, [...SCHEMA_VERSIONS, next]);
    expect((await upgraded.table('tags').where('label').equals('SPIN').first())?.id).toBe('spin');
    expect(upgraded.verno).toBe(next.version);
    await upgraded.delete();
  });
});

describe('schema version 2 (the trash)', () => {
  it('opens a database version 1 filled, keeping its documents, and finds trashed ones', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    applySchema(v1, SCHEMA_VERSIONS.slice(0, 1));
    await v1.table('documents').put({
      id: 'd1',
      title: 'Old',
      text: 'x',
      importedAt: '2026-01-01T00:00:00Z',
      contentHash: 'h',
      collectionIds: [],
    });
    v1.close();

    const db = new SlantDatabase(name);
    const docs = documentsRepository(db);
    expect((await docs.list()).map((d) => d.id)).toEqual(['d1']);
    await docs.moveToTrash('d1');
    expect(await docs.list()).toEqual([]);
    expect((await docs.listTrash()).map((d) => d.id)).toEqual(['d1']);
    await docs.restore('d1');
    expect((await docs.get('d1'))?.deletedAt).toBeUndefined();
    await db.delete();
  });
});

describe('schema version 3 (claims, lessons, submissions, dismissed suggestions)', () => {
  it('opens a database version 2 filled, keeping its records, with the new tables empty', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    applySchema(v2, SCHEMA_VERSIONS.slice(0, 2));
    await v2.table('annotations').put({ id: 'a1', documentId: 'd1', tagIds: ['x'] });
    v2.close();

    const db = new SlantDatabase(name);
    expect((await db.annotations.get('a1'))?.documentId).toBe('d1');
    expect(await db.claims.count()).toBe(0);
    await db.claims.put({
      id: 'c1',
      layerId: 'layer-mine',
      name: 'Death toll',
      note: '',
      annotationIds: ['a1'],
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
    });
    expect((await db.claims.where('annotationIds').equals('a1').first())?.name).toBe('Death toll');
    await db.dismissedSuggestions.put({
      id: 'd1|x|0|4',
      layerId: 'layer-mine',
      documentId: 'd1',
      tag: 'x',
      start: 0,
      end: 4,
      exact: 'word',
      dismissedAt: '2026-01-01',
    });
    expect(await db.dismissedSuggestions.where('documentId').equals('d1').count()).toBe(1);
    await db.delete();
  });
});

describe('schema version 6 (models learned from the reader’s annotations)', () => {
  it('opens a database version 5 filled, keeping its records, and keeps a learned model', async () => {
    const name = `v5-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    applySchema(v5, SCHEMA_VERSIONS.slice(0, 5));
    await v5.table('annotations').put({ id: 'a1', documentId: 'd1', tagIds: ['x'], layerId: 'm' });
    await v5.table('meta').put({ key: 'last-backup-at', value: '2026-01-01' });
    v5.close();

    const db = new SlantDatabase(name);
    expect(db.verno).toBe(6);
    expect((await db.annotations.get('a1'))?.documentId).toBe('d1');
    expect((await db.meta.get('last-backup-at'))?.value).toBe('2026-01-01');
    expect(await db.learnedModels.count()).toBe(0);
    const learning = learningRepository(db);
    await learning.saveModel({
      tag: 'name-calling',
      annotations: 6,
      rejections: 1,
      texts: 3,
      model: { version: 1, thresholds: { seed: 0.5, extend: 0.3 }, weights: [['w:thugs', 2]] },
      signature: '7-abc',
      trainedAt: '2026-01-02T00:00:00.000Z',
    });
    db.close();

    const reopened = new SlantDatabase(name);
    const [kept] = await learningRepository(reopened).models();
    expect(kept).toMatchObject({ tag: 'name-calling', annotations: 6, signature: '7-abc' });
    await reopened.delete();
  });
});
