/**
 * The Slant backup: the whole library as one file (`toBackup`), and reading one back with every
 * record checked before anything is written (`parseBackup`). Slant's class files (`io/class`)
 * reuse its record schemas, its checks of annotations and its way of listing problems, so every
 * Slant file agrees on what a valid record is and says what is wrong the same way.
 */
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type BackupContents,
  type RestoredBackup,
} from './backup-format';
export {
  checkAnnotation,
  duplicateIds,
  shortQuote,
  type AnnotationContext,
  type BackupCheck,
  type BackupProblem,
} from './backup-checks';
export {
  annotationSchema,
  documentSchema,
  FIELD_NAME,
  idSchema,
  isoDateSchema,
  studentNameSchema,
  tagSchema,
} from './backup-schema';
export { listProblems, problemsOf } from './list-problems';
export { parseBackup, type BackupParse, type BackupParseOptions } from './parse-backup';
export { jsonTable, toBackup } from './to-backup';
