/**
 * A browser may come back to Slant after missing several releases: a database written by any
 * earlier schema version opens with today's code, every record valid by today's schemas, none
 * lost, and a backup of it restores. Each database is written as that version's Dexie schema
 * wrote it (`SCHEMA_VERSIONS` up to it), with the records as Slant then shaped them.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_ID, lessonKeyLayerId, submissionLayerId } from '../../../src/domain/layers';
import { STORED_TABLE_NAMES, STORED_TABLES } from '../../../src/domain/records';
import { BACKUP_TABLES, readBackup, toBackup, type RestoredBackup } from '../../../src/io/backup';
import { backupsRepository } from '../../../src/storage/backups-repository';
import { SCHEMA_VERSIONS, applySchema } from '../../../src/storage/schema';
import { SlantDatabase } from '../../../src/storage/slant-database';
import { annotate, docA, docB, outlet, tags } from '../io/sample-data';

/** An annotation as Slant stored it before layers: no `layerId`. */
function oldAnnotation(...args: Parameters<typeof annotate>) {
  const { layerId: _layer, ...rest } = annotate(...args);
  return rest;
}

const collection = {
  id: 'collection-1',
  name: 'One event',
  description: '',
  documentIds: [docA.id, docB.id],
};
const mine = oldAnnotation(docA, 'slaughtered', { createdAt: '2025-03-08T10:00:00.000Z' });
const other = oldAnnotation(docB, 'shelling', { createdAt: '2025-03-08T10:00:00.000Z' });

/** What each version held, added to what the versions before it held. */
async function fill(db: Dexie, version: number) {
  await db
    .table('documents')
    .bulkAdd([docA, version >= 2 ? { ...docB, deletedAt: '2025-03-09' } : docB]);
  await db.table('annotations').bulkAdd([mine, other]);
  await db.table('tags').bulkAdd(tags);
  await db.table('outlets').add(outlet);
  await db.table('collections').add(collection);
  await db.table('meta').bulkAdd([
    { key: 'default-taxonomy-loaded', value: true },
    { key: 'sample-collection-loaded', value: '2025-03-01T00:00:00.000Z' },
  ]);
  if (version < 3) return;
  await db.table('claims').add({
    id: 'claim-1',
    name: 'Death toll',
    note: '',
    annotationIds: [mine.id],
    createdAt: '2025-03-09T10:00:00.000Z',
    updatedAt: '2025-03-09T10:00:00.000Z',
  });
  await db.table('lessons').add({
    id: 'lesson-t',
    title: 'Two reports',
    instructions: '',
    documentIds: [docA.id],
    tagIds: ['loaded-language'],
    role: 'teacher',
    key: [mine],
    createdAt: '2025-03-09T08:00:00.000Z',
  });
  await db.table('submissions').add({
    id: 'sub-1',
    lessonId: 'lesson-t',
    student: 'Ana Silva',
    annotations: [oldAnnotation(docA, 'civilians', { annotator: 'Ana Silva' })],
    orphanCount: 0,
    exportedAt: '2025-03-09T11:00:00.000Z',
    importedAt: '2025-03-09T11:30:00.000Z',
  });
  await db.table('dismissedSuggestions').add({
    id: `${docA.id}|loaded-language|0|10`,
    documentId: docA.id,
    tag: 'loaded-language',
    start: 0,
    end: 10,
    exact: docA.text.slice(0, 10),
    dismissedAt: '2025-03-09T12:00:00.000Z',
  });
}

const earlier = SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version);

describe.each(earlier)('a database written by schema version %i', (version) => {
  it('opens with today’s code, every record valid and nothing lost, and backs up and restores', async () => {
    const name = `v${version}-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    applySchema(
      old,
      SCHEMA_VERSIONS.filter((v) => v.version <= version),
    );
    await fill(old, version);
    old.close();

    const db = new SlantDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);

    // Every record fits today's schema of its table.
    for (const table of STORED_TABLE_NAMES) {
      for (const record of await db.table(table).toArray()) {
        const parsed = STORED_TABLES[table].schema.safeParse(record);
        expect(parsed.success, `${table}: ${JSON.stringify(record)}`).toBe(true);
      }
    }
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([docA.id, docB.id]);
    expect((await db.documents.get(docB.id))?.deletedAt).toBe(
      version >= 2 ? '2025-03-09' : undefined,
    );
    expect(await db.tags.count()).toBe(tags.length);
    expect(await db.collections.get(collection.id)).toEqual(collection);
    expect(await db.outlets.get(outlet.id)).toEqual(outlet);
    const { layerId, ...kept } = (await db.annotations.get(mine.id))!;
    expect(layerId).toBe(DEFAULT_LAYER_ID);
    expect(kept).toEqual(mine);
    expect((await db.layers.get(DEFAULT_LAYER_ID))?.kind).toBe('mine');

    if (version >= 3) {
      expect(
        await db.annotations.where('layerId').equals(lessonKeyLayerId('lesson-t')).count(),
      ).toBe(1);
      expect(await db.annotations.where('layerId').equals(submissionLayerId('sub-1')).count()).toBe(
        1,
      );
      expect(await db.annotations.count()).toBe(4);
      expect((await db.claims.get('claim-1'))?.layerId).toBe(DEFAULT_LAYER_ID);
      expect((await db.dismissedSuggestions.toArray())[0]?.layerId).toBe(DEFAULT_LAYER_ID);
    } else {
      expect(await db.annotations.count()).toBe(2);
      expect(await db.lessons.count()).toBe(0);
    }

    // A backup of the upgraded library restores into a fresh browser as it is.
    const everything = (await backupsRepository(db).readAll(BACKUP_TABLES)) as RestoredBackup;
    const read = await readBackup(toBackup(everything));
    if (!read.ok) throw new Error(read.error);
    expect(read.warnings.filter((w) => w.repaired)).toEqual([]);
    const fresh = new SlantDatabase(`fresh-${crypto.randomUUID()}`);
    await backupsRepository(fresh).restore({
      mode: 'replace',
      tables: BACKUP_TABLES,
      contents: read.contents,
    });
    expect(await backupsRepository(fresh).readAll(BACKUP_TABLES)).toEqual(everything);
    await fresh.delete();
    await db.delete();
  });
});
