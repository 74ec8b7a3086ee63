import { keyOf } from '../domain/lesson-key';
import type { Lesson } from '../domain/types';
import { documentsRepository } from './documents-repository';
import { contentChangedKey, keyTakenKey } from './lesson-dates';
import type { SlantDatabase } from './slant-database';

/**
 * Lessons (Class) and what hangs on them: their key and its dates, the students' work imported
 * into them. Each change is one transaction. Whether a change is allowed (whose lesson it is, a
 * valid title) is the caller's rule: `check` receives the lesson as stored inside the
 * transaction and returns it, or throws to change nothing.
 */
export type LessonCheck = (lesson: Lesson | undefined) => Lesson;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function lessonsRepository(db: SlantDatabase) {
  const documentsOf = (lesson: Lesson) => documentsRepository(db).getMany(lesson.documentIds);
  const annotationsOf = (lesson: Lesson) =>
    db.annotations
      .where('documentId')
      .anyOf([...lesson.documentIds])
      .toArray();

  return {
    get: (id: string) => db.lessons.get(id),

    add: (lesson: Lesson) => db.lessons.add(lesson),

    /** Every lesson, newest first: the teacher's own and those opened from packs. */
    listNewestFirst: () => db.lessons.orderBy('createdAt').reverse().toArray(),

    /** The lesson opened from a pack that switched suggestions off for this document, or null. */
    withoutSuggestionsFor: async (documentId: string) =>
      (await db.lessons.toArray()).find(
        (l) => l.role === 'student' && l.suggestionsOff && l.documentIds.includes(documentId),
      ) ?? null,

    /**
     * Replaces the lesson with `edit`'s result. When its articles or tags changed, records when;
     * says whether it has a key taken before that change.
     */
    update: (lessonId: string, edit: LessonCheck, now: Date) =>
      db.transaction('rw', [db.lessons, db.meta], async () => {
        const lesson = await db.lessons.get(lessonId);
        const updated = edit(lesson);
        await db.lessons.put(updated);
        const contentChanged =
          !lesson ||
          !sameSet(lesson.documentIds, updated.documentIds) ||
          !sameSet(lesson.tagIds, updated.tagIds);
        if (contentChanged)
          await db.meta.put({ key: contentChangedKey(lessonId), value: now.toISOString() });
        return { lesson: updated, keyPredatesChange: contentChanged && lesson?.key !== undefined };
      }),

    /**
     * Makes the current annotations on the lesson's articles, with its tags, its answer key, and
     * records when. Returns the key's size; 0 when there is nothing to take, and nothing changed.
     */
    takeKey: (lessonId: string, check: LessonCheck, now: Date) =>
      db.transaction('rw', [db.lessons, db.annotations, db.meta], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        const key = keyOf(lesson, await annotationsOf(lesson));
        if (key.length === 0) return 0;
        await db.lessons.put({ ...lesson, key });
        await db.meta.put({ key: keyTakenKey(lessonId), value: now.toISOString() });
        return key.length;
      }),

    /** When the lesson's key was taken (ISO), `null` when unknown. */
    keyTakenAt: async (lessonId: string) =>
      ((await db.meta.get(keyTakenKey(lessonId)))?.value as string | undefined) ?? null,

    /**
     * Whether the lesson has a key taken before its articles or tags last changed (a key with no
     * date, from another computer, counts as taken before).
     */
    keyPredatesChange: async (lessonId: string) => {
      const [lesson, taken, changed] = await Promise.all([
        db.lessons.get(lessonId),
        db.meta.get(keyTakenKey(lessonId)),
        db.meta.get(contentChangedKey(lessonId)),
      ]);
      if (!lesson?.key || !changed) return false;
      return !taken || (changed.value as string) > (taken.value as string);
    },

    /** The lesson with its articles and the taxonomy, as a lesson pack needs them. */
    withPackContents: (lessonId: string, check: LessonCheck) =>
      db.transaction('r', [db.lessons, db.documents, db.tags], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        return {
          lesson,
          documents: await documentsOf(lesson),
          tags: await db.tags.orderBy('order').toArray(),
        };
      }),

    /** The lesson with its articles and every annotation on them, as a student's work needs. */
    withWork: (lessonId: string, check: LessonCheck) =>
      db.transaction('r', [db.lessons, db.documents, db.annotations], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        return {
          lesson,
          documents: await documentsOf(lesson),
          annotations: await annotationsOf(lesson),
        };
      }),

    /** Deletes the lesson, its dates and the students' work imported into it; its articles stay. */
    remove: (lessonId: string) =>
      db.transaction('rw', [db.lessons, db.submissions, db.meta], async () => {
        await db.submissions.where('lessonId').equals(lessonId).delete();
        await db.meta.bulkDelete([keyTakenKey(lessonId), contentChangedKey(lessonId)]);
        await db.lessons.delete(lessonId);
      }),
  };
}
