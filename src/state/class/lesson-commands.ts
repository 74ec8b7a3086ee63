/**
 * The teacher's side of a lesson in this browser: making it (with its empty answer key layer),
 * editing it, filling the key from a chosen layer, and deleting it. Each change is one
 * transaction, so a failure leaves the database as it was; the layer copied from is only read.
 */
import { lessonKeyLayerId } from '../../domain/layers';
import type { Lesson } from '../../domain/types';
import { lessons, submissions } from '../../storage';
import { usePreferences } from '../preferences';

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
  await lessons.add(lesson, usePreferences.getState().annotatorName);
  return lesson;
}

export interface UpdatedLesson {
  lesson: Lesson;
  /** The articles or tags changed and the lesson has a key, made before the change. */
  keyPredatesChange: boolean;
}

/**
 * Changes the teacher's own lesson: what `changes` gives replaces what the lesson had, checked
 * as a new lesson is. The key and the students' work stay as they are: a key made before its
 * articles or tags changed is only reported (and the change recorded), never changed here.
 */
export async function updateLesson(
  lessonId: string,
  changes: Partial<NewLesson>,
  now = new Date(),
): Promise<UpdatedLesson> {
  return lessons.update(
    lessonId,
    (lesson) => {
      const own = ownLesson(
        lesson,
        'Only your own lessons can be changed, not one opened from a lesson pack.',
      );
      const { suggestionsOff, ...fields } = lessonFields({
        title: changes.title ?? own.title,
        instructions: changes.instructions ?? own.instructions,
        documentIds: changes.documentIds ?? own.documentIds,
        tagIds: changes.tagIds ?? own.tagIds,
        suggestionsOff: changes.suggestionsOff ?? own.suggestionsOff,
      });
      // A new record: the one read is Dexie's cached copy and must not be changed.
      const updated: Lesson = { ...own, ...fields };
      if (suggestionsOff) updated.suggestionsOff = true;
      else delete updated.suggestionsOff;
      return updated;
    },
    now,
  );
}

/** The lesson as stored, when it is still here and this browser's teacher made it. */
function ownLesson(lesson: Lesson | undefined, notOwn: string): Lesson {
  if (!lesson) throw new Error('This lesson is no longer in this browser.');
  if (lesson.role !== 'teacher') throw new Error(notOwn);
  return lesson;
}

const teachersOwn = (lesson: Lesson | undefined) =>
  ownLesson(lesson, 'Only the teacher’s own copy of a lesson has an answer key.');

/**
 * Copies the anchored annotations of the chosen layer on the lesson's articles, with the
 * lesson's tags, into its key layer as new annotations; passages the key already has with the
 * same tags are left out. Returns how many were copied: later changes to the chosen layer do
 * not change the key.
 */
export async function copyIntoKey(
  lessonId: string,
  fromLayerId: string,
  now = new Date(),
): Promise<number> {
  if (fromLayerId === lessonKeyLayerId(lessonId))
    throw new Error('Choose another layer to copy from: this one is the key.');
  return lessons.copyIntoKey(lessonId, fromLayerId, teachersOwn, now);
}

/** The id of the lesson's key layer, made now if the lesson has none yet, to annotate in. */
export async function keyLayerOf(lessonId: string, now = new Date()): Promise<string> {
  const layer = await lessons.ensureKeyLayer(
    lessonId,
    teachersOwn,
    usePreferences.getState().annotatorName,
    now,
  );
  return layer.id;
}

/** Deletes the lesson, its key and the students' work imported into it; its articles stay. */
export const deleteLesson = (lessonId: string) => lessons.remove(lessonId);

export const deleteSubmission = (submissionId: string) => submissions.remove(submissionId);
