import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, SlantDocument } from '../../../src/domain/types';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { ensureDefaultTaxonomy } from '../../../src/storage/default-taxonomy-loader';
import { documentsRepository } from '../../../src/storage/documents-repository';
import { contentChangedKey } from '../../../src/storage/lesson-dates';
import { outletsRepository } from '../../../src/storage/outlets-repository';
import { tagsRepository } from '../../../src/storage/tags-repository';
import { freshDatabase } from '../../support/database';

let db: SlantDatabase;
afterEach(async () => db?.delete());

function makeDocument(id: string, importedAt: string): SlantDocument {
  return {
    id,
    title: `Doc ${id}`,
    text: 'One.\nTwo.',
    importedAt,
    contentHash: `hash-${id}`,
    collectionIds: ['c1'],
  };
}

function makeAnnotation(id: string, documentId: string, start: number): Annotation {
  return {
    id,
    layerId: 'layer-mine',
    documentId,
    tagIds: ['loaded-language'],
    target: { start, end: start + 3, exact: 'One', prefix: '', suffix: '.' },
    note: '',
    fields: {},
    annotator: 'Ana',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('documents repository', () => {
  it('lists newest first and finds a document by its content hash', async () => {
    db = freshDatabase();
    const docs = documentsRepository(db);
    await docs.add(makeDocument('old', '2026-01-01T00:00:00.000Z'));
    await docs.add(makeDocument('new', '2026-02-01T00:00:00.000Z'));
    expect((await docs.list()).map((d) => d.id)).toEqual(['new', 'old']);
    expect((await docs.findByContentHash('hash-old'))?.id).toBe('old');
    expect(await docs.findByContentHash('nope')).toBeUndefined();
  });

  it('saves an edited text with hundreds of moved annotations, all or nothing', async () => {
    db = freshDatabase();
    const docs = documentsRepository(db);
    await docs.add(makeDocument('a', '2026-01-01T00:00:00.000Z'));
    // More than one slice of the write, and the text: all of it is stored.
    const moved = Array.from({ length: 450 }, (_, n) => makeAnnotation(`m${n}`, 'a', 1));
    await docs.saveText('a', 'xOne.\nTwo.', 'hash-x', moved);
    expect((await docs.get('a'))?.text).toBe('xOne.\nTwo.');
    expect(await db.annotations.count()).toBe(450);

    // A record that cannot be stored in the last slice: nothing of this save is kept.
    const broken = { ...makeAnnotation('m449', 'a', 2), id: undefined } as unknown as Annotation;
    const again = [...moved.slice(0, 449).map((a) => ({ ...a, note: 'again' })), broken];
    await expect(docs.saveText('a', 'yOne.\nTwo.', 'hash-y', again)).rejects.toThrow();
    expect((await docs.get('a'))?.text).toBe('xOne.\nTwo.');
    expect(await db.annotations.filter((a) => a.note === 'again').count()).toBe(0);
  });

  it('refuses a second document with the same id and leaves the first as it was', async () => {
    db = freshDatabase();
    const docs = documentsRepository(db);
    await docs.add(makeDocument('a', '2026-01-01T00:00:00.000Z'));
    await expect(docs.add({ ...makeDocument('a', 'x'), title: 'Other' })).rejects.toThrow();
    expect((await docs.get('a'))?.title).toBe('Doc a');
  });

  it('removes a document together with its annotations, their claim links and collection places', async () => {
    db = freshDatabase();
    const docs = documentsRepository(db);
    const annotations = annotationsRepository(db);
    await docs.add(makeDocument('a', '2026-01-01T00:00:00.000Z'));
    await docs.add(makeDocument('b', '2026-01-01T00:00:00.000Z'));
    await db.collections.put({ id: 'c1', name: 'C', description: '', documentIds: ['a', 'b'] });
    await annotations.put(makeAnnotation('x', 'a', 0));
    await annotations.put(makeAnnotation('y', 'b', 0));
    const when = '2026-01-01';
    const claim = {
      layerId: 'layer-mine',
      name: 'Toll',
      note: '',
      createdAt: when,
      updatedAt: when,
    };
    await db.claims.put({ id: 'k', ...claim, annotationIds: ['x', 'y'] });
    await db.lessons.put({
      id: 'l1',
      title: 'Two reports',
      instructions: '',
      documentIds: ['a', 'b'],
      tagIds: ['loaded-language'],
      role: 'teacher',
      createdAt: when,
    });

    await docs.remove('a', new Date('2026-02-02T00:00:00.000Z'));
    expect((await db.claims.get('k'))?.annotationIds).toEqual(['y']);
    expect(await docs.get('a')).toBeUndefined();
    expect(await annotations.get('x')).toBeUndefined();
    expect(await annotations.get('y')).toBeDefined();
    expect((await db.collections.get('c1'))?.documentIds).toEqual(['b']);
    // The lesson no longer lists it, and records that its articles changed (its key may be older).
    expect((await db.lessons.get('l1'))?.documentIds).toEqual(['b']);
    expect((await db.meta.get(contentChangedKey('l1')))?.value).toBe('2026-02-02T00:00:00.000Z');
  });
});

describe('annotations repository', () => {
  it('lists a document’s annotations in reading order and counts per document', async () => {
    db = freshDatabase();
    const annotations = annotationsRepository(db);
    await annotations.put(makeAnnotation('late', 'd', 5));
    await annotations.put(makeAnnotation('early', 'd', 0));
    await annotations.put(makeAnnotation('other', 'e', 2));
    expect((await annotations.listForDocument('d')).map((a) => a.id)).toEqual(['early', 'late']);
    expect(await annotations.countByDocument()).toEqual(
      new Map([
        ['d', 2],
        ['e', 1],
      ]),
    );
  });
});

describe('default taxonomy loader', () => {
  it('adds the default tags once, and leaves the user’s edits alone afterwards', async () => {
    db = freshDatabase();
    await ensureDefaultTaxonomy(db);
    const tags = tagsRepository(db);
    expect((await tags.list()).map((t) => t.id)).toEqual([
      'loaded-language',
      'unattributed-claim',
      'outlet-affiliation',
    ]);
    await db.tags.delete('outlet-affiliation');
    await tags.put({ ...(await tags.get('loaded-language'))!, label: 'Charged words' });

    await ensureDefaultTaxonomy(db);
    expect((await tags.list()).map((t) => t.label)).toEqual([
      'Charged words',
      'Unattributed claim',
    ]);
  });
});

describe('outlets repository', () => {
  it('finds an outlet by any of its domains, ignoring www and case', async () => {
    db = freshDatabase();
    const outlets = outletsRepository(db);
    await outlets.put({
      id: 'o1',
      name: 'SouthFront',
      aliases: [],
      domains: ['southfront.press', 'southfront.org'],
      affiliation: 'unknown',
      evidence: [],
    });
    expect((await outlets.findByDomain('WWW.SouthFront.org'))?.id).toBe('o1');
    expect(await outlets.findByDomain('example.com')).toBeUndefined();
  });
});
