import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/domain/types';
import { deleteAnnotation } from '../../../src/state/annotation-commands';
import { linkPassage, unlinkPassages } from '../../../src/state/claim-commands';
import { useUndoHistory } from '../../../src/state/undo-history';
import { claim } from '../../support/claim';
import { pageDatabase as db } from '../../support/database';
import { addImportedAnnotations, readScope } from '../../../src/state/exchange-commands';
import { annotate, docA, docB } from '../io/sample-data';

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkAdd([docA, docB]);
});

describe('claims', () => {
  it('links a selected passage as an untagged annotation, and reuses one already there', async () => {
    const passage = { documentId: docA.id, text: docA.text, start: 0, end: 5 };
    const first = await linkPassage('Death toll', passage);
    const [made] = await db.claims.toArray();
    expect(made?.annotationIds).toEqual([first]);
    expect((await db.annotations.get(first))?.tagIds).toEqual([]);

    // The same passage again: the same annotation, linked once.
    expect(await linkPassage(made!, passage)).toBe(first);
    expect((await db.claims.get(made!.id))?.annotationIds).toEqual([first]);
    expect(await db.annotations.count()).toBe(1);

    await unlinkPassages(made!, [first]);
    expect((await db.claims.get(made!.id))?.annotationIds).toEqual([]);
    expect(await db.annotations.count()).toBe(1);
  });

  it('exports with a scope only the claims and links that belong to it', async () => {
    const a: Annotation = annotate(docA, 'slaughtered');
    const b: Annotation = annotate(docB, 'shelling');
    await db.annotations.bulkPut([a, b]);
    await db.claims.bulkPut([claim('both', [a.id, b.id]), claim('only-b', [b.id])]);
    const scope = await readScope([docA.id]);
    expect(scope.claims).toEqual([claim('both', [a.id])]);
  });

  it('merges imported claims into existing ones without repeating a link', async () => {
    const a = annotate(docA, 'slaughtered');
    const b = annotate(docB, 'shelling');
    await db.annotations.put(a);
    await db.claims.put(claim('c', [a.id]));
    await addImportedAnnotations([b], [], [claim('c', [a.id, b.id]), claim('new', [b.id])]);
    expect((await db.claims.get('c'))?.annotationIds).toEqual([a.id, b.id]);
    expect((await db.claims.get('new'))?.annotationIds).toEqual([b.id]);
  });

  it('unlinks a deleted annotation from its claims, and undo links it again', async () => {
    const a = annotate(docA, 'slaughtered');
    const b = annotate(docB, 'shelling');
    await db.annotations.bulkPut([a, b]);
    await db.claims.put(claim('c', [a.id, b.id]));
    await deleteAnnotation(a);
    expect(await db.annotations.get(a.id)).toBeUndefined();
    expect((await db.claims.get('c'))?.annotationIds).toEqual([b.id]);
    await useUndoHistory.getState().undo();
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect((await db.claims.get('c'))?.annotationIds).toEqual([a.id, b.id]);
  });
});
