import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_ID, lessonKeyLayerId, lessonWorkLayerId } from '../../../src/domain/layers';
import { SCHEMA_VERSIONS, applySchema } from '../../../src/storage/schema';
import { submissionLayerId } from '../../../src/domain/layers';

const annotation = (id: string, documentId: string, createdAt = '2026-01-01T00:00:00.000Z') => ({
  id,
  documentId,
  tagIds: ['loaded-language'],
  target: { start: 0, end: 4, exact: 'word', prefix: '', suffix: ' more' },
  note: `note of ${id}`,
  fields: {},
  annotator: 'Ana',
  origin: 'manual',
  status: 'anchored',
  createdAt,
  updatedAt: createdAt,
});

/** A database as schema version 3 left it: practice, a teacher's key, a student's lesson, work. */
async function fillVersion3(name: string) {
  const v3 = new Dexie(name);
  applySchema(v3, SCHEMA_VERSIONS.slice(0, 3));
  await v3
    .table('annotations')
    .bulkPut([
      annotation('mine-1', 'd1'),
      annotation('mine-2', 'd2'),
      annotation('practice', 'd3', '2026-01-01T00:00:00.000Z'),
      annotation('lesson-work', 'd3', '2026-02-02T00:00:00.000Z'),
    ]);
  await v3.table('lessons').bulkPut([
    {
      id: 'taught',
      title: 'Coast',
      instructions: '',
      documentIds: ['d1', 'd2'],
      tagIds: ['loaded-language'],
      role: 'teacher',
      key: [annotation('mine-1', 'd1')],
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    {
      id: 'opened',
      title: 'Framing',
      instructions: '',
      documentIds: ['d3'],
      tagIds: ['loaded-language'],
      role: 'student',
      createdAt: '2026-02-01T00:00:00.000Z',
    },
  ]);
  await v3.table('submissions').put({
    id: 'sub-1',
    lessonId: 'taught',
    student: 'Ben',
    annotations: [annotation('ben-1', 'd1'), annotation('ben-2', 'd2')],
    orphanCount: 0,
    exportedAt: '2026-01-03T00:00:00.000Z',
    importedAt: '2026-01-04T00:00:00.000Z',
  });
  await v3.table('claims').put({
    id: 'c1',
    name: 'Death toll',
    note: '',
    annotationIds: ['mine-1'],
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  });
  await v3.table('dismissedSuggestions').put({
    id: 'd1|x|0|4',
    documentId: 'd1',
    tag: 'x',
    start: 0,
    end: 4,
    exact: 'word',
    dismissedAt: '2026-01-01',
  });
  v3.close();
}

describe('schema version 4 (annotation layers)', () => {
  it('gives every record a layer and keeps every annotation, key and student’s work intact', async () => {
    const name = `v3-${crypto.randomUUID()}`;
    await fillVersion3(name);
    const db = new Dexie(name);
    applySchema(db, SCHEMA_VERSIONS);
    await db.open();

    const layers = await db.table('layers').toArray();
    expect(layers.map((l) => [l.id, l.kind, l.owner, l.lessonId, l.readOnly]).sort()).toEqual(
      [
        [DEFAULT_LAYER_ID, 'mine', '', undefined, false],
        [lessonKeyLayerId('taught'), 'lesson-key', '', 'taught', false],
        [lessonWorkLayerId('opened'), 'lesson-work', '', 'opened', false],
        [submissionLayerId('sub-1'), 'lesson-work', 'Ben', 'taught', true],
      ].sort(),
    );

    const byLayer = async (layerId: string) =>
      (await db.table('annotations').where('layerId').equals(layerId).toArray())
        .map((a) => a.id)
        .sort();
    expect(await byLayer(DEFAULT_LAYER_ID)).toEqual(['mine-1', 'mine-2', 'practice']);
    expect(await byLayer(lessonWorkLayerId('opened'))).toEqual(['lesson-work']);
    expect(await byLayer(lessonKeyLayerId('taught'))).toEqual(['mine-1@key']);
    expect(await byLayer(submissionLayerId('sub-1'))).toEqual(['ben-1', 'ben-2']);
    expect(await db.table('annotations').count()).toBe(7);

    // Contents are as they were, apart from the layer (and the key's derived id).
    const { layerId: _l, ...ben } = await db.table('annotations').get('ben-1');
    expect(ben).toEqual(annotation('ben-1', 'd1'));
    const { layerId: _k, id, ...key } = await db.table('annotations').get('mine-1@key');
    const { id: _i, ...original } = annotation('mine-1', 'd1');
    expect({ id, ...key }).toEqual({ id: 'mine-1@key', ...original });

    expect((await db.table('lessons').get('taught')).key).toBeUndefined();
    const submission = await db.table('submissions').get('sub-1');
    expect(submission.annotations).toBeUndefined();
    expect(submission).toMatchObject({ student: 'Ben', layerId: submissionLayerId('sub-1') });
    expect((await db.table('claims').get('c1')).layerId).toBe(DEFAULT_LAYER_ID);
    expect((await db.table('dismissedSuggestions').get('d1|x|0|4')).layerId).toBe(DEFAULT_LAYER_ID);
    expect(await db.table('tombstones').count()).toBe(0);
    await db.delete();
  });
});
