/**
 * A lesson for the class tests, on the file-format tests' two articles: the teacher's copy and
 * its answer key, students' annotations made the way the editor makes them, and a student's
 * copy of the first article whose text drifted from the teacher's.
 */
import type { Annotation, Lesson, SlantDocument } from '../../../../src/domain/types';
import { toStudentWork } from '../../../../src/io/class';
import { TEXT_A, annotate, docA, docB, tags } from '../sample-data';

export { docA, docB, tags };

export const LESSON_ID = '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11';

export const lesson: Lesson = {
  id: LESSON_ID,
  title: 'Two reports of one attack',
  instructions: 'Mark the loaded words.\nFor each claim, say who should be cited.',
  documentIds: [docA.id, docB.id],
  tagIds: ['loaded-language', 'unattributed-claim'],
  role: 'teacher',
  createdAt: '2025-03-09T08:00:00.000Z',
};

/** The teacher's answer key (the lesson's key layer). */
export const key: Annotation[] = [
  annotate(docA, 'slaughtered', { tagIds: ['loaded-language'] }),
  annotate(docA, 'Reports suggest the death toll may rise.', {
    tagIds: ['unattributed-claim'],
    fields: { shouldCite: 'the health ministry' },
  }),
  annotate(docB, 'shelling intensified', { tagIds: ['loaded-language'] }),
];

export const teacherDocuments: SlantDocument[] = [docA, docB];

/** The student's copy of `docA`: a line added at the top, the last sentence rewritten. */
export const driftedA: SlantDocument = {
  ...docA,
  text: `Updated at 10:40.\n${TEXT_A.replace(
    'The ministry denied any involvement, calling the reports “fabrications”.',
    'The ministry called the reports lies.',
  )}`,
  contentHash: 'c'.repeat(64),
};

/** A student's annotation on the first `quote` in `doc`, tagged loaded language. */
export function byStudent(
  doc: SlantDocument,
  quote: string,
  fields: Partial<Annotation> = {},
): Annotation {
  return annotate(doc, quote, { annotator: 'student', tagIds: ['loaded-language'], ...fields });
}

export const EXPORTED_AT = new Date('2025-03-12T09:30:00.000Z');

/** A student's work file, as `toStudentWork` writes it. */
export function studentFile(
  student: string,
  annotations: readonly Annotation[],
  options: { documents?: SlantDocument[]; exportedAt?: Date; lesson?: Lesson } = {},
): string {
  return toStudentWork(
    options.lesson ?? { ...lesson, role: 'student' },
    student,
    options.documents ?? teacherDocuments,
    annotations,
    options.exportedAt ?? EXPORTED_AT,
  );
}

/** `text` as JSON, changed by `change`, as JSON again: a file edited by hand. */
export function edited<T>(text: string, change: (json: T) => void): string {
  const json = JSON.parse(text) as T;
  change(json);
  return JSON.stringify(json, null, 2);
}
