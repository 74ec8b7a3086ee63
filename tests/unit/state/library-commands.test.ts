import { beforeEach, describe, expect, it } from 'vitest';
import { deleteForever, emptyTrash, moveToTrash } from '../../../src/state/library-commands';
import { derivedCache } from '../../../src/storage';
import { pageDatabase as db } from '../../support/database';
import { docA, docB } from '../io/sample-data';

/** Deleting for good leaves nothing derived from the text behind (Compare's kept sources). */
const kept = derivedCache<string[]>('attribution');

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkAdd([docA, docB]);
  await kept.keep(`build|${docA.contentHash}`, ['Reuters']);
  await kept.keep(`build|${docB.contentHash}`, ['AP']);
});

describe('deleting documents for good', () => {
  it('forgets the sources worked out from the deleted text, and keeps the others', async () => {
    await deleteForever(docA.id);
    expect(await db.documents.get(docA.id)).toBeUndefined();
    expect(await kept.read(`build|${docA.contentHash}`)).toBeUndefined();
    expect(await kept.read(`build|${docB.contentHash}`)).toEqual(['AP']);
  });

  it('forgets them when the trash is emptied, not when a document only goes to the trash', async () => {
    await moveToTrash(docB.id);
    expect(await kept.read(`build|${docB.contentHash}`)).toEqual(['AP']);
    expect(await emptyTrash()).toBe(1);
    expect(await kept.read(`build|${docB.contentHash}`)).toBeUndefined();
    expect(await kept.read(`build|${docA.contentHash}`)).toEqual(['Reuters']);
  });
});
