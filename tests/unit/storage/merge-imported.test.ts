import { afterEach, describe, expect, it } from 'vitest';
import { describeMerge, importedLayer, mergeCounts } from '../../../src/domain/layers';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { claim } from '../../support/claim';
import { freshDatabase } from '../../support/database';
import { annotate, docA, docB } from '../io/sample-data';

let db: SlantDatabase;
afterEach(async () => db?.delete());

const LATER = '2025-04-01T09:00:00.000Z';
const EARLIER = '2025-03-01T09:00:00.000Z';

describe('importing annotations into existing work', () => {
  it('keeps a later local edit, does not restore a deleted one and counts exactly that', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const edited = annotate(docA, 'slaughtered');
    const deleted = annotate(docA, 'fabrications');
    const same = annotate(docB, 'shelling');
    const olderHere = annotate(docB, 'humanitarian catastrophe');
    await annotations.putMany([edited, deleted, same, olderHere]);
    // The file was written, then the user edited one note and deleted one annotation.
    const file = [edited, deleted, same, { ...olderHere, note: 'from the file', updatedAt: LATER }];
    await annotations.change(edited.id, { note: 'my later note', updatedAt: LATER });
    await annotations.remove([deleted.id]);
    const fresh = { ...annotate(docA, 'blamed foreign agents'), layerId: 'ignored' };

    const plan = await annotations.planImport([...file, fresh]);
    expect(describeMerge(mergeCounts(plan))).toBe(
      '1 new, 1 updated (the file’s copy is newer), 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged',
    );

    const layer = importedLayer('layer-import-1', 'old.jsonld', 1, LATER);
    const done = await annotations.mergeImported(
      {
        annotations: [...file, fresh],
        newTags: [],
        claims: [],
        layerId: layer.id,
        newLayer: layer,
      },
      LATER,
    );
    expect(mergeCounts(done)).toEqual(mergeCounts(plan));
    expect((await annotations.get(edited.id))?.note).toBe('my later note');
    expect(await annotations.get(deleted.id)).toBeUndefined();
    // The newer copy replaces ours where ours lives; only the new one goes to the chosen layer.
    expect(await annotations.get(olderHere.id)).toMatchObject({
      note: 'from the file',
      layerId: 'layer-mine',
    });
    expect((await annotations.get(fresh.id))?.layerId).toBe('layer-import-1');
    expect(await db.layers.get('layer-import-1')).toEqual(layer);
  });

  it('says “unchanged” for a file of annotations all here, and makes no empty layer', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const all = [annotate(docA, 'slaughtered'), annotate(docB, 'shelling')];
    await annotations.putMany(all);
    const copies = all.map((a) => ({ ...a, layerId: 'layer-import-2', updatedAt: EARLIER }));
    const layer = importedLayer('layer-import-2', 'again.jsonld', 1, LATER);
    const done = await annotations.mergeImported(
      { annotations: copies, newTags: [], claims: [], layerId: layer.id, newLayer: layer },
      LATER,
    );
    expect(describeMerge(mergeCounts(done))).toBe('2 unchanged');
    expect(await db.layers.get('layer-import-2')).toBeUndefined();
    expect(await db.annotations.toArray()).toEqual(all);
  });

  it('links new annotations into a kept claim but never reverts the claim itself', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    const a = annotate(docA, 'slaughtered');
    const b = annotate(docB, 'shelling');
    const unlinked = annotate(docB, 'humanitarian catastrophe');
    await annotations.putMany([a, unlinked]);
    const mine = { ...claim('c', [a.id]), name: 'Renamed here', updatedAt: LATER };
    await db.claims.put(mine);
    await annotations.mergeImported(
      {
        annotations: [b],
        newTags: [],
        claims: [{ ...claim('c', [a.id, b.id, unlinked.id]), updatedAt: EARLIER }],
        layerId: 'layer-mine',
      },
      LATER,
    );
    // b is new, so it joins; the link to `unlinked` was removed here later and stays removed.
    expect(await db.claims.get('c')).toEqual({ ...mine, annotationIds: [a.id, b.id] });
  });
});
