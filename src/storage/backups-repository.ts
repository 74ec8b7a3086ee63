import { documentsRepository } from './documents-repository';
import type { SlantDatabase } from './slant-database';
import { sameRecord } from './same-record';

/**
 * The user's work read and written as a whole: everything for a backup, what an export of some
 * documents needs, and a backup restored (merged, or replacing all). Which tables a backup holds,
 * and in what order, is the backup format's to say (src/io): the caller names them. Each read
 * and each restore is one transaction, so a failure leaves the database as it was.
 */
export type StoredRecords<T extends string> = Record<T, { id: string }[]>;

export interface RestorePlan<T extends string> {
  mode: 'merge' | 'replace';
  /** The tables to write, in order, and the records for each. */
  tables: readonly T[];
  contents: StoredRecords<T>;
}

/** How many records of each kind a restore added, updated (they differed) or left (identical). */
export type RestoreReport<T extends string> = Record<
  T,
  { added: number; updated: number; unchanged: number }
>;

export function backupsRepository(db: SlantDatabase) {
  return {
    readAll: <T extends string>(tables: readonly T[]): Promise<StoredRecords<T>> =>
      db.transaction(
        'r',
        tables.map((name) => db.table(name)),
        async () => {
          const contents = {} as StoredRecords<T>;
          for (const name of tables) contents[name] = await db.table(name).toArray();
          return contents;
        },
      ),

    /**
     * What an export of some documents needs: them, their annotations, the tags and outlets, and
     * the claims that link any of those annotations (each cut down to the annotations in scope).
     */
    readScope: (documentIds: readonly string[]) =>
      db.transaction(
        'r',
        [db.documents, db.annotations, db.tags, db.outlets, db.claims],
        async () => {
          const annotations = await db.annotations
            .where('documentId')
            .anyOf([...documentIds])
            .toArray();
          const inScope = new Set(annotations.map((a) => a.id));
          const claims = (
            await db.claims
              .where('annotationIds')
              .anyOf([...inScope])
              .distinct()
              .toArray()
          )
            .map((claim) => ({
              ...claim,
              annotationIds: claim.annotationIds.filter((id) => inScope.has(id)),
            }))
            .filter((claim) => claim.annotationIds.length > 0)
            .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
          return {
            documents: await documentsRepository(db).getMany(documentIds),
            annotations,
            tags: await db.tags.orderBy('order').toArray(),
            outlets: await db.outlets.toArray(),
            claims,
          };
        },
      ),

    /** Writes a restore plan in one transaction; says what it added, updated and left alone. */
    restore: <T extends string>({ mode, tables, contents }: RestorePlan<T>) =>
      db.transaction(
        'rw',
        tables.map((name) => db.table(name)),
        async () => {
          const report = {} as RestoreReport<T>;
          for (const name of tables) {
            const table = db.table(name);
            const incoming = contents[name];
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
        },
      ),
  };
}
