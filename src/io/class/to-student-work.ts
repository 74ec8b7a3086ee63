/**
 * Writes a student's work on a lesson (`student-work-format.ts`) in the backup's layout: one
 * record per line. It lists the lesson's articles that the student has, and only the annotations
 * on them; each is first placed on the student's current text (`reanchorAnnotations`), so that an
 * anchored annotation always quotes the student's text at its offsets. The teacher's Slant relies
 * on that to tell a drifted text from a file changed by hand.
 *
 * A student who has not entered a name cannot hand work in: that throws an `Error` whose message
 * says so.
 */
import { reanchorAnnotations } from '../../domain/reanchor-annotations';
import type { Annotation, Lesson, SlantDocument } from '../../domain/types';
import { jsonTable } from '../backup';
import { cleanStudentName } from './student-name';
import { STUDENT_WORK_FORMAT, STUDENT_WORK_VERSION } from './student-work-format';

export function toStudentWork(
  lesson: Lesson,
  student: string,
  documents: readonly SlantDocument[],
  annotations: readonly Annotation[],
  exportedAt = new Date(),
): string {
  const name = cleanStudentName(student);
  if (name.length === 0) throw new Error('Enter your name before you export your work.');
  const byId = new Map(documents.map((d) => [d.id, d]));
  const own = lesson.documentIds.flatMap((id) => byId.get(id) ?? []);
  const placed = new Map<string, Annotation>();
  for (const document of own) {
    const on = annotations.filter((a) => a.documentId === document.id);
    for (const annotation of reanchorAnnotations(document.text, on).annotations)
      placed.set(annotation.id, annotation);
  }
  const header = [
    `  "format": ${JSON.stringify(STUDENT_WORK_FORMAT)}`,
    `  "version": ${STUDENT_WORK_VERSION}`,
    `  "lessonId": ${JSON.stringify(lesson.id)}`,
    `  "lessonTitle": ${JSON.stringify(lesson.title)}`,
    `  "student": ${JSON.stringify(name)}`,
    `  "exportedAt": ${JSON.stringify(exportedAt.toISOString())}`,
  ];
  const tables = [
    jsonTable(
      'documents',
      own.map(({ id, title, contentHash }) => ({ id, title, contentHash })),
    ),
    jsonTable(
      'annotations',
      annotations.flatMap((a) => placed.get(a.id) ?? []),
    ),
  ];
  return `{\n${[...header, ...tables].join(',\n')}\n}\n`;
}
