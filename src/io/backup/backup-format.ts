/**
 * The Slant backup file: every record of every table, so that restoring it into an empty browser
 * gives back exactly what was exported. `version` changes when a record changes shape; a Slant
 * refuses a version it does not know rather than guess at it.
 *
 * Version 2 added three tables: claims, lessons and students' submissions. A version 1 file is
 * still read, as a backup in which those tables are empty.
 */
import type {
  Annotation,
  Claim,
  Collection,
  Lesson,
  Outlet,
  SlantDocument,
  Submission,
  Tag,
} from '../../domain/types';

export const BACKUP_FORMAT = 'slant-backup';
export const BACKUP_VERSION = 2;

/**
 * Larger than any library of articles (a thousand articles with their annotations is about
 * 50 MB), small enough to parse in a browser tab. A bigger file is refused before it is read.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export interface BackupContents {
  documents: SlantDocument[];
  annotations: Annotation[];
  tags: Tag[];
  outlets: Outlet[];
  collections: Collection[];
  /**
   * The version 2 tables. Optional so that a caller with none to write may leave them out
   * (`toBackup` writes them empty); a parsed backup always has all three (`RestoredBackup`).
   */
  claims?: Claim[];
  lessons?: Lesson[];
  submissions?: Submission[];
}

/** What `parseBackup` gives back: every table, empty when the file (version 1) had none. */
export type RestoredBackup = Required<BackupContents>;

/** The tables in the order a backup file lists them: small reference data first. */
export const BACKUP_TABLES = [
  'tags',
  'outlets',
  'collections',
  'documents',
  'annotations',
  'claims',
  'lessons',
  'submissions',
] as const;
