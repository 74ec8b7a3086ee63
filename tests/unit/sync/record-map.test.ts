import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readRecord,
  readRecords,
  tombstoneRecord,
  writeRecord,
} from '../../../src/sync/record-map';
import { ANNOTATION_SHAPE, layerRecords } from '../../../src/sync/unit-docs';

const base = {
  id: 'a1',
  tagIds: ['loaded-language'],
  note: 'Emotive wording.',
  fields: { shouldCite: '' },
  status: 'anchored',
};

/** Two replicas of one layer that start from the same state and are then edited apart. */
function replicas() {
  const a = new Y.Doc();
  writeRecord(layerRecords(a, 'annotations'), base, ANNOTATION_SHAPE);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return {
    a,
    b,
    merge: () => {
      const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
      const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
      Y.applyUpdate(b, fromA);
      Y.applyUpdate(a, fromB);
    },
  };
}

const edit = (doc: Y.Doc, change: Partial<typeof base>) =>
  writeRecord(
    layerRecords(doc, 'annotations'),
    { ...readRecord<typeof base>(layerRecords(doc, 'annotations'), 'a1')!, ...change },
    ANNOTATION_SHAPE,
  );

describe('record maps', () => {
  it('reads back what it wrote', () => {
    const doc = new Y.Doc();
    writeRecord(layerRecords(doc, 'annotations'), base, ANNOTATION_SHAPE);
    expect(readRecord(layerRecords(doc, 'annotations'), 'a1')).toEqual(base);
    expect(readRecords(layerRecords(doc, 'annotations'))).toEqual([base]);
    expect(readRecord(layerRecords(doc, 'annotations'), 'missing')).toBeUndefined();
  });

  it('keeps concurrent edits to different fields of one record', () => {
    const { a, b, merge } = replicas();
    edit(a, { tagIds: ['unattributed-claim'] });
    edit(b, { status: 'orphaned', fields: { shouldCite: 'the ministry' } });
    merge();
    const expected = {
      ...base,
      tagIds: ['unattributed-claim'],
      status: 'orphaned',
      fields: { shouldCite: 'the ministry' },
    };
    expect(readRecord(layerRecords(a, 'annotations'), 'a1')).toEqual(expected);
    expect(readRecord(layerRecords(b, 'annotations'), 'a1')).toEqual(expected);
  });

  it('merges concurrent note edits as text', () => {
    const { a, b, merge } = replicas();
    edit(a, { note: 'Very emotive wording.' });
    edit(b, { note: 'Emotive wording. Compare outlet B.' });
    merge();
    expect(readRecord<typeof base>(layerRecords(a, 'annotations'), 'a1')!.note).toBe(
      'Very emotive wording. Compare outlet B.',
    );
  });

  it('writes nothing when nothing changed, and only the changed field otherwise', () => {
    const doc = new Y.Doc();
    const records = layerRecords(doc, 'annotations');
    writeRecord(records, base, ANNOTATION_SHAPE);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeRecord(records, { ...base }, ANNOTATION_SHAPE);
    expect(updates).toHaveLength(0);
    writeRecord(records, { ...base, status: 'orphaned' }, ANNOTATION_SHAPE);
    expect(updates).toHaveLength(1);
    const touched = Y.decodeUpdate(updates[0]!).structs.length;
    expect(touched).toBe(1);
  });

  it('removes a cleared field and keeps a tombstone instead of deleting the record', () => {
    const { a, b, merge } = replicas();
    tombstoneRecord(layerRecords(a, 'annotations'), 'a1', '2026-12-04T12:00:00.000Z');
    edit(b, { note: 'Edited elsewhere.' });
    merge();
    expect(readRecord(layerRecords(b, 'annotations'), 'a1')).toEqual({
      ...base,
      note: 'Edited elsewhere.',
      deletedAt: '2026-12-04T12:00:00.000Z',
    });
    const { fields: _fields, ...withoutFields } = base;
    writeRecord(layerRecords(a, 'annotations'), withoutFields, ANNOTATION_SHAPE);
    expect(readRecord(layerRecords(a, 'annotations'), 'a1')).not.toHaveProperty('fields');
  });

  it('tombstones a record it never saw, so a late copy cannot bring it back', () => {
    const doc = new Y.Doc();
    tombstoneRecord(layerRecords(doc, 'annotations'), 'ghost', '2026-12-04T12:00:00.000Z');
    expect(readRecord(layerRecords(doc, 'annotations'), 'ghost')).toEqual({
      id: 'ghost',
      deletedAt: '2026-12-04T12:00:00.000Z',
    });
  });
});
