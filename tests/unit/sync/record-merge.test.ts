import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRecord, writeRecord } from '../../../src/sync/record-map';
import { mergeTextEdit, pushLocalChanges } from '../../../src/sync/record-merge';
import { ANNOTATION_SHAPE, layerRecords } from '../../../src/sync/unit-docs';

const base = {
  id: 'a1',
  tagIds: ['loaded-language'],
  note: 'Emotive wording.',
  fields: { shouldCite: '' },
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function shared() {
  const doc = new Y.Doc();
  const map = layerRecords(doc, 'annotations');
  writeRecord(map, base, ANNOTATION_SHAPE);
  return map;
}

describe('pushLocalChanges: the local store against the base and the shared document', () => {
  it('keeps a field another member changed meanwhile when the local copy changed another field', () => {
    const map = shared();
    writeRecord(map, { ...base, tagIds: ['unattributed-claim'] }, ANNOTATION_SHAPE); // remote edit
    pushLocalChanges(
      map,
      { ...base, fields: { shouldCite: 'the ministry' } },
      base,
      ANNOTATION_SHAPE,
    );
    expect(readRecord(map, 'a1')).toMatchObject({
      tagIds: ['unattributed-claim'],
      fields: { shouldCite: 'the ministry' },
    });
  });

  it('merges the note as text: both edits survive', () => {
    const map = shared();
    writeRecord(map, { ...base, note: 'Emotive wording. Check it.' }, ANNOTATION_SHAPE);
    pushLocalChanges(map, { ...base, note: 'Very emotive wording.' }, base, ANNOTATION_SHAPE);
    expect(readRecord<typeof base>(map, 'a1')?.note).toBe('Very emotive wording. Check it.');
  });

  it('writes nothing when nothing changed locally, even if the shared copy moved on', () => {
    const map = shared();
    writeRecord(map, { ...base, note: 'Changed elsewhere.' }, ANNOTATION_SHAPE);
    expect(pushLocalChanges(map, base, base, ANNOTATION_SHAPE)).toBe(false);
    expect(readRecord<typeof base>(map, 'a1')?.note).toBe('Changed elsewhere.');
  });

  it('tombstones a record deleted locally, keeping its fields', () => {
    const map = shared();
    pushLocalChanges(map, undefined, base, ANNOTATION_SHAPE, () => '2026-02-02T00:00:00.000Z');
    expect(readRecord(map, 'a1')).toMatchObject({
      note: 'Emotive wording.',
      deletedAt: '2026-02-02T00:00:00.000Z',
    });
  });

  it('adds a record the shared document does not have', () => {
    const map = layerRecords(new Y.Doc(), 'annotations');
    pushLocalChanges(map, base, undefined, ANNOTATION_SHAPE);
    expect(readRecord(map, 'a1')).toEqual(base);
  });

  it('without a base, the later edit wins', () => {
    const map = shared();
    const older = { ...base, note: 'Older.', updatedAt: '2025-01-01T00:00:00.000Z' };
    pushLocalChanges(map, older, undefined, ANNOTATION_SHAPE);
    expect(readRecord<typeof base>(map, 'a1')?.note).toBe('Emotive wording.');
    const newer = { ...base, note: 'Newer.', updatedAt: '2027-01-01T00:00:00.000Z' };
    pushLocalChanges(map, newer, undefined, ANNOTATION_SHAPE);
    expect(readRecord<typeof base>(map, 'a1')?.note).toBe('Newer.');
  });
});

describe('mergeTextEdit', () => {
  it('finds the edited stretch again after an edit elsewhere', () => {
    const text = new Y.Doc().getText('t');
    text.insert(0, 'Police said five people died. More later.');
    text.insert(0, 'UPDATED: ');
    mergeTextEdit(
      text,
      'Police said five people died. More later.',
      'Police said six people died. More later.',
    );
    expect(text.toString()).toBe('UPDATED: Police said six people died. More later.');
  });
});
