import { BACKUP_TABLES, type RestoredBackup as BackupContents } from '../io/backup';
import type { Annotation, Claim, Tag } from '../domain/types';
import { annotations, backups, meta } from '../storage';
import type { RestoreReport as TableCounts } from '../storage/backups-repository';

/**
 * Moving the user's work in and out of the database as a whole: reading everything for an
 * export, restoring a backup (merged or replacing all), adding imported annotations. Each write
 * is one transaction, so a failure leaves the database as it was.
 */
export async function readEverything(): Promise<BackupContents> {
  return (await backups.readAll(BACKUP_TABLES)) as unknown as BackupContents;
}

/**
 * What an export of some documents needs: them, their annotations, the tags and outlets, and the
 * claims that link any of those annotations (each cut down to the annotations in the scope).
 */
export async function readScope(documentIds: readonly string[]): Promise<BackupContents> {
  return {
    ...(await backups.readScope(documentIds)),
    collections: [],
    lessons: [],
    submissions: [],
  };
}

export const markBackedUp = (at = new Date()) => meta.markBackedUp(at);

export const lastBackupAt = () => meta.lastBackupAt();

/** How many records of each kind a restore added, updated (they differed) or left (identical). */
export type RestoreReport = TableCounts<keyof BackupContents>;

export function restoreBackup(
  contents: BackupContents,
  mode: 'merge' | 'replace',
): Promise<RestoreReport> {
  return backups.restore({ mode, tables: BACKUP_TABLES, contents });
}

/**
 * Adds annotations imported from another tool, creating the tags they use that are missing, and
 * the claims they belong to (a Slant export's): a claim this browser already has gains the new
 * annotations, any other is created. One transaction, so nothing is half-added.
 */
export const addImportedAnnotations = (
  imported: readonly Annotation[],
  newTags: readonly Tag[],
  claims: readonly Claim[] = [],
) => annotations.addImported(imported, newTags, claims, new Date().toISOString());
