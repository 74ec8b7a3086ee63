import { afterEach, describe, expect, it } from 'vitest';
import type { LearnedModelRecord } from '../../../src/domain/records';
import type { Annotation, SlantDocument } from '../../../src/domain/types';
import { learningRepository } from '../../../src/storage/learning-repository';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { freshDatabase } from '../../support/database';

let db: SlantDatabase;
afterEach(async () => db?.delete());

const AT = '2026-01-01T00:00:00.000Z';

const doc = (id: string, deletedAt?: string): SlantDocument => ({
  id,
  title: id,
  text: `Text of ${id}.`,
  importedAt: AT,
  contentHash: `hash-${id}`,
  collectionIds: [],
  ...(deletedAt && { deletedAt }),
});

const annotation = (id: string, documentId: string, layerId: string): Annotation => ({
  id,
  documentId,
  layerId,
  tagIds: ['name-calling'],
  target: { start: 0, end: 4, exact: 'Text', prefix: '', suffix: ' of' },
  note: '',
  fields: {},
  annotator: '',
  origin: 'manual',
  status: 'anchored',
  createdAt: AT,
  updatedAt: AT,
});

const model = (tag: string): LearnedModelRecord => ({
  tag,
  annotations: 5,
  rejections: 0,
  texts: 2,
  model: { version: 1, thresholds: { seed: 0.3, extend: 0.2 }, weights: [['w:text', 1]] },
  signature: 's',
  trainedAt: AT,
});

describe('the learning repository', () => {
  it('reads the work of the given layers only, leaving out documents in the trash', async () => {
    db = freshDatabase();
    await db.documents.bulkPut([doc('d1'), doc('d2', AT)]);
    await db.annotations.bulkPut([
      annotation('a1', 'd1', 'mine'),
      annotation('a2', 'd1', 'imported'),
      annotation('a3', 'd2', 'mine'),
    ]);
    const learning = learningRepository(db);
    const work = await learning.work(['mine']);
    expect(work.annotations.map((a) => a.id)).toEqual(['a1']);
    expect([...(await learning.texts(['d1', 'd2']))]).toEqual([['d1', 'Text of d1.']]);
  });

  it('resets one tag: forgets its model, keeps the others, and remembers when', async () => {
    db = freshDatabase();
    const learning = learningRepository(db);
    await learning.saveModel(model('name-calling'));
    await learning.saveModel(model('doubt'));
    await learning.reset(
      'name-calling',
      ['name-calling', 'doubt'],
      new Date('2026-02-01T00:00:00Z'),
    );
    expect((await learning.models()).map((m) => m.tag)).toEqual(['doubt']);
    expect((await learning.settings()).resetAt).toEqual({
      'name-calling': '2026-02-01T00:00:00.000Z',
    });

    await learning.reset(undefined, ['name-calling', 'doubt'], new Date('2026-03-01T00:00:00Z'));
    expect(await learning.models()).toEqual([]);
    expect(Object.keys((await learning.settings()).resetAt).sort()).toEqual([
      'doubt',
      'name-calling',
    ]);
  });

  it('keeps the reader’s choices: learning off, a tag off, a layer opted in', async () => {
    db = freshDatabase();
    const learning = learningRepository(db);
    expect(await learning.settings()).toMatchObject({ off: false, offTags: [], optedInLayers: [] });
    await learning.changeSettings((s) => ({ ...s, off: true, offTags: ['doubt'] }));
    await learning.changeSettings((s) => ({ ...s, optedInLayers: ['imported'] }));
    expect(await learning.settings()).toMatchObject({
      off: true,
      offTags: ['doubt'],
      optedInLayers: ['imported'],
    });
  });
});
