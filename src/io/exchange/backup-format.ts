/**
 * The Slant backup file: every record of every table, so that restoring it into an empty browser
 * gives back exactly what was exported. `version` changes when a record changes shape; a Slant
 * refuses a version it does not know rather than guess at it.
 */
import type { Annotation, Collection, Outlet, SlantDocument, Tag } from '../../domain/types';

export const BACKUP_FORMAT = 'slant-backup';
export const BACKUP_VERSION = 1;

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
}

/** The tables in the order a backup file lists them: small reference data first. */
export const BACKUP_TABLES = [
  'tags',
  'outlets',
  'collections',
  'documents',
  'annotations',
] as const;
