/**
 * Live queries for the Class view: they re-render on every change, from this tab or another.
 * Each returns `undefined` while loading.
 */
import { documents, lessons, submissions, useLiveRead } from '../../storage';

/** Every lesson, newest first: the teacher's own and those opened from packs. */
export const useLessons = () => useLiveRead(() => lessons.listNewestFirst(), []);

/** `null` when no lesson has this id. */
export const useLesson = (id: string) =>
  useLiveRead(async () => (await lessons.get(id)) ?? null, [id]);

/** The students' work imported into a lesson, by student name, with its annotations. */
export const useSubmissions = (lessonId: string) =>
  useLiveRead(() => submissions.listForLesson(lessonId), [lessonId]);

/** The annotations of the lesson's answer key layer. */
export const useLessonKey = (lessonId: string) =>
  useLiveRead(() => lessons.key(lessonId), [lessonId]);

/** When the lesson's key last changed (ISO), `null` when it is empty. */
export const useKeyChangedAt = (lessonId: string) =>
  useLiveRead(() => lessons.keyChangedAt(lessonId), [lessonId]);

/** Whether the lesson's key last changed before its articles or tags last changed. */
export const useKeyPredatesChange = (lessonId: string) =>
  useLiveRead(() => lessons.keyPredatesChange(lessonId), [lessonId]);

/** The lesson's articles that this library has, in the lesson's order. */
export const useLessonDocuments = (documentIds: readonly string[]) =>
  useLiveRead(() => documents.getMany(documentIds), [documentIds.join('\n')]);
