import type { Lesson, SlantDocument, Submission } from '../domain/types';
import { documentsRepository } from './documents-repository';
import type { LessonCheck } from './lessons-repository';
import type { SlantDatabase } from './slant-database';

/** Students' work a teacher imported into a lesson, kept apart from the teacher's annotations. */
export function submissionsRepository(db: SlantDatabase) {
  return {
    /** The students' work imported into a lesson, by student name. */
    listForLesson: async (lessonId: string) => {
      const submissions = await db.submissions.where('lessonId').equals(lessonId).toArray();
      return [...submissions].sort((a, b) => a.student.localeCompare(b.student));
    },

    remove: (id: string) => db.submissions.delete(id),

    /**
     * Imports work into a lesson in one transaction: `decide` sees the lesson, its articles and
     * the work already there, and says which submissions to store.
     */
    importInto: <R>(
      lessonId: string,
      check: LessonCheck,
      decide: (
        lesson: Lesson,
        documents: SlantDocument[],
        existing: Submission[],
      ) => { store: Submission[]; result: R },
    ) =>
      db.transaction('rw', [db.lessons, db.documents, db.submissions], async () => {
        const lesson = check(await db.lessons.get(lessonId));
        const documents = await documentsRepository(db).getMany(lesson.documentIds);
        const existing = await db.submissions.where('lessonId').equals(lessonId).toArray();
        const { store, result } = decide(lesson, documents, existing);
        await db.submissions.bulkPut(store);
        return result;
      }),
  };
}
