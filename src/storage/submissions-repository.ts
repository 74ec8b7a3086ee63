import type { MergeCounts } from '../domain/layers';
import type { Annotation, Lesson, SlantDocument, Submission } from '../domain/types';
import { documentsRepository } from './documents-repository';
import { annotationsInLayer, ensureLayer, mergeIntoLayer, removeLayers } from './lesson-layers';
import type { LessonCheck } from './lessons-repository';
import type { SlantDatabase } from './slant-database';

/** A student's submission with the annotations of its read-only layer. */
export type SubmissionWork = Submission & { annotations: Annotation[] };

/** One student's work to store: the submission and its annotations, placed on the texts. */
export interface WorkToStore {
  submission: Submission;
  annotations: readonly Annotation[];
}

/**
 * Students' work a teacher imported into a lesson: each student's annotations are a read-only
 * layer of theirs (`submission.layerId`), kept apart from the teacher's own.
 */
export function submissionsRepository(db: SlantDatabase) {
  /** The work of a lesson's submissions: each with its layer's annotations. */
  async function workOfLesson(lessonId: string): Promise<SubmissionWork[]> {
    const submissions = await db.submissions.where('lessonId').equals(lessonId).toArray();
    const work: SubmissionWork[] = [];
    for (const s of submissions)
      work.push({ ...s, annotations: await annotationsInLayer(db, s.layerId) });
    return work;
  }

  return {
    /** The students' work imported into a lesson, by student name, with their annotations. */
    listForLesson: (lessonId: string) =>
      db.transaction('r', db.submissions, db.annotations, async () =>
        (await workOfLesson(lessonId)).sort((a, b) => a.student.localeCompare(b.student)),
      ),

    /** Deletes a student's work: the submission, its layer and its annotations, together. */
    remove: (id: string) =>
      db.transaction('rw', db.submissions, db.layers, db.annotations, async () => {
        const submission = await db.submissions.get(id);
        if (!submission) return;
        await removeLayers(db, [submission.layerId]);
        await db.submissions.delete(id);
      }),

    /**
     * Imports work into a lesson in one transaction: `decide` sees the lesson, its articles and
     * the work already there (with its annotations, to compare new work with), and says which work to store. A student's new work gets a
     * read-only layer of theirs; work that replaces earlier work is merged into its layer by
     * the one merge rule, and what the merge did is returned per submission id.
     */
    importInto: <R>(
      lessonId: string,
      check: LessonCheck,
      decide: (
        lesson: Lesson,
        documents: SlantDocument[],
        existing: SubmissionWork[],
      ) => { store: WorkToStore[]; result: R },
    ) =>
      db.transaction(
        'rw',
        [db.lessons, db.documents, db.submissions, db.layers, db.annotations, db.tombstones],
        async () => {
          const lesson = check(await db.lessons.get(lessonId));
          const documents = await documentsRepository(db).getMany(lesson.documentIds);
          const existing = await workOfLesson(lessonId);
          const { store, result } = decide(lesson, documents, existing);
          const merges = new Map<string, MergeCounts>();
          for (const { submission, annotations } of store) {
            await ensureLayer(
              db,
              {
                id: submission.layerId,
                kind: 'lesson-work',
                owner: submission.student,
                lessonId,
                label: submission.student,
                readOnly: true,
              },
              submission.importedAt,
            );
            merges.set(submission.id, await mergeIntoLayer(db, submission.layerId, annotations));
          }
          await db.submissions.bulkPut(store.map((w) => w.submission));
          return { result, merges };
        },
      ),
  };
}
