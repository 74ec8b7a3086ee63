import { keyOf } from '../domain/lesson-key';
import { lessonKeyLayerId, lessonWorkLayerId } from '../domain/layers';
import type { Annotation, Lesson } from '../domain/types';
import { documentsRepository } from './documents-repository';
import { contentChangedKey } from './lesson-dates';
import { annotationsInLayer, ensureKeyLayer, removeLayers } from './lesson-layers';
import type { SlantDatabase } from './slant-database';

/**
 * Lessons (Class) and what hangs on them: their key layer and its dates, the students' work
 * imported into them. Each change is one transaction. Whether a change is allowed (whose lesson
 * it is, a valid title) is the caller's rule: `check` receives the lesson as stored inside the
 * transaction and returns it, or throws to change nothing.
 */
export type LessonCheck = (lesson: Lesson | undefined) => Lesson;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

const samePassage = (a: Annotation, b: Annotation) =>
  a.documentId === b.documentId &&
  a.target.start === b.target.start &&
  a.target.end === b.target.end &&
  sameSet(a.tagIds, b.tagIds);

/** When the key last changed: its latest annotation's change, `null` for an empty key. */
const lastChange = (key: readonly Annotation[]) =>
  key.reduce<string | null>((last, a) => (last && last > a.updatedAt ? last : a.updatedAt), null);

export function lessonsRepository(db: SlantDatabase) {
  const documentsOf = (lesson: Lesson) => documentsRepository(db).getMany(lesson.documentIds);
  const keyAnnotations = (lessonId: string) => annotationsInLayer(db, lessonKeyLayerId(lessonId));

  return {
    get: (id: string) => db.lessons.get(id),

    /** Adds a lesson with its (empty) answer key layer, owned by `owner`. */
    add: (lesson: Lesson, owner: string) =>
      db.transaction('rw', db.lessons, db.layers, async () => {
        await db.lessons.add(lesson);
        await ensureKeyLayer(db, lesson, owner, lesson.createdAt);
      }),

    /** Makes sure the teacher's lesson has its key layer (one made before layers has none). */
    ensureKeyLayer: (lessonId: string, check: LessonCheck, owner: string, now: Date) =>
      db.transaction('rw', db.lessons, db.layers, async () =>
        ensureKeyLayer(db, check(await db.lessons.get(lessonId)), owner, now.toISOString()),
      ),

    /** Every lesson, newest first: the teacher's own and those opened from packs. */
    listNewestFirst: () => db.lessons.orderBy('createdAt').reverse().toArray(),

    /** The lesson opened from a pack that switched suggestions off for this document, or null. */
    withoutSuggestionsFor: async (documentId: string) =>
      (await db.lessons.toArray()).find(
        (l) => l.role === 'student' && l.suggestionsOff && l.documentIds.includes(documentId),
      ) ?? null,

    /** The annotations of the lesson's answer key layer, as they are. */
    key: keyAnnotations,

    /**
     * Replaces the lesson with `edit`'s result. When its articles or tags changed, records when;
     * says whether it has a key made before that change.
     */
    update: (lessonId: string, edit: LessonCheck, now: Date) =>
      db.transaction('rw', [db.lessons, db.meta, db.annotations], async () => {
        const lesson = await db.lessons.get(lessonId);
        const updated = edit(lesson);
        await db.lessons.put(updated);
        const contentChanged =
          !lesson ||
          !sameSet(lesson.documentIds, updated.documentIds) ||
          !sameSet(lesson.tagIds, updated.tagIds);
        if (contentChanged)
          await db.meta.put({ key: contentChangedKey(lessonId), value: now.toISOString() });
        const hasKey = (await keyAnnotations(lessonId)).length > 0;
        return { lesson: updated, keyPredatesChange: contentChanged && hasKey };
      }),

    /**
     * Copies the anchored annotations of `fromLayerId` on the lesson's articles, with its tags,
     * into its key layer as new annotations, leaving out passages the key already has with the
     * same tags. Returns how many were copied.
     */
    copyIntoKey: (lessonId: string, fromLayerId: string, check: LessonCheck, now: Date) =>
      db.transaction('rw', [db.lessons, db.annotations, db.layers], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        const layer = await ensureKeyLayer(db, lesson, '', now.toISOString());
        const key = await annotationsInLayer(db, layer.id);
        const chosen = keyOf(lesson, await annotationsInLayer(db, fromLayerId));
        const copies = chosen
          .filter((a) => !key.some((k) => samePassage(k, a)))
          .map((a) => ({
            ...a,
            id: crypto.randomUUID(),
            layerId: layer.id,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          }));
        await db.annotations.bulkAdd(copies);
        return copies.length;
      }),

    /** When the lesson's key last changed (ISO), `null` when it is empty. */
    keyChangedAt: async (lessonId: string) => lastChange(await keyAnnotations(lessonId)),

    /** Whether the lesson's key was last changed before its articles or tags last changed. */
    keyPredatesChange: async (lessonId: string) => {
      const [key, changed] = await Promise.all([
        keyAnnotations(lessonId),
        db.meta.get(contentChangedKey(lessonId)),
      ]);
      const keyChanged = lastChange(key);
      if (!keyChanged || !changed) return false;
      return (changed.value as string) > keyChanged;
    },

    /** The lesson with its articles and the taxonomy, as a lesson pack needs them. */
    withPackContents: (lessonId: string, check: LessonCheck) =>
      db.transaction('r', [db.lessons, db.documents, db.tags, db.annotations], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        return {
          lesson,
          documents: await documentsOf(lesson),
          tags: await db.tags.orderBy('order').toArray(),
          key: keyOf(lesson, await keyAnnotations(lessonId)),
        };
      }),

    /** The lesson with its articles and this browser's work on it (its lesson-work layer only). */
    withWork: (lessonId: string, check: LessonCheck) =>
      db.transaction('r', [db.lessons, db.documents, db.annotations], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        return {
          lesson,
          documents: await documentsOf(lesson),
          annotations: await annotationsInLayer(db, lessonWorkLayerId(lessonId)),
        };
      }),

    /**
     * Deletes the lesson, its date, its key layer and the students' work imported into it
     * (layers and annotations); its articles and this browser's own work on it stay.
     */
    remove: (lessonId: string) =>
      db.transaction(
        'rw',
        [db.lessons, db.submissions, db.meta, db.layers, db.annotations],
        async () => {
          const submitted = await db.submissions.where('lessonId').equals(lessonId).toArray();
          await removeLayers(db, [lessonKeyLayerId(lessonId), ...submitted.map((s) => s.layerId)]);
          await db.submissions.where('lessonId').equals(lessonId).delete();
          await db.meta.delete(contentChangedKey(lessonId));
          await db.lessons.delete(lessonId);
        },
      ),
  };
}
