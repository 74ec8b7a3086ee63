/**
 * The teacher's side of a lesson in this browser: making it, editing it, taking the answer key from their
 * own annotations, and deleting it. Each change is one transaction, so a failure leaves the
 * database as it was; the teacher's annotations are only read, never changed.
 */
import type { Annotation, Lesson } from '../../domain/types';
import { db } from '../database';
import { contentChangedKey, keyTakenKey } from './key-taken';

export interface NewLesson {
  title: string;
  instructions: string;
  documentIds: readonly string[];
  tagIds: readonly string[];
  /** Students see no suggestions on the lesson's articles. */
  suggestionsOff?: boolean;
}

/** The lesson's own fields, checked and tidied: the same rules for a new lesson and an edit. */
function lessonFields({ title, instructions, documentIds, tagIds, suggestionsOff }: NewLesson) {
  if (!title.trim()) throw new Error('Give the lesson a title.');
  if (documentIds.length === 0) throw new Error('Choose at least one article for the lesson.');
  if (tagIds.length === 0) throw new Error('Choose at least one tag for students to use.');
  return {
    title: title.trim(),
    instructions: instructions.trim(),
    documentIds: [...new Set(documentIds)],
    tagIds: [...new Set(tagIds)],
    suggestionsOff: suggestionsOff ?? false,
  };
}

export async function createLesson(newLesson: NewLesson): Promise<Lesson> {
  const { suggestionsOff, ...fields } = lessonFields(newLesson);
  const lesson: Lesson = {
    id: crypto.randomUUID(),
    ...fields,
    role: 'teacher',
    ...(suggestionsOff && { suggestionsOff }),
    createdAt: new Date().toISOString(),
  };
  await db.lessons.add(lesson);
  return lesson;
}

export interface UpdatedLesson {
  lesson: Lesson;
  /** The articles or tags changed and the lesson has a key, taken before the change. */
  keyPredatesChange: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Changes the teacher's own lesson: what `changes` gives replaces what the lesson had, checked
 * as a new lesson is. The key and the students' work stay as they are: a key taken before its
 * articles or tags changed is only reported (and the change recorded), never taken again here.
 */
export async function updateLesson(
  lessonId: string,
  changes: Partial<NewLesson>,
  now = new Date(),
): Promise<UpdatedLesson> {
  return db.transaction('rw', [db.lessons, db.meta], async () => {
    const lesson = await db.lessons.get(lessonId);
    if (!lesson) throw new Error('This lesson is no longer in this browser.');
    if (lesson.role !== 'teacher')
      throw new Error('Only your own lessons can be changed, not one opened from a lesson pack.');
    const { suggestionsOff, ...fields } = lessonFields({
      title: changes.title ?? lesson.title,
      instructions: changes.instructions ?? lesson.instructions,
      documentIds: changes.documentIds ?? lesson.documentIds,
      tagIds: changes.tagIds ?? lesson.tagIds,
      suggestionsOff: changes.suggestionsOff ?? lesson.suggestionsOff,
    });
    // A new record: the one read is Dexie's cached copy and must not be changed.
    const updated: Lesson = { ...lesson, ...fields };
    if (suggestionsOff) updated.suggestionsOff = true;
    else delete updated.suggestionsOff;
    await db.lessons.put(updated);
    const contentChanged =
      !sameSet(lesson.documentIds, updated.documentIds) || !sameSet(lesson.tagIds, updated.tagIds);
    if (contentChanged)
      await db.meta.put({ key: contentChangedKey(lessonId), value: now.toISOString() });
    return { lesson: updated, keyPredatesChange: contentChanged && lesson.key !== undefined };
  });
}

/** The annotations that make a key: anchored, on the lesson's articles, with its tags only. */
export function keyOf(lesson: Lesson, annotations: readonly Annotation[]): Annotation[] {
  const order = new Map(lesson.documentIds.map((id, i) => [id, i]));
  return annotations
    .filter((a) => a.status === 'anchored' && order.has(a.documentId))
    .map((a) => ({ ...a, tagIds: a.tagIds.filter((t) => lesson.tagIds.includes(t)) }))
    .filter((a) => a.tagIds.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) ||
        a.target.start - b.target.start ||
        a.target.end - b.target.end,
    );
}

/**
 * Makes the teacher's current annotations on the lesson's articles, with the lesson's tags, the
 * answer key: a copy as they are now, which later annotating does not change until this is run
 * again. Returns the number of annotations in the key.
 */
export async function setKeyFromAnnotations(lessonId: string, now = new Date()): Promise<number> {
  return db.transaction('rw', [db.lessons, db.annotations, db.meta], async () => {
    const lesson = await db.lessons.get(lessonId);
    if (!lesson) throw new Error('This lesson is no longer in this browser.');
    if (lesson.role !== 'teacher')
      throw new Error('Only the teacher’s own copy of a lesson has an answer key.');
    const annotations = await db.annotations
      .where('documentId')
      .anyOf([...lesson.documentIds])
      .toArray();
    const key = keyOf(lesson, annotations);
    if (key.length === 0)
      throw new Error(
        'You have no annotations with this lesson’s tags on its articles yet. Annotate the articles, then use them as the key. The key was not changed.',
      );
    await db.lessons.put({ ...lesson, key });
    await db.meta.put({ key: keyTakenKey(lessonId), value: now.toISOString() });
    return key.length;
  });
}

/** Deletes the lesson and the students' work imported into it; its articles stay. */
export const deleteLesson = (lessonId: string) =>
  db.transaction('rw', [db.lessons, db.submissions, db.meta], async () => {
    await db.submissions.where('lessonId').equals(lessonId).delete();
    await db.meta.bulkDelete([keyTakenKey(lessonId), contentChangedKey(lessonId)]);
    await db.lessons.delete(lessonId);
  });

export const deleteSubmission = (submissionId: string) => db.submissions.delete(submissionId);
