/**
 * Class: lessons, their answer keys, lesson packs and students' work, as commands and live
 * queries over the database. The formats themselves are in src/io/class.
 */
export {
  copyIntoKey,
  createLesson,
  deleteLesson,
  deleteSubmission,
  keyLayerOf,
  updateLesson,
  type NewLesson,
  type UpdatedLesson,
} from './lesson-commands';
export { keyOf } from '../../domain/lesson-key';
export {
  exportLessonPack,
  lessonCollectionId,
  openLessonPack,
  packCopyId,
  type DownloadableFile,
  type OpenedLessonPack,
  type OpenOptions,
} from './lesson-pack-commands';
export { exportStudentWork, importStudentWork, type ImportOptions } from './student-work-commands';
export {
  useKeyChangedAt,
  useKeyPredatesChange,
  useLesson,
  useLessonKey,
  useLessonDocuments,
  useLessons,
  useSubmissions,
} from './lesson-queries';
export type { SubmissionWork } from '../../storage';
