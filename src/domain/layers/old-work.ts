/**
 * Where work made before layers goes: the schema upgrade (`storage/upgrades/add-layers.ts`) and
 * the restore of an older backup (`io/backup`) share these, so an annotation lands in the same
 * layer whichever way it arrives. A student's annotation on a lesson's article made after the
 * lesson was opened is that lesson's work; everything else is the user's own default layer.
 */
import type { AnnotationLayer } from '../records';
import { DEFAULT_LAYER_ID, layerColour, lessonWorkLayerId } from './annotation-layer';

export interface OldLesson {
  id: string;
  title: string;
  role: 'teacher' | 'student';
  documentIds: readonly string[];
  createdAt: string;
}

export interface OldAnnotation {
  documentId: string;
  createdAt: string;
}

/** The lesson whose work an annotation is: the latest student lesson on its article opened before it. */
export function lessonWorkOf(annotation: OldAnnotation, studentLessons: readonly OldLesson[]) {
  let found: OldLesson | undefined;
  for (const lesson of studentLessons) {
    if (!lesson.documentIds.includes(annotation.documentId)) continue;
    if (annotation.createdAt < lesson.createdAt) continue;
    if (!found || lesson.createdAt > found.createdAt) found = lesson;
  }
  return found;
}

/** The layer an annotation made before layers belongs to. */
export const oldAnnotationLayerId = (
  annotation: OldAnnotation,
  studentLessons: readonly OldLesson[],
) => {
  const lesson = lessonWorkOf(annotation, studentLessons);
  return lesson ? lessonWorkLayerId(lesson.id) : DEFAULT_LAYER_ID;
};

/** A student's own work on a lesson, the `index`th layer made. */
export const lessonWorkLayer = (
  lesson: OldLesson,
  index: number,
  now: string,
): AnnotationLayer => ({
  id: lessonWorkLayerId(lesson.id),
  kind: 'lesson-work',
  owner: '',
  lessonId: lesson.id,
  label: `My work: ${lesson.title}`,
  colour: layerColour(index),
  readOnly: false,
  createdAt: lesson.createdAt,
  updatedAt: now,
});
