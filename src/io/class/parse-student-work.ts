/**
 * Reads one student's work and checks all of it: size, JSON, format and version, each record's
 * shape (the backup's annotation schema), then the records together: no id used twice, every
 * annotation on one of the listed articles, and an anchored annotation's quote exactly as long
 * as its offsets span (`toStudentWork` writes it so). Whether the quotes are really in the text
 * is for `matchSubmission`, which has the teacher's copy of it.
 */
import type { Annotation } from '../../domain/types';
import { FIELD_NAME } from '../../domain/records';
import { duplicateIds, type BackupProblem } from '../backup';
import { studentWorkSchema } from './class-schemas';
import { classRefusal, readClassFile, type ClassFileKind } from './read-class-file';
import {
  MAX_STUDENT_WORK_BYTES,
  STUDENT_WORK_FORMAT,
  STUDENT_WORK_VERSION,
  type StudentWork,
} from './student-work-format';

export type StudentWorkParse = { ok: true; work: StudentWork } | { ok: false; error: string };

export const STUDENT_WORK_FILE: ClassFileKind = {
  format: STUDENT_WORK_FORMAT,
  version: STUDENT_WORK_VERSION,
  maxBytes: MAX_STUDENT_WORK_BYTES,
  name: 'a student’s work from Slant',
  formatName: 'student work',
  refused: 'cannot be imported',
  advice: 'Ask the student to export their work from Slant again.',
};

function checkAnnotation(annotation: Annotation, at: string, documents: Set<string>) {
  const problems: BackupProblem[] = [];
  // zod's record skips a `__proto__` key instead of refusing it.
  for (const key of Object.keys(annotation.fields)) {
    if (!FIELD_NAME.test(key))
      problems.push({ where: `${at}.fields.${key}`, message: 'is not a field name Slant uses' });
  }
  if (!documents.has(annotation.documentId))
    problems.push({
      where: `${at}.documentId`,
      message: `article “${annotation.documentId}” is not among the file’s documents`,
    });
  const { start, end, exact } = annotation.target;
  if (start > end)
    problems.push({ where: `${at}.target`, message: `start ${start} is after end ${end}` });
  else if (annotation.status === 'anchored' && exact.length !== end - start)
    problems.push({
      where: `${at}.target.exact`,
      message: `the quote is ${exact.length} characters long, but its offsets ${start}–${end} span ${end - start}`,
    });
  return problems;
}

function checkWork(work: StudentWork): BackupProblem[] {
  const documents = new Set(work.documents.map((d) => d.id));
  return [
    ...duplicateIds('documents', work.documents),
    ...duplicateIds('annotations', work.annotations),
    ...work.annotations.flatMap((a, index) =>
      checkAnnotation(a, `annotations[${index}]`, documents),
    ),
  ];
}

export function parseStudentWork(text: string, fileName?: string): StudentWorkParse {
  const read = readClassFile(text, STUDENT_WORK_FILE, studentWorkSchema, fileName);
  if (!read.ok) return read;
  const work = read.value as StudentWork;
  const problems = checkWork(work);
  if (problems.length > 0) return classRefusal(STUDENT_WORK_FILE, fileName, problems);
  return { ok: true, work };
}
