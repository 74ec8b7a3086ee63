/**
 * Class: the files of Slant's lessons. A teacher exports a lesson pack (articles, tags,
 * instructions, optionally the answer key); students open it, annotate and export their work;
 * the teacher imports the class's files, each matched to the lesson and re-anchored onto the
 * teacher's texts. Pure functions over strings and records: the caller reads files and stores.
 */
export {
  LESSON_PACK_FORMAT,
  LESSON_PACK_VERSION,
  MAX_LESSON_PACK_BYTES,
  type LessonPack,
} from './lesson-pack-format';
export {
  MAX_STUDENT_WORK_BYTES,
  STUDENT_WORK_FORMAT,
  STUDENT_WORK_VERSION,
  type StudentWork,
  type StudentWorkDocument,
} from './student-work-format';
export { toLessonPack, type LessonPackOptions } from './to-lesson-pack';
export { parseLessonPack, readLessonPack, type LessonPackParse } from './parse-lesson-pack';
export { lessonFromPack, type OpenedLesson } from './lesson-from-pack';
export { toStudentWork } from './to-student-work';
export { parseStudentWork, type StudentWorkParse } from './parse-student-work';
export { cleanStudentName, sameStudent } from './student-name';
export {
  matchSubmission,
  type MatchOptions,
  type SubmissionMatch,
  type SubmissionRefusal,
} from './match-submission';
export type { SubmissionReport } from './place-annotations';
export {
  importStudentFiles,
  type ImportedWork,
  type RefusedWork,
  type StudentFile,
  type StudentFilesImport,
} from './import-student-files';
export {
  toAgreementCsv,
  toResultsCsv,
  type ResultsCsvOptions,
  type StudentResult,
} from './results-csv';
