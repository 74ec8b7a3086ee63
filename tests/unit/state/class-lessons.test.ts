import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, SlantDocument } from '../../../src/domain/types';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import { extendTaxonomy } from '../../../src/domain/taxonomy-presets';
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
  copyIntoKey,
  packCopyId,
  updateLesson,
} from '../../../src/state/class';
import { DEFAULT_LAYER_ID, lessonKeyLayerId, lessonWorkLayerId } from '../../../src/domain/layers';
import { annotations as annotationStore, lessons } from '../../../src/storage';
import { contentChangedKey } from '../../../src/storage/lesson-dates';
import { describeMerge } from '../../../src/domain/layers';
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
  const tables = [
    'documents',
    'annotations',
    'tags',
    'collections',
    'lessons',
    'submissions',
    'layers',
  ];
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

/** The annotations of a layer, in reading order. */
const inLayer = async (layerId: string) =>
  (await db.annotations.where('layerId').equals(layerId).toArray()).sort(
    (a, b) => a.documentId.localeCompare(b.documentId) || a.target.start - b.target.start,
  );

/** The teacher's key, filled from their own annotations (the default layer). */
async function keyFromMine(lessonId: string, now = new Date()) {
  await db.annotations.bulkAdd(keyAnnotations);
  return copyIntoKey(lessonId, DEFAULT_LAYER_ID, now);
}

/** A student's work file for `lesson`. */
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
    // With its answer key: a layer of its own, empty until the teacher annotates in it.
    expect(await db.layers.get(lessonKeyLayerId(lesson.id))).toMatchObject({
      kind: 'lesson-key',
      lessonId: lesson.id,
      label: 'Key: Two reports',
      readOnly: false,
    });
    expect(await inLayer(lessonKeyLayerId(lesson.id))).toEqual([]);
  });

  it('copies into the key, explicitly, the anchored annotations of a chosen layer with the lesson’s tags', async () => {
    const lesson = await teacherLesson();
    const copied = new Date('2025-03-10T12:00:00.000Z');
    expect(await keyFromMine(lesson.id, copied)).toBe(2);
    const key = await inLayer(lessonKeyLayerId(lesson.id));
    expect(key.map((a) => [a.documentId, a.target.exact, a.tagIds])).toEqual([
      ['doc-a', 'slaughtered', ['loaded-language']],
      ['doc-b', 'shelling intensified', ['loaded-language']],
    ]);
    expect(await lessons.keyChangedAt(lesson.id)).toBe(copied.toISOString());
    // Copying again adds nothing: the key has those passages with those tags already.
    expect(await copyIntoKey(lesson.id, DEFAULT_LAYER_ID)).toBe(0);
    // Annotating on afterwards does not change the key.
    await db.annotations.add(annotate(docB, 'humanitarian catastrophe', { tagIds: [ptcTag.id] }));
    expect(await inLayer(lessonKeyLayerId(lesson.id))).toHaveLength(2);
    // The teacher's annotations are only read.
    expect(await inLayer(DEFAULT_LAYER_ID)).toHaveLength(keyAnnotations.length + 1);
  });

  it('copies nothing from a layer with nothing to copy, or from the key itself, and keeps the key', async () => {
    const lesson = await teacherLesson();
    await keyFromMine(lesson.id);
    await db.annotations.where('layerId').equals(DEFAULT_LAYER_ID).delete();
    const before = await everything();
    expect(await copyIntoKey(lesson.id, DEFAULT_LAYER_ID)).toBe(0);
    await expect(copyIntoKey(lesson.id, lessonKeyLayerId(lesson.id))).rejects.toThrow(
      'this one is the key',
    );
    expect(await everything()).toEqual(before);
  });

  it('is changed by its teacher, keeping its key and the students’ work', async () => {
    const lesson = await teacherLesson();
    await keyFromMine(lesson.id, new Date('2025-03-10T12:00:00.000Z'));
    const keyed = (await db.lessons.get(lesson.id))!;
    const keyBefore = await inLayer(lessonKeyLayerId(lesson.id));
    await db.submissions.add({
      id: 's1',
      lessonId: lesson.id,
      student: 'Ana',
      layerId: 'layer-submission-s1',
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
    // The key is as it was, not changed; the lesson's change is recorded.
    expect(await inLayer(lessonKeyLayerId(lesson.id))).toEqual(keyBefore);
    expect(await lessons.keyPredatesChange(lesson.id)).toBe(true);
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
    await keyFromMine(lesson.id);
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
    await keyFromMine(lesson.id);
    const forStudents = await exportLessonPack(lesson.id, false);
    expect(forStudents.filename).toBe('Two-reports.lesson.json');
    const pack = parseLessonPack(forStudents.text);
    expect(pack.ok && pack.pack.key).toBe(undefined);
    const withKey = await exportLessonPack(lesson.id, true);
    expect(withKey.filename).toBe('Two-reports.lesson-with-key.json');
    const keyed = parseLessonPack(withKey.text);
    expect(keyed.ok && keyed.pack.key?.length).toBe(2);
  });

  it('deletes a lesson with its key and the students’ work, keeping the articles and my annotations', async () => {
    const lesson = await teacherLesson();
    await keyFromMine(lesson.id);
    await importStudentWork(lesson.id, [
      { name: 'ana.json', text: fileOf(lesson, 'Ana', [byStudent(docA, 'slaughtered')]) },
    ]);
    expect(await db.layers.count()).toBe(2);
    await deleteLesson(lesson.id);
    expect(await db.lessons.count()).toBe(0);
    expect(await db.submissions.count()).toBe(0);
    expect(await db.documents.count()).toBe(2);
    expect(await db.layers.count()).toBe(0);
    expect((await db.annotations.toArray()).map((a) => a.layerId)).toEqual(
      keyAnnotations.map(() => DEFAULT_LAYER_ID),
    );
  });
});

describe('a student opening the pack', () => {
  async function packText() {
    const lesson = await teacherLesson();
    await keyFromMine(lesson.id);
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
    // Its layer for the student's work; no key.
    expect(await db.layers.toArray()).toMatchObject([
      { id: lessonWorkLayerId(lesson.id), kind: 'lesson-work', label: 'My work: Two reports' },
    ]);
    expect(await db.annotations.count()).toBe(0);
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
    const key = await inLayer(lessonKeyLayerId(lesson.id));
    expect(key.map((a) => a.target.exact)).toEqual(['slaughtered', 'shelling intensified']);
    // Opened again: the key is in place and nothing is added twice.
    await openLessonPack(text, 'mine.json', { role: 'teacher' });
    expect(await inLayer(lessonKeyLayerId(lesson.id))).toEqual(key);
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

  it('exports the student’s lesson work with the lesson’s tags, never their practice, and needs a name and a mark', async () => {
    const { lesson, text } = await packText();
    await emptyDatabase();
    await db.tags.bulkAdd(DEFAULT_TAGS);
    // Practice on the same article before the lesson: in the student's own default layer.
    await db.annotations.add(byStudent(docA, 'activists said'));
    await openLessonPack(text);
    await expect(exportStudentWork(lesson.id, 'Ana')).rejects.toThrow(
      'You have not marked anything',
    );
    const work = lessonWorkLayerId(lesson.id);
    await db.annotations.bulkAdd([
      byStudent(docA, 'slaughtered', { layerId: work }),
      byStudent(docA, 'RTX', { tagIds: ['outlet-affiliation'], layerId: work }),
    ]);
    await expect(exportStudentWork(lesson.id, '  ')).rejects.toThrow('Enter your name');
    const file = await exportStudentWork(lesson.id, 'Ana Silva');
    expect(file.filename).toBe('Two-reports.Ana-Silva.work.json');
    const read = parseStudentWork(file.text);
    expect(read.ok && read.work.annotations.map((a) => a.target.exact)).toEqual(['slaughtered']);
    expect(read.ok && read.work.student).toBe('Ana Silva');
  });
});

describe('a pack that names a tag by a preset’s id', () => {
  const PRESET_ID = 'ptc-loaded-language';
  const [presetTag] = extendTaxonomy(
    [],
    [{ id: PRESET_ID, label: 'Loaded language', description: '' }],
  );
  /** Slant's default tags, with the preset's loaded language merged into its own (an alias). */
  const mergedTags = DEFAULT_TAGS.map((t) =>
    t.id === 'loaded-language' ? { ...t, aliases: [PRESET_ID] } : t,
  );

  /** A lesson made in a library of the preset's tags alone, with its key. */
  async function presetPack() {
    await db.documents.bulkAdd([docA, docB]);
    await db.tags.add(presetTag!);
    const lesson = await createLesson({
      title: 'Preset words',
      instructions: '',
      documentIds: [docA.id, docB.id],
      tagIds: [PRESET_ID],
    });
    await db.annotations.add(annotate(docA, 'slaughtered', { tagIds: [PRESET_ID] }));
    await copyIntoKey(lesson.id, DEFAULT_LAYER_ID, new Date());
    return { lesson, text: (await exportLessonPack(lesson.id, true)).text };
  }

  it('maps onto the merged tag for a student, whose work goes back under the pack’s id', async () => {
    const { lesson, text } = await presetPack();
    await emptyDatabase();
    await db.tags.bulkAdd(mergedTags);
    expect(await openLessonPack(text)).toMatchObject({ ok: true, addedTags: 0 });
    // No second “Loaded language”.
    expect((await db.tags.toArray()).map((t) => t.id).sort()).toEqual(
      mergedTags.map((t) => t.id).sort(),
    );
    await db.annotations.add(
      byStudent(docA, 'slaughtered', { layerId: lessonWorkLayerId(lesson.id) }),
    );
    const read = parseStudentWork((await exportStudentWork(lesson.id, 'Ana')).text);
    expect(read.ok && read.work.annotations.map((a) => a.tagIds)).toEqual([[PRESET_ID]]);
  });

  it('maps onto the merged tag for the teacher opening their own pack, key and students’ work alike', async () => {
    const { lesson, text } = await presetPack();
    await emptyDatabase();
    await db.tags.bulkAdd(mergedTags);
    await openLessonPack(text, 'mine.json', { role: 'teacher' });
    expect((await db.lessons.get(lesson.id))?.tagIds).toEqual(['loaded-language']);
    const key = await inLayer(lessonKeyLayerId(lesson.id));
    expect(key.map((a) => a.tagIds)).toEqual([['loaded-language']]);
    const work = studentFile('Ben', [byStudent(docA, 'slaughtered', { tagIds: [PRESET_ID] })], {
      lesson: { ...lesson, role: 'student' },
    });
    const result = await importStudentWork(lesson.id, [{ name: 'ben.json', text: work }]);
    expect(result.refused).toEqual([]);
    expect(result.imported[0]?.annotations.map((a) => a.tagIds)).toEqual([['loaded-language']]);
  });
});

describe('the teacher importing students’ work', () => {
  const other = { id: '0b8e1f36-2d4c-4a59-8f7e-3c6a1d9b2e40', title: 'Another lesson' };

  async function lessonWithKey() {
    const lesson = await teacherLesson();
    await keyFromMine(lesson.id);
    return (await db.lessons.get(lesson.id))!;
  }

  it('stores each good file as a read-only layer of its student’s and names each bad one, touching no other annotation', async () => {
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
    const counts = await Promise.all(
      stored.map(async (s) => [s.student, (await inLayer(s.layerId)).length]),
    );
    expect(counts).toEqual([
      ['Ana', 1],
      ['Ben', 1],
    ]);
    for (const s of stored)
      expect(await db.layers.get(s.layerId)).toMatchObject({
        kind: 'lesson-work',
        owner: s.student,
        lessonId: lesson.id,
        readOnly: true,
      });
    const theirs = new Set(stored.map((s) => s.layerId));
    expect((await db.annotations.toArray()).filter((a) => !theirs.has(a.layerId))).toEqual(
      annotations,
    );

    // Replace keeps the record (same id), merging the new work into the student's layer.
    const again = await importStudentWork(
      lesson.id,
      [{ name: 'ana-2.json', text: fileOf(lesson, 'ana', [byStudent(docA, 'civilians')]) }],
      { replace: true },
    );
    expect(again.imported[0]?.replaces?.id).toBe(stored[0]!.id);
    expect(again.imported[0]?.merge).toMatchObject({ added: 1, updated: 0 });
    const replaced = (await db.submissions.get(stored[0]!.id))!;
    expect((await inLayer(replaced.layerId)).map((a) => a.target.exact)).toEqual([
      'slaughtered',
      'civilians',
    ]);
    expect(await db.submissions.count()).toBe(2);

    // Deleting the work deletes its layer and its annotations with it.
    await deleteSubmission(replaced.id);
    expect(await db.submissions.count()).toBe(1);
    expect(await db.layers.get(replaced.layerId)).toBeUndefined();
    expect(await inLayer(replaced.layerId)).toEqual([]);
  });

  it('replaces a student’s work by the one merge rule, and says exactly what it did', async () => {
    const lesson = await lessonWithKey();
    const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    const changed = byStudent(docA, 'slaughtered', { updatedAt: at(10) });
    const mineNewer = byStudent(docB, 'Residents fled', { updatedAt: at(14) });
    const deleted = byStudent(docA, 'activists said', { updatedAt: at(10) });
    const same = byStudent(docB, 'shelling intensified', { updatedAt: at(10) });
    await importStudentWork(lesson.id, [
      { name: 'ana.json', text: fileOf(lesson, 'Ana', [changed, mineNewer, deleted, same]) },
    ]);
    await annotationStore.remove([deleted.id]);
    const newer = await importStudentWork(
      lesson.id,
      [
        {
          name: 'ana-2.json',
          text: fileOf(lesson, 'Ana', [
            { ...changed, note: 'Neutral: killed.', updatedAt: at(12) },
            { ...mineNewer, note: 'An older thought.', updatedAt: at(12) },
            deleted,
            same,
            byStudent(docA, 'civilians', { updatedAt: at(12) }),
          ]),
        },
      ],
      { replace: true },
    );
    const merge = newer.imported[0]!.merge!;
    expect(describeMerge(merge)).toBe(
      '1 new, 1 updated (the file’s copy is newer), 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged',
    );
    const [submission] = await db.submissions.toArray();
    const work = await inLayer(submission!.layerId);
    expect(work.map((a) => [a.target.exact, a.note])).toEqual([
      ['slaughtered', 'Neutral: killed.'],
      ['civilians', ''],
      ['Residents fled', ''],
      ['shelling intensified', ''],
    ]);
  });

  it('flags work nearly the same as work handed in before, in an earlier import', async () => {
    const lesson = await lessonWithKey();
    // Each student's own annotations (their own ids), on the same passages with the same tags.
    const marks = () => [byStudent(docA, 'slaughtered'), byStudent(docB, 'Residents fled')];
    await importStudentWork(lesson.id, [
      { name: 'ana.json', text: fileOf(lesson, 'Ana', marks()) },
    ]);
    const later = await importStudentWork(lesson.id, [
      { name: 'ben.json', text: fileOf(lesson, 'Ben', marks()) },
      { name: 'cleo.json', text: fileOf(lesson, 'Cleo', marks().slice(1)) },
    ]);
    expect(
      later.imported.map((i) => [i.fileName, i.similarTo?.student, i.similarTo?.share]),
    ).toEqual([
      ['ben.json', 'Ana', 1],
      ['cleo.json', undefined, undefined],
    ]);
    expect(later.imported[0]?.similarTo?.fileName).toBeUndefined();
    // Ana replacing her own work is not flagged as copying herself.
    const again = await importStudentWork(
      lesson.id,
      [{ name: 'ana-2.json', text: fileOf(lesson, 'Ana', marks()) }],
      { replace: true },
    );
    expect(again.imported[0]?.similarTo?.student).toBe('Ben');
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
