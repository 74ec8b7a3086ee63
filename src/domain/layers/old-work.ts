/**
 * Where work made before layers goes: the schema upgrade (`storage/upgrades/add-layers.ts`) and
 * the restore of an older backup (`io/backup`) share these, so an annotation lands in the same
 * layer whichever way it arrives. A student's annotation on a lesson's article made after the
 * lesson was opened is that lesson's work; everything else is the user's own default layer.
 */
import type { AnnotationLayer } from '../records';
import {
  DEFAULT_LAYER_ID,
  layerColour,
  lessonKeyLayerId,
  lessonWorkLayerId,
  submissionLayerId,
} from './annotation-layer';

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

/** A lesson as Slant stored it before layers: the teacher's copy held the answer key. */
export interface OldLessonWithKey<A> extends OldLesson {
  key?: readonly A[];
}

/** A student's submission as Slant stored it before layers: it held their annotations. */
export interface OldSubmission<A> {
  id: string;
  lessonId: string;
  student: string;
  importedAt: string;
  annotations?: readonly A[];
}

/**
 * Moves the copies older Slants kept inside records into layers of their own: each lesson's key
 * into its `lesson-key` layer, each submission's annotations into a read-only layer of its
 * student's. A copied annotation whose id is already `taken` (a key was a copy of the teacher's
 * own annotations) gets a derived id. Adds the layers to `layers` (whose length picks each
 * colour) and the ids to `taken`; returns the annotations to add.
 */
export function liftOldCopies<A extends { id: string }>(
  lessons: readonly OldLessonWithKey<A>[],
  submissions: readonly OldSubmission<A>[],
  taken: Set<string>,
  layers: AnnotationLayer[],
  now: string,
): (A & { layerId: string })[] {
  const moved: (A & { layerId: string })[] = [];
  const place = (annotations: readonly A[], layerId: string, suffix: string) => {
    for (const annotation of annotations) {
      const id = taken.has(annotation.id) ? `${annotation.id}@${suffix}` : annotation.id;
      taken.add(id);
      moved.push({ ...annotation, id, layerId });
    }
  };
  for (const lesson of lessons) {
    if (!lesson.key) continue;
    const layerId = lessonKeyLayerId(lesson.id);
    layers.push({
      id: layerId,
      kind: 'lesson-key',
      owner: '',
      lessonId: lesson.id,
      label: `Key: ${lesson.title}`,
      colour: layerColour(layers.length),
      readOnly: lesson.role !== 'teacher',
      createdAt: lesson.createdAt,
      updatedAt: now,
    });
    place(lesson.key, layerId, 'key');
  }
  for (const submission of submissions) {
    const layerId = submissionLayerId(submission.id);
    layers.push({
      id: layerId,
      kind: 'lesson-work',
      owner: submission.student,
      lessonId: submission.lessonId,
      label: submission.student,
      colour: layerColour(layers.length),
      readOnly: true,
      createdAt: submission.importedAt,
      updatedAt: now,
    });
    place(submission.annotations ?? [], layerId, submission.id);
  }
  return moved;
}
