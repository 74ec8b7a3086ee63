/**
 * The Slant backup: the whole library as one file (`toBackup`), and reading one back with every
 * record checked before anything is written (`parseBackup`). Slant's class files (`io/class`)
 * reuse its checks of annotations and its way of listing problems, so every Slant file says what
 * is wrong the same way; all of them check records with the same schemas (`domain/records`).
 */
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_STREAMED_BACKUP_BYTES,
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
export { listProblems, problemsOf } from './list-problems';
export {
  checkBackupValue,
  parseBackup,
  readBackup,
  type BackupParse,
  type BackupParseOptions,
} from './parse-backup';
export { readBackupFile, type BackupSource } from './read-backup-file';
export { jsonTable, toBackup } from './to-backup';
export { backupWriter, type BackupWriter } from './backup-writer';
export { backupSettingsSchema, type BackupSettings } from './backup-settings';
