/**
 * Live queries for the Class view: they re-render on every change, from this tab or another.
 * Each returns `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { contentChangedKey, keyTakenKey } from './key-taken';

/** Every lesson, newest first: the teacher's own and those opened from packs. */
export const useLessons = () =>
  useLiveQuery(() => db.lessons.orderBy('createdAt').reverse().toArray(), []);

/** `null` when no lesson has this id. */
export const useLesson = (id: string) =>
  useLiveQuery(async () => (await db.lessons.get(id)) ?? null, [id]);

/** The students' work imported into a lesson, by student name. */
export const useSubmissions = (lessonId: string) =>
  useLiveQuery(async () => {
    const submissions = await db.submissions.where('lessonId').equals(lessonId).toArray();
    return [...submissions].sort((a, b) => a.student.localeCompare(b.student));
  }, [lessonId]);

/** When the lesson's key was taken (ISO), `null` when unknown. */
export const useKeyTakenAt = (lessonId: string) =>
  useLiveQuery(
    async () => ((await db.meta.get(keyTakenKey(lessonId)))?.value as string | undefined) ?? null,
    [lessonId],
  );

/**
 * Whether the lesson has a key taken before its articles or tags last changed (a key with no
 * date, from another computer, counts as taken before).
 */
export const useKeyPredatesChange = (lessonId: string) =>
  useLiveQuery(async () => {
    const [lesson, taken, changed] = await Promise.all([
      db.lessons.get(lessonId),
      db.meta.get(keyTakenKey(lessonId)),
      db.meta.get(contentChangedKey(lessonId)),
    ]);
    if (!lesson?.key || !changed) return false;
    return !taken || (changed.value as string) > (taken.value as string);
  }, [lessonId]);

/** The lesson's articles that this library has, in the lesson's order. */
export const useLessonDocuments = (documentIds: readonly string[]) =>
  useLiveQuery(
    async () => (await db.documents.bulkGet([...documentIds])).flatMap((d) => (d ? [d] : [])),
    [documentIds.join('\n')],
  );
