import { afterEach, describe, expect, it } from 'vitest';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import { documentsRepository } from '../../../src/storage/documents-repository';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { claim } from '../../support/claim';
import { freshDatabase } from '../../support/database';
import { annotate, docA, docB } from '../io/sample-data';

let db: SlantDatabase;
afterEach(async () => db?.delete());

describe('annotations repository: removing', () => {
  it('unlinks removed annotations from every claim, and restores both as they were', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const a = annotate(docA, 'slaughtered');
    const b = annotate(docB, 'shelling');
    await db.documents.bulkAdd([docA, docB]);
    await annotations.putMany([a, b]);
    await db.claims.bulkPut([claim('both', [a.id, b.id]), claim('only-a', [a.id])]);

    const linked = await annotations.remove([a.id]);
    expect(linked.map((c) => c.id).sort()).toEqual(['both', 'only-a']);
    expect(await annotations.get(a.id)).toBeUndefined();
    expect((await db.claims.get('both'))?.annotationIds).toEqual([b.id]);
    expect((await db.claims.get('only-a'))?.annotationIds).toEqual([]);

    await annotations.restore([a], linked);
    expect(await annotations.get(a.id)).toEqual(a);
    expect((await db.claims.get('both'))?.annotationIds).toEqual([a.id, b.id]);
    expect((await db.claims.get('only-a'))?.annotationIds).toEqual([a.id]);
  });
});

describe('annotations repository: undoing a deletion after the article was deleted for good', () => {
  it('leaves the annotation deleted, so nothing points at the missing article', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const documents = documentsRepository(db);
    const a = annotate(docA, 'slaughtered');
    await db.documents.bulkAdd([docA]);
    await annotations.putMany([a]);
    const linked = await annotations.remove([a.id]);
    await documents.remove(docA.id);

    await annotations.restore([a], linked);
    expect(await annotations.get(a.id)).toBeUndefined();
  });
});

describe('annotations repository: re-anchoring', () => {
  it('writes back the annotations whose passage moved or went, and nothing when all fit', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const moved = annotate(docA, 'slaughtered');
    const gone = annotate(docA, 'fabrications');
    await annotations.putMany([moved, gone]);

    expect(await annotations.reanchor(docA.id, docA.text)).toBe(0);
    expect(await annotations.get(moved.id)).toEqual(moved);

    const edited = `Breaking. ${docA.text.replace('fabrications', 'lies')}`;
    expect(await annotations.reanchor(docA.id, edited)).toBe(2);
    const placed = (await annotations.get(moved.id))!;
    expect(placed.status).toBe('anchored');
    expect(edited.slice(placed.target.start, placed.target.end)).toBe('slaughtered');
    // Never dropped: kept as an orphan, with its quote.
    expect(await annotations.get(gone.id)).toMatchObject({
      status: 'orphaned',
      target: { exact: 'fabrications' },
    });
  });
});
