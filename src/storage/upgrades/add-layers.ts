/**
 * Schema version 4: annotation layers. Until now every annotation sat in one pool, the answer
 * key was a copy inside its lesson and each student's work a copy inside its submission. This
 * upgrade gives every record a layer without losing or changing anything else:
 * - annotations, claims and dismissed suggestions go to the default `mine` layer, except those a
 *   student made on a lesson's articles after opening its pack, which go to that lesson's work;
 * - a lesson's key becomes its `lesson-key` layer, each submission a read-only layer of its
 *   student's, their annotations moving into the annotations table (under a derived id where
 *   the same id is already taken, since a key was a copy of the teacher's own annotations).
 */
import type { Transaction } from 'dexie';
import {
  DEFAULT_LAYER_ID,
  defaultLayer,
  liftOldCopies,
  lessonWorkLayer,
  oldAnnotationLayerId,
  submissionLayerId,
  type AnnotationLayer,
  type OldAnnotation as OldWork,
  type OldLessonWithKey,
  type OldSubmission as OldSubmissionRecord,
} from '../../domain/layers';

interface OldAnnotation extends OldWork {
  id: string;
  layerId?: string;
}
type OldLesson = OldLessonWithKey<OldAnnotation>;
interface OldSubmission extends OldSubmissionRecord<OldAnnotation> {
  layerId?: string;
}

export async function addLayers(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  const layers: AnnotationLayer[] = [defaultLayer('', now)];
  const lessons = (await tx.table('lessons').toArray()) as OldLesson[];
  const submissions = (await tx.table('submissions').toArray()) as OldSubmission[];
  const studentLessons = lessons.filter((l) => l.role === 'student');

  for (const lesson of studentLessons) layers.push(lessonWorkLayer(lesson, layers.length, now));

  await tx
    .table('annotations')
    .toCollection()
    .modify((annotation: OldAnnotation) => {
      annotation.layerId = oldAnnotationLayerId(annotation, studentLessons);
    });
  for (const table of ['claims', 'dismissedSuggestions'])
    await tx
      .table(table)
      .toCollection()
      .modify((record: { layerId?: string }) => {
        record.layerId = DEFAULT_LAYER_ID;
      });

  const taken = new Set((await tx.table('annotations').toCollection().primaryKeys()) as string[]);
  const moved = liftOldCopies(lessons, submissions, taken, layers, now);
  await tx
    .table('lessons')
    .toCollection()
    .modify((lesson: OldLesson) => {
      delete lesson.key;
    });

  await tx
    .table('submissions')
    .toCollection()
    .modify((submission: OldSubmission) => {
      submission.layerId = submissionLayerId(submission.id);
      delete submission.annotations;
    });

  await tx.table('annotations').bulkAdd(moved);
  await tx.table('layers').bulkAdd(layers);
}
