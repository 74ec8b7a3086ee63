import {
  BACKUP_TABLES,
  backupWriter,
  type BackupSettings,
  type RestoredBackup as BackupContents,
} from '../io/backup';
import { DEFAULT_LAYER_ID, type AnnotationLayer } from '../domain/layers';
import type { UnplacedAnnotation } from '../domain/records';
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

/** A backup of everything, written as a Blob while it is read (`io/backup/backup-writer.ts`). */
export async function writeBackup(exportedAt: Date, settings?: BackupSettings): Promise<Blob> {
  const writer = backupWriter(exportedAt, settings);
  await backups.readInPages(BACKUP_TABLES, (name, records) => writer.add(name, records));
  return writer.finish();
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
    tombstones: [],
    unplaced: [],
    meta: [],
    dismissedSuggestions: [],
  };
}

export const markBackedUp = (at = new Date()) => meta.markBackedUp(at);

export const lastBackupAt = () => meta.lastBackupAt();

/** How many records of each kind a restore added, updated (they differed) or left (identical). */
export type RestoreReport = TableCounts<keyof BackupContents>;

/**
 * What merging a backup would do to annotations and claims, for the summary before confirming;
 * rejects soon after `signal` is aborted.
 */
export const planBackupMerge = (contents: BackupContents, signal?: AbortSignal) =>
  backups.planMerge(BACKUP_TABLES, contents, signal);

export function restoreBackup(
  contents: BackupContents,
  mode: 'merge' | 'replace',
): Promise<RestoreReport> {
  return backups.restore({ mode, tables: BACKUP_TABLES, contents });
}

/** What importing these annotations would do under the merge rule, for the summary. */
export const planImportedAnnotations = (imported: readonly Annotation[]) =>
  annotations.planImport(imported);

/**
 * Imports annotations from another tool under the merge rule (`storage/merge-imported.ts`):
 * the tags they use that are missing are created, new annotations go to `layerId` (a new layer
 * `newLayer` when given), copies of ones here merge where they live, the claims they belong to
 * (a Slant export's) are merged too, and those on no passage go to the Unplaced list. One
 * transaction; returns what was done.
 */
export const addImportedAnnotations = (
  imported: readonly Annotation[],
  newTags: readonly Tag[],
  claims: readonly Claim[] = [],
  target: { layerId: string; newLayer?: AnnotationLayer } = { layerId: DEFAULT_LAYER_ID },
  unplaced: readonly UnplacedAnnotation[] = [],
) =>
  annotations.mergeImported(
    { annotations: imported, newTags, claims, unplaced, ...target },
    new Date().toISOString(),
  );
