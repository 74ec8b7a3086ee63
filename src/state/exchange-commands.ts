import type { RestoredBackup as BackupContents } from '../io/exchange';
import type { Annotation, Tag } from '../domain/types';
import { db } from './database';

/**
 * Moving the user's work in and out of the database as a whole: reading everything for an
 * export, restoring a backup (merged or replacing all), adding imported annotations. Each write
 * is one transaction, so a failure leaves the database as it was.
 */
export const LAST_BACKUP = 'last-backup-at';

const TABLES = [
  'documents',
  'annotations',
  'tags',
  'outlets',
  'collections',
  'claims',
  'lessons',
  'submissions',
] as const satisfies readonly (keyof BackupContents)[];

export async function readEverything(): Promise<BackupContents> {
  return db.transaction(
    'r',
    TABLES.map((name) => db.table(name)),
    async () => {
      const contents = {} as Record<keyof BackupContents, unknown[]>;
      for (const name of TABLES) contents[name] = await db.table(name).toArray();
      return contents as unknown as BackupContents;
    },
  );
}

/** What an export of some documents needs: them, their annotations, and the tags and outlets. */
export async function readScope(documentIds: readonly string[]): Promise<BackupContents> {
  return db.transaction(
    'r',
    [db.documents, db.annotations, db.tags, db.outlets, db.collections],
    async () => ({
      documents: (await db.documents.bulkGet([...documentIds])).flatMap((d) => (d ? [d] : [])),
      annotations: await db.annotations
        .where('documentId')
        .anyOf([...documentIds])
        .toArray(),
      tags: await db.tags.orderBy('order').toArray(),
      outlets: await db.outlets.toArray(),
      collections: [],
      claims: [],
      lessons: [],
      submissions: [],
    }),
  );
}

export const markBackedUp = (at = new Date()) =>
  db.meta.put({ key: LAST_BACKUP, value: at.toISOString() });

export async function lastBackupAt(): Promise<string | undefined> {
  return (await db.meta.get(LAST_BACKUP))?.value as string | undefined;
}

/** How many records of each kind a restore added, updated (they differed) or left (identical). */
export type RestoreReport = Record<
  keyof BackupContents,
  { added: number; updated: number; unchanged: number }
>;

/** Equal as data, whatever the order of their fields. */
function sameRecord(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export async function restoreBackup(
  contents: BackupContents,
  mode: 'merge' | 'replace',
): Promise<RestoreReport> {
  const tables = TABLES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    const report = {} as RestoreReport;
    for (const name of TABLES) {
      const table = db.table(name);
      const incoming = contents[name] as { id: string }[];
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(incoming);
        report[name] = { added: incoming.length, updated: 0, unchanged: 0 };
        continue;
      }
      const existing = await table.bulkGet(incoming.map((r) => r.id));
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      const writes = incoming.filter((record, i) => {
        const before = existing[i];
        if (!before) return (added += 1) > 0;
        if (sameRecord(before, record)) return (unchanged += 1) < 0;
        return (updated += 1) > 0;
      });
      await table.bulkPut(writes);
      report[name] = { added, updated, unchanged };
    }
    return report;
  });
}

/** Adds annotations imported from another tool, creating the tags they use that are missing. */
export async function addImportedAnnotations(
  annotations: readonly Annotation[],
  newTags: readonly Tag[],
) {
  await db.transaction('rw', db.annotations, db.tags, async () => {
    await db.tags.bulkPut([...newTags]);
    await db.annotations.bulkPut([...annotations]);
  });
}
