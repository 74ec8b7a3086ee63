import { afterEach, describe, expect, it } from 'vitest';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import { onRecordsChanged, type ChangedKeys } from '../../../src/storage/record-changes';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { freshDatabase } from '../../support/database';
import { annotate, docA } from '../io/sample-data';

let db: SlantDatabase;
let stop = () => {};
afterEach(async () => {
  stop();
  await db?.delete();
});

/** Every change heard on the `annotations` table of `db` while `act` runs. */
async function heard(act: () => Promise<unknown>): Promise<ChangedKeys[]> {
  const changes: ChangedKeys[] = [];
  stop = onRecordsChanged(db.name, 'annotations', (changed) => changes.push(changed));
  await act();
  stop();
  return changes;
}

const keys = (changes: ChangedKeys[]) =>
  changes.flatMap((c) => (c === 'all' ? ['all'] : [...c])).sort();

describe('which annotations a write changed', () => {
  it('names the records created, changed and deleted, and nothing for other tables', async () => {
    db = freshDatabase();
    await db.open();
    const annotations = annotationsRepository(db);
    const a = annotate(docA, 'slaughtered');
    const b = annotate(docA, 'death toll');

    expect(keys(await heard(() => annotations.put(a)))).toEqual([a.id]);
    expect(keys(await heard(() => annotations.putMany([a, b])))).toEqual([a.id, b.id].sort());
    expect(keys(await heard(() => annotations.change(b.id, { note: 'why?' })))).toEqual([b.id]);
    expect(keys(await heard(() => annotations.remove([a.id])))).toEqual([a.id]);
    expect(await heard(() => db.documents.put(docA))).toEqual([]);
  });

  it('says “all” for a bulk write that Dexie does not itemise, so nothing is missed', async () => {
    db = freshDatabase();
    await db.open();
    const many = Array.from({ length: 60 }, () => annotate(docA, 'slaughtered'));
    expect(await heard(() => annotationsRepository(db).putMany(many))).toEqual(['all']);
    expect(await heard(() => db.annotations.clear())).toEqual(['all']);
  });
});
