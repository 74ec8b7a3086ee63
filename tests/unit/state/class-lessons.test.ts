import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, SlantDocument } from '../../../src/domain/types';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import { parseLessonPack, parseStudentWork } from '../../../src/io/class';
import { pageDatabase as db } from '../../support/database';
import {
  createLesson,
  deleteLesson,
  deleteSubmission,
  exportLessonPack,
  exportStudentWork,
  importStudentWork,
  lessonCollectionId,
  openLessonPack,
  packCopyId,
  setKeyFromAnnotations,
  updateLesson,
} from '../../../src/state/class';
import { contentChangedKey, keyTakenKey } from '../../../src/storage/lesson-dates';
import { annotate, docA, docB, ptcTag } from '../io/sample-data';
import { byStudent, edited, studentFile } from '../io/class/sample-class';

/** An empty database, as a browser that never opened Slant. */
async function emptyDatabase() {
  db.close();
  await db.delete();
  await db.open();
}

/** Every table's records, to show that a refused change changed nothing. */
async function everything() {
  const tables = ['documents', 'annotations', 'tags', 'collections', 'lessons', 'submissions'];
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
  );
}

/** The teacher's library: the two articles, the default tags and a custom one with key `1`. */
async function teacherLibrary() {
  await db.documents.bulkAdd([docA, docB]);
  await db.tags.bulkAdd([...DEFAULT_TAGS, { ...ptcTag, shortcut: '1', order: 9 }]);
}

async function teacherLesson() {
  await teacherLibrary();
  return createLesson({
    title: 'Two reports',
    instructions: 'Mark the loaded words.',
    documentIds: [docA.id, docB.id],
    tagIds: ['loaded-language', 'unattributed-claim', ptcTag.id],
  });
}

const keyAnnotations: Annotation[] = [
  annotate(docA, 'slaughtered', { tagIds: ['loaded-language', 'outlet-affiliation'] }),
  annotate(docB, 'shelling intensified', { tagIds: ['loaded-language'] }),
  // Left out of the key: an orphan, a tag the lesson does not use, an article it does not have.
  annotate(docA, 'activists said', { tagIds: ['loaded-language'], status: 'orphaned' }),
  annotate(docA, 'RTX', { tagIds: ['outlet-affiliation'] }),
  annotate({ ...docA, id: 'doc-elsewhere' }, 'slaughtered', { tagIds: ['loaded-language'] }),
];

beforeEach(emptyDatabase);

describe('a teacher’s lesson', () => {
  it('is created with its articles and tags, and refused without them', async () => {
    const lesson = await teacherLesson();
    expect(await db.lessons.get(lesson.id)).toMatchObject({
      role: 'teacher',
      title: 'Two reports',
      documentIds: ['doc-a', 'doc-b'],
    });
    await expect(
      createLesson({ title: ' ', instructions: '', documentIds: ['doc-a'], tagIds: ['x'] }),
    ).rejects.toThrow('Give the lesson a title.');
    await expect(
      createLesson({ title: 'T', instructions: '', documentIds: [], tagIds: ['x'] }),
    ).rejects.toThrow('Choose at least one article');
    expect(await db.lessons.count()).toBe(1);
  });

  it('takes the key from the teacher’s anchored annotations with the lesson’s tags, as a copy', async () => {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    const taken = new Date('2025-03-10T12:00:00.000Z');
    expect(await setKeyFromAnnotations(lesson.id, taken)).toBe(2);
    const key = (await db.lessons.get(lesson.id))!.key!;
    expect(key.map((a) => [a.documentId, a.target.exact, a.tagIds])).toEqual([
      ['doc-a', 'slaughtered', ['loaded-language']],
      ['doc-b', 'shelling intensified', ['loaded-language']],
    ]);
    expect((await db.meta.get(keyTakenKey(lesson.id)))?.value).toBe(taken.toISOString());
    // Annotating on afterwards does not change the key until it is taken again.
    await db.annotations.add(annotate(docB, 'humanitarian catastrophe', { tagIds: [ptcTag.id] }));
    expect((await db.lessons.get(lesson.id))!.key).toHaveLength(2);
    // The teacher's annotations are only read.
    expect(await db.annotations.count()).toBe(keyAnnotations.length + 1);
  });

  it('refuses a key with nothing in it and keeps the one it had', async () => {
    const lesson = await teacherLesson();
    await db.annotations.add(keyAnnotations[0]!);
    await setKeyFromAnnotations(lesson.id);
    await db.annotations.clear();
    const before = await everything();
    await expect(setKeyFromAnnotations(lesson.id)).rejects.toThrow(
      'You have no annotations with this lesson’s tags',
    );
    expect(await everything()).toEqual(before);
  });

  it('is changed by its teacher, keeping its key and the students’ work', async () => {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    await setKeyFromAnnotations(lesson.id, new Date('2025-03-10T12:00:00.000Z'));
    const keyed = (await db.lessons.get(lesson.id))!;
    await db.submissions.add({
      id: 's1',
      lessonId: lesson.id,
      student: 'Ana',
      annotations: [keyAnnotations[0]!],
      orphanCount: 0,
      exportedAt: '2025-03-11',
      importedAt: '2025-03-11',
    });
    const submissions = await db.submissions.toArray();

    // Only the title and instructions: the key still fits the lesson.
    const retitled = await updateLesson(lesson.id, { title: ' Two outlets ', instructions: '' });
    expect(retitled.keyPredatesChange).toBe(false);
    expect(await db.meta.get(contentChangedKey(lesson.id))).toBeUndefined();

    const changed = new Date('2025-03-11T09:00:00.000Z');
    const result = await updateLesson(
      lesson.id,
      { documentIds: [docB.id], tagIds: ['loaded-language'], suggestionsOff: true },
      changed,
    );
    expect(result.keyPredatesChange).toBe(true);
    const stored = (await db.lessons.get(lesson.id))!;
    expect(stored).toEqual(result.lesson);
    expect(stored).toEqual({
      ...keyed,
      title: 'Two outlets',
      instructions: '',
      documentIds: ['doc-b'],
      tagIds: ['loaded-language'],
      suggestionsOff: true,
    });
    // The key is as it was taken, not taken again; the change is recorded beside its date.
    expect(stored.key).toEqual(keyed.key);
    expect((await db.meta.get(contentChangedKey(lesson.id)))?.value).toBe(changed.toISOString());
    expect(await db.submissions.toArray()).toEqual(submissions);

    // Switching suggestions back on leaves no field behind.
    await updateLesson(lesson.id, { suggestionsOff: false });
    expect(await db.lessons.get(lesson.id)).not.toHaveProperty('suggestionsOff');

    // A pack downloaded now is the lesson as changed.
    const pack = parseLessonPack((await exportLessonPack(lesson.id, false)).text);
    expect(pack.ok && [pack.pack.title, pack.pack.documents.map((d) => d.id)]).toEqual([
      'Two outlets',
      ['doc-b'],
    ]);
  });

  it('refuses a change without a title, an article or a tag, changing nothing', async () => {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    await setKeyFromAnnotations(lesson.id);
    const before = await everything();
    const meta = await db.meta.toArray();
    await expect(updateLesson(lesson.id, { title: '  ', documentIds: [docA.id] })).rejects.toThrow(
      'Give the lesson a title.',
    );
    await expect(updateLesson(lesson.id, { title: 'New', documentIds: [] })).rejects.toThrow(
      'Choose at least one article for the lesson.',
    );
    await expect(updateLesson(lesson.id, { title: 'New', tagIds: [] })).rejects.toThrow(
      'Choose at least one tag for students to use.',
    );
    await expect(updateLesson('no-such-lesson', { title: 'New' })).rejects.toThrow(
      'no longer in this browser',
    );
    expect(await everything()).toEqual(before);
    expect(await db.meta.toArray()).toEqual(meta);
  });

  it('exports the pack for students without the key, and the teacher’s copy with it', async () => {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    await setKeyFromAnnotations(lesson.id);
    const forStudents = await exportLessonPack(lesson.id, false);
    expect(forStudents.filename).toBe('Two-reports.lesson.json');
    const pack = parseLessonPack(forStudents.text);
    expect(pack.ok && pack.pack.key).toBe(undefined);
    const withKey = await exportLessonPack(lesson.id, true);
    expect(withKey.filename).toBe('Two-reports.lesson-with-key.json');
    const keyed = parseLessonPack(withKey.text);
    expect(keyed.ok && keyed.pack.key?.length).toBe(2);
  });

  it('deletes a lesson with the students’ work, keeping the articles', async () => {
    const lesson = await teacherLesson();
    await db.submissions.add({
      id: 's1',
      lessonId: lesson.id,
      student: 'Ana',
      annotations: [],
      orphanCount: 0,
      exportedAt: '2025-03-10',
      importedAt: '2025-03-10',
    });
    await deleteLesson(lesson.id);
    expect(await db.lessons.count()).toBe(0);
    expect(await db.submissions.count()).toBe(0);
    expect(await db.documents.count()).toBe(2);
  });
});

describe('a student opening the pack', () => {
  async function packText() {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    await setKeyFromAnnotations(lesson.id);
    const { text } = await exportLessonPack(lesson.id, true);
    return { lesson, text };
  }

  it('stores the articles, missing tags, a collection and the lesson without its key, at once', async () => {
    const { lesson, text } = await packText();
    await emptyDatabase();
    // The student has the first article as it is, and another text under the second's id.
    const edited: SlantDocument = { ...docB, text: 'My own notes.', contentHash: 'e'.repeat(64) };
    await db.documents.bulkAdd([{ ...docA, collectionIds: [] }, edited]);
    await db.tags.bulkAdd(DEFAULT_TAGS);

    const opened = await openLessonPack(text, 'two-reports.json');
    expect(opened).toMatchObject({ ok: true, addedDocuments: 1, addedTags: 1, again: false });
    const stored = (await db.lessons.get(lesson.id))!;
    expect(stored.role).toBe('student');
    expect(stored.key).toBeUndefined();
    expect(stored.documentIds).toEqual(['doc-a', packCopyId(docB)]);
    expect((await db.documents.get(packCopyId(docB)))?.text).toBe(docB.text);
    expect((await db.documents.get('doc-b'))?.text).toBe('My own notes.');
    expect((await db.documents.get('doc-a'))?.collectionIds).toEqual([
      lessonCollectionId(lesson.id),
    ]);
    expect(await db.collections.get(lessonCollectionId(lesson.id))).toMatchObject({
      name: 'Two reports',
      documentIds: ['doc-a', packCopyId(docB)],
    });
    // The pack's tag came without its key `1`, which the student's loaded language uses.
    const added = (await db.tags.get(ptcTag.id))!;
    expect(added.shortcut).toBeUndefined();
    expect(added.order).toBeGreaterThan(Math.max(...DEFAULT_TAGS.map((t) => t.order)));

    const before = await everything();
    expect(await openLessonPack(text, 'two-reports.json')).toMatchObject({
      ok: true,
      addedDocuments: 0,
      addedTags: 0,
      again: true,
    });
    expect(await everything()).toEqual(before);
  });

  it('refuses a bad file, and the teacher’s own pack, changing nothing', async () => {
    const { text } = await packText();
    const before = await everything();
    const own = await openLessonPack(text, 'mine.json');
    expect(own.ok).toBe(false);
    expect(!own.ok && own.error).toMatch(
      /^“mine\.json” is a pack of “Two reports”, which is already here as your own lesson/,
    );
    for (const [name, bad] of [
      ['cut.json', text.slice(0, 200)],
      ['work.json', studentFile('Ana', [byStudent(docA, 'slaughtered')])],
      ['edited.json', edited<{ key: Annotation[] }>(text, (p) => (p.key[0]!.target.start += 1))],
    ] as const) {
      const result = await openLessonPack(bad, name);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(name);
      expect(!result.ok && result.error).toMatch(/Nothing was changed\.$/);
    }
    expect(await everything()).toEqual(before);
  });

  it('keeps the key when the teacher opens their own pack on another computer', async () => {
    const { lesson, text } = await packText();
    await emptyDatabase();
    const opened = await openLessonPack(text, 'mine.json', { role: 'teacher' });
    expect(opened.ok).toBe(true);
    const stored = (await db.lessons.get(lesson.id))!;
    expect(stored.role).toBe('teacher');
    expect(stored.key?.map((a) => a.target.exact)).toEqual(['slaughtered', 'shelling intensified']);
  });

  it('cannot change a lesson opened from a pack', async () => {
    const { lesson, text } = await packText();
    await emptyDatabase();
    await db.tags.bulkAdd(DEFAULT_TAGS);
    await openLessonPack(text);
    const before = await everything();
    await expect(updateLesson(lesson.id, { title: 'Mine now' })).rejects.toThrow(
      'Only your own lessons can be changed',
    );
    expect(await everything()).toEqual(before);
  });

  it('exports the student’s annotations with the lesson’s tags, and needs a name and a mark', async () => {
    const { lesson, text } = await packText();
    await emptyDatabase();
    await db.tags.bulkAdd(DEFAULT_TAGS);
    await openLessonPack(text);
    await expect(exportStudentWork(lesson.id, 'Ana')).rejects.toThrow(
      'You have not marked anything',
    );
    await db.annotations.bulkAdd([
      byStudent(docA, 'slaughtered'),
      byStudent(docA, 'RTX', { tagIds: ['outlet-affiliation'] }),
    ]);
    await expect(exportStudentWork(lesson.id, '  ')).rejects.toThrow('Enter your name');
    const file = await exportStudentWork(lesson.id, 'Ana Silva');
    expect(file.filename).toBe('Two-reports.Ana-Silva.work.json');
    const work = parseStudentWork(file.text);
    expect(work.ok && work.work.annotations.map((a) => a.target.exact)).toEqual(['slaughtered']);
    expect(work.ok && work.work.student).toBe('Ana Silva');
  });
});

describe('the teacher importing students’ work', () => {
  const other = { id: '0b8e1f36-2d4c-4a59-8f7e-3c6a1d9b2e40', title: 'Another lesson' };

  async function lessonWithKey() {
    const lesson = await teacherLesson();
    await db.annotations.bulkAdd(keyAnnotations);
    await setKeyFromAnnotations(lesson.id);
    return (await db.lessons.get(lesson.id))!;
  }

  const fileOf = (lesson: { id: string; title: string }, student: string, marks: Annotation[]) =>
    studentFile(student, marks, {
      lesson: {
        ...lesson,
        instructions: '',
        documentIds: [docA.id, docB.id],
        tagIds: ['loaded-language'],
        role: 'student',
        createdAt: '2025-03-09',
      },
    });

  it('stores the good files as submissions and names each bad one, touching no annotation', async () => {
    const lesson = await lessonWithKey();
    const annotations = await db.annotations.toArray();
    const result = await importStudentWork(lesson.id, [
      { name: 'ana.json', text: fileOf(lesson, 'Ana', [byStudent(docA, 'slaughtered')]) },
      { name: 'ben.json', text: fileOf(lesson, 'Ben', [byStudent(docB, 'Residents fled')]) },
      { name: 'cleo.json', text: fileOf(other, 'Cleo', [byStudent(docA, 'slaughtered')]) },
      { name: 'dan.json', text: fileOf(lesson, 'Dan', []) },
      {
        name: 'eve.json',
        text: edited<{ annotations: Annotation[] }>(
          fileOf(lesson, 'Eve', [byStudent(docA, 'slaughtered')]),
          (w) => (w.annotations[0]!.target.exact = 'slaughterer'),
        ),
      },
      { name: 'ana-2.json', text: fileOf(lesson, 'ana', [byStudent(docA, 'civilians')]) },
    ]);
    expect(result.imported.map((i) => i.fileName)).toEqual(['ana.json', 'ben.json']);
    expect(result.refused.map((r) => [r.fileName, r.reason])).toEqual([
      ['cleo.json', 'other-lesson'],
      ['dan.json', 'no-annotations'],
      ['eve.json', 'tampered'],
      ['ana-2.json', 'duplicate-student'],
    ]);
    const stored = await db.submissions.where('lessonId').equals(lesson.id).sortBy('student');
    expect(stored.map((s) => [s.student, s.annotations.length])).toEqual([
      ['Ana', 1],
      ['Ben', 1],
    ]);
    expect(await db.annotations.toArray()).toEqual(annotations);

    // Replace keeps the record (same id) with the new work.
    const again = await importStudentWork(
      lesson.id,
      [{ name: 'ana-2.json', text: fileOf(lesson, 'ana', [byStudent(docA, 'civilians')]) }],
      { replace: true },
    );
    expect(again.imported[0]?.replaces?.id).toBe(stored[0]!.id);
    const replaced = (await db.submissions.get(stored[0]!.id))!;
    expect(replaced.annotations.map((a) => a.target.exact)).toEqual(['civilians']);
    expect(await db.submissions.count()).toBe(2);

    await deleteSubmission(replaced.id);
    expect(await db.submissions.count()).toBe(1);
  });

  it('changes nothing when every file is refused', async () => {
    const lesson = await lessonWithKey();
    const before = await everything();
    const result = await importStudentWork(lesson.id, [
      { name: 'cleo.json', text: fileOf(other, 'Cleo', [byStudent(docA, 'slaughtered')]) },
      { name: 'notes.txt', text: 'not json' },
    ]);
    expect(result.imported).toEqual([]);
    expect(result.refused.map((r) => r.fileName)).toEqual(['cleo.json', 'notes.txt']);
    expect(await everything()).toEqual(before);
  });
});

describe('a lesson without suggestions', () => {
  it('keeps the teacher’s choice in the pack, and a student’s copy keeps it too', async () => {
    await emptyDatabase();
    await teacherLibrary();
    const lesson = await createLesson({
      title: 'Read it yourself',
      instructions: '',
      documentIds: [docA.id],
      tagIds: ['loaded-language'],
      suggestionsOff: true,
    });
    const { text } = await exportLessonPack(lesson.id, false);
    await emptyDatabase();
    const opened = await openLessonPack(text, 'pack.json');
    expect(opened.ok).toBe(true);
    const [copy] = await db.lessons.toArray();
    expect(copy).toMatchObject({ role: 'student', suggestionsOff: true });
  });
});
