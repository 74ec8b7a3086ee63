/**
 * Files brought in are not trusted further than their text: a content hash that does not match
 * its article is found, so a lesson pack cannot make Slant open (or store twice) the wrong
 * article, and a backup's hash is recomputed with the user told which field was wrong.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import { readBackup, toBackup } from '../../../src/io/backup';
import { toLessonPack } from '../../../src/io/class';
import { openLessonPack } from '../../../src/state/class';
import { pageDatabase as db } from '../../support/database';
import { docA, docB, library } from '../io/sample-data';

async function emptyDatabase() {
  db.close();
  await db.delete();
  await db.open();
}

const lesson = {
  id: '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11',
  title: 'Two reports',
  instructions: '',
  documentIds: [docA.id, docB.id],
  tagIds: ['loaded-language'],
  role: 'teacher' as const,
  createdAt: '2025-03-09T08:00:00.000Z',
};

const pack = (documents: (typeof docA)[]) =>
  toLessonPack({ ...lesson, documentIds: documents.map((d) => d.id) }, documents, DEFAULT_TAGS);

beforeEach(emptyDatabase);

describe('a lesson pack claiming another article’s hash', () => {
  it('is refused, naming the field, and swaps nothing in the library', async () => {
    await db.documents.bulkAdd([docA, docB]);
    // Article A's text, passed off under article B's hash and a new id.
    const forged = { ...docA, id: 'doc-forged', contentHash: docB.contentHash };
    const opened = await openLessonPack(pack([forged]), 'lesson.json');
    expect(opened).toEqual({ ok: false, error: expect.any(String) });
    if (!opened.ok)
      expect(opened.error).toContain(
        'documents[0].contentHash: does not match the text of “Clashes in the north” (the file was changed or damaged)',
      );
    expect(await db.lessons.count()).toBe(0);
    expect((await db.documents.toArray()).map((d) => d.id).sort()).toEqual([docA.id, docB.id]);
  });

  it('lists an article the pack holds twice under two ids once, stored once', async () => {
    const twice = { ...docA, id: 'doc-a-again' };
    const opened = await openLessonPack(pack([docA, twice]), 'lesson.json');
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.lesson.documentIds).toEqual([docA.id]);
    expect(await db.documents.count()).toBe(1);
  });
});

describe('a backup whose content hash does not match its text', () => {
  it('is restored with the hash recomputed, saying which field was wrong', async () => {
    const text = toBackup({
      ...library,
      documents: [{ ...library.documents[0]!, contentHash: docB.contentHash }, docB],
    });
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.contents.documents.map((d) => d.contentHash)).toEqual([
      docA.contentHash,
      docB.contentHash,
    ]);
    expect(read.warnings[0]).toEqual({
      where: 'documents[0].contentHash',
      message:
        'does not match the text of “Clashes in the north”; Slant recomputed it from the text',
      repaired: true,
    });
    expect((await readBackup(toBackup(library))).ok && true).toBe(true);
  });
});
