import { afterEach, describe, expect, it } from 'vitest';
import { describeMerge } from '../../../src/domain/layers';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import { backupsRepository } from '../../../src/storage/backups-repository';
import { contentChangedKey } from '../../../src/storage/lesson-dates';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { freshDatabase } from '../../support/database';
import { annotate, docA, docB, outlet } from '../io/sample-data';

let db: SlantDatabase;
afterEach(async () => db?.delete());

describe('backups repository', () => {
  it('merges a restore plan, saying what it added, updated and left as it was', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    await db.documents.bulkPut([docA, docB]);
    const report = await backups.restore({
      mode: 'merge',
      tables: ['outlets', 'documents'],
      contents: {
        outlets: [outlet],
        // The same record with its fields in another order is unchanged.
        documents: [{ ...docB }, { ...docA, title: 'Corrected' }].map((d) =>
          Object.fromEntries(Object.entries(d).reverse()),
        ) as { id: string }[],
      },
    });
    expect(report).toEqual({
      outlets: { added: 1, updated: 0, unchanged: 0 },
      documents: { added: 0, updated: 1, unchanged: 1 },
    });
    expect((await db.documents.get(docA.id))?.title).toBe('Corrected');
    expect(await backups.readAll(['outlets'])).toEqual({ outlets: [outlet] });
  });

  it('replaces a table’s records, and changes nothing when the plan cannot be written', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    await db.documents.bulkPut([docA]);
    await backups.restore({
      mode: 'replace',
      tables: ['documents'],
      contents: { documents: [docB] },
    });
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([docB.id]);

    // Two records with one id: the second add fails, and the whole restore with it.
    const twice = { mode: 'replace' as const, tables: ['outlets', 'documents'] };
    await expect(
      backups.restore({ ...twice, contents: { outlets: [outlet], documents: [docA, docA] } }),
    ).rejects.toThrow();
    expect(await db.outlets.count()).toBe(0);
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([docB.id]);
  });
});

describe('backups repository: reading everything a page at a time', () => {
  it('hands over every record in the order reading all at once gives, each table at least once', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    const annotations = ['slaughtered', 'fabrications', 'dozens', 'Tuesday', 'ministry'].map((q) =>
      annotate(docA, q),
    );
    await db.documents.bulkPut([docA, docB]);
    await annotationsRepository(db).putMany(annotations);
    const tables = ['outlets', 'documents', 'annotations'] as const;
    for (const size of [1, 2, 5, 500]) {
      const pages: [string, number][] = [];
      const read: Record<string, object[]> = { outlets: [], documents: [], annotations: [] };
      await backups.readInPages(
        tables,
        (name, records) => {
          pages.push([name, records.length]);
          read[name]!.push(...records);
        },
        size,
      );
      expect(read).toEqual(await backups.readAll(tables));
      expect(pages.filter(([name]) => name === 'outlets')).toEqual([['outlets', 0]]);
      expect(pages.filter(([name]) => name === 'annotations').length).toBe(Math.ceil(5 / size));
    }
  });
});

describe('backups repository: merging a backup under the merge rule', () => {
  it('keeps later local edits, does not restore deleted annotations and counts each', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    const annotations = annotationsRepository(db);
    const edited = annotate(docA, 'slaughtered');
    const deleted = annotate(docA, 'fabrications');
    const same = annotate(docB, 'shelling');
    const newer = annotate(docB, 'humanitarian catastrophe');
    await annotations.putMany([edited, deleted, same, newer]);
    const backup = {
      annotations: [
        edited,
        deleted,
        same,
        { ...newer, note: 'changed on the other computer', updatedAt: '2025-05-01T00:00:00.000Z' },
        annotate(docA, 'blamed foreign agents'),
      ],
      tombstones: [],
    };
    await annotations.change(edited.id, { note: 'mine', updatedAt: '2025-04-01T00:00:00.000Z' });
    await annotations.remove([deleted.id]);
    const tables = ['annotations', 'tombstones'] as const;

    const planned = await backups.planMerge(tables, backup);
    expect(describeMerge(planned.annotations!)).toBe(
      '1 new, 1 updated (the file’s copy is newer), 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged',
    );
    const report = await backups.restore({ mode: 'merge', tables, contents: backup });
    expect(report.annotations).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      kept: 1,
      notRestored: 1,
    });
    expect((await db.annotations.get(edited.id))?.note).toBe('mine');
    expect(await db.annotations.get(deleted.id)).toBeUndefined();
    expect((await db.annotations.get(newer.id))?.note).toBe('changed on the other computer');
  });

  it('plans a merge of a whole library (thousands of annotations, read in pages) the same way', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    const annotations = annotationsRepository(db);
    const one = annotate(docA, 'slaughtered');
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...one, id: `bulk-${i}` }));
    await annotations.putMany(many.slice(0, 1000));
    await annotations.change('bulk-0', { note: 'mine', updatedAt: '2025-04-01T00:00:00.000Z' });
    await annotations.remove(['bulk-1']);
    const planned = await backups.planMerge(['annotations'], { annotations: many });
    expect(describeMerge(planned.annotations!)).toBe(
      '1500 new, 1 kept (yours is newer), 1 not restored (you deleted it), 998 unchanged',
    );
  });

  it('stops planning a merge when asked to, and a restore then goes ahead', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    const one = annotate(docA, 'slaughtered');
    const many = Array.from({ length: 12_000 }, (_, i) => ({ ...one, id: `bulk-${i}` }));
    await annotationsRepository(db).putMany(many);
    const stop = new AbortController();
    const planning = backups.planMerge(['annotations'], { annotations: many }, stop.signal);
    stop.abort();
    await expect(planning).rejects.toThrow();
    const stopped = new AbortController();
    stopped.abort();
    await expect(
      backups.planMerge(['annotations'], { annotations: many.slice(0, 10) }, stopped.signal),
    ).rejects.toThrow();
    const report = await backups.restore({
      mode: 'replace',
      tables: ['annotations'],
      contents: { annotations: many.slice(0, 3) },
    });
    expect(report.annotations).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await db.annotations.count()).toBe(3);
  });

  it('gives a library replaced by a backup from before layers its default layer', async () => {
    db = freshDatabase();
    await backupsRepository(db).restore({
      mode: 'replace',
      tables: ['layers', 'tombstones'],
      contents: { layers: [], tombstones: [] },
    });
    expect((await db.layers.toArray()).map((l) => l.id)).toEqual(['layer-mine']);
  });
});

describe('backups repository: the user’s facts and dismissed suggestions', () => {
  it('backs up when a lesson changed and what was dismissed, and a restore keeps this browser’s own markers', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    await db.documents.bulkPut([docA]);
    const lessonDate = { key: contentChangedKey('lesson-1'), value: '2025-03-09T10:00:00.000Z' };
    const dismissed = {
      id: `${docA.id}|loaded-language|18|29`,
      documentId: docA.id,
      layerId: 'layer-mine',
      tag: 'loaded-language',
      start: 18,
      end: 29,
      exact: 'slaughtered',
      dismissedAt: '2025-03-09T10:00:00.000Z',
    };
    const marker = { key: 'sample-collection-loaded', value: '2025-01-01T00:00:00.000Z' };
    await db.meta.bulkPut([lessonDate, marker]);
    await db.dismissedSuggestions.put(dismissed);

    const tables = ['meta', 'dismissedSuggestions'] as const;
    const backup = await backups.readAll(tables);
    // This browser's marker is not the user's work: it stays out of the backup.
    expect(backup).toEqual({ meta: [lessonDate], dismissedSuggestions: [dismissed] });

    const elsewhere = freshDatabase();
    await elsewhere.meta.put({ key: 'sample-collection-loaded', value: 'there' });
    await backupsRepository(elsewhere).restore({ mode: 'replace', tables, contents: backup });
    expect(await elsewhere.meta.toArray()).toEqual([
      lessonDate,
      { key: 'sample-collection-loaded', value: 'there' },
    ]);
    expect(await elsewhere.dismissedSuggestions.toArray()).toEqual([dismissed]);
    await elsewhere.delete();
  });
});
