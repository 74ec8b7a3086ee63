/**
 * The Slant backup file: every record of the user's work, so that restoring it into an empty browser
 * gives back exactly what was exported. `version` changes when a record changes shape; a Slant
 * refuses a version it does not know rather than guess at it.
 *
 * Version 2 added three tables: claims, lessons and students' submissions. A version 1 file is
 * still read, as a backup in which those tables are empty. Version 3 added layers and the
 * tombstones of deleted annotations; an older file's work is put in layers on reading. Version 4
 * added the Unplaced list (imported annotations on no document yet), the user's `meta` facts
 * (when a lesson's articles changed) and the dismissed suggestions.
 */
import {
  STORED_TABLE_NAMES,
  STORED_TABLES,
  type BackupEntry,
  type StoredRecord,
  type StoredTableName,
  type StoredTables,
} from '../../domain/records';

export const BACKUP_FORMAT = 'slant-backup';
export const BACKUP_VERSION = 4;

/**
 * Larger than any library of articles (a thousand articles with their annotations is about
 * 50 MB), small enough to parse in a browser tab. A bigger file is refused before it is read.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/**
 * A backup in Slant's own layout is read a record at a time (`read-backup-file.ts`), so it may
 * be larger: 2,000 articles of up to 5,000 words with 100,000 annotations are about 90 MB.
 */
export const MAX_STREAMED_BACKUP_BYTES = 512 * 1024 * 1024;

/** The tables a backup holds: those the registry (`domain/records`) gives a backup entry. */
export type BackupTable = {
  [T in StoredTableName]: StoredTables[T]['backup'] extends BackupEntry ? T : never;
}[StoredTableName];

type SinceVersion1 = {
  [T in BackupTable]: StoredTables[T]['backup']['since'] extends 1 ? T : never;
}[BackupTable];

/**
 * Every record of every table a backup holds, in the registry's order. The tables added after
 * version 1 are optional, so that a caller with none to write may leave them out (`toBackup`
 * writes them empty); a parsed backup always has all of them (`RestoredBackup`).
 */
export type BackupContents = { [T in SinceVersion1]: StoredRecord<T>[] } & {
  [T in Exclude<BackupTable, SinceVersion1>]?: StoredRecord<T>[];
};

/** What `parseBackup` gives back: every table, empty when the file (version 1) had none. */
export type RestoredBackup = Required<BackupContents>;

const backupTables = STORED_TABLE_NAMES.filter(
  (name): name is BackupTable => STORED_TABLES[name].backup !== undefined,
);

/** The registry's order, in which `parseBackup` gives the tables back. */
export const BACKUP_CONTENTS_ORDER: readonly BackupTable[] = backupTables;

const isReference = (name: BackupTable) => (STORED_TABLES[name].backup as BackupEntry).reference;

/** The tables in the order a backup file lists them: small reference data first. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  ...backupTables.filter(isReference),
  ...backupTables.filter((name) => !isReference(name)),
];
