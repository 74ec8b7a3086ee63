import {
  DEFAULT_LAYER_ID,
  defaultLayer,
  mergeCounts,
  mergeWrites,
  planMerge,
  sameContent,
  type MergeCounts,
  type Versioned,
} from '../domain/layers';
import { metaInBackup, type MetaRecord } from '../domain/records';
import type { Table } from 'dexie';
import { documentsRepository } from './documents-repository';
import { readInPages } from './read-in-pages';
import type { SlantDatabase } from './slant-database';

/**
 * The user's work read and written as a whole: everything for a backup, what an export of some
 * documents needs, and a backup restored (merged, or replacing all). Which tables a backup holds,
 * and in what order, is the backup format's to say (src/io): the caller names them. Each read
 * and each restore is one transaction, so a failure leaves the database as it was.
 */
export type StoredRecords<T extends string> = Record<T, object[]>;

/** A record's primary key in its table (`id`, or `key` for `meta`). */
const primaryKey = (db: SlantDatabase, name: string) => {
  const path = db.table(name).schema.primKey.keyPath as string;
  return (record: object) => (record as Record<string, string>)[path] as string;
};

/** Which `meta` records are the user's (`domain/records` `metaInBackup`); the rest stay here. */
const backedUp = (name: string, records: object[]) =>
  name === 'meta' ? (records as MetaRecord[]).filter((r) => metaInBackup(r.key)) : records;

export interface RestorePlan<T extends string> {
  mode: 'merge' | 'replace';
  /** The tables to write, in order, and the records for each. */
  tables: readonly T[];
  contents: StoredRecords<T>;
}

/**
 * How many records of each kind a restore added, updated (they differed) or left (identical);
 * for the tables merged under the merge rule (`RULED_TABLES`), also how many were kept (ours is
 * newer) and not restored (deleted here).
 */
export type RestoreReport<T extends string> = Record<
  T,
  { added: number; updated: number; unchanged: number; kept?: number; notRestored?: number }
>;

/**
 * The tables a merge treats under the merge rule (`domain/layers` `planMerge`): a backup's copy
 * replaces ours only when it was changed later, and an annotation deleted here (its tombstone)
 * is not restored. Others are replaced by the backup's copy when they differ.
 */
const RULED_TABLES: ReadonlySet<string> = new Set(['annotations', 'claims']);

const sameButTime = (a: unknown, b: unknown) => sameContent(a, b, ['updatedAt']);

/** Above this many incoming records, a table is read whole (in pages) rather than id by id. */
const READ_WHOLE_ABOVE = 2000;

/**
 * The stored records of a table that have these ids, by id: fetched one by one for a few, and
 * for many (a whole library restored) read in pages, which is far faster than thousands of
 * single reads.
 */
async function storedWithIds<T extends { id: string }>(
  table: Table<T>,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  signal?.throwIfAborted();
  if (ids.length <= READ_WHOLE_ABOVE) {
    for (const record of await table.bulkGet([...ids])) if (record) found.set(record.id, record);
    return found;
  }
  const wanted = new Set(ids);
  await readInPages(table, 5000, (page) => {
    signal?.throwIfAborted();
    for (const record of page) if (wanted.has(record.id)) found.set(record.id, record);
  });
  return found;
}

/** Plans a merge of one ruled table's incoming records (inside a transaction). */
async function planRuled(
  db: SlantDatabase,
  name: string,
  incoming: Versioned[],
  signal?: AbortSignal,
) {
  const ids = incoming.map((r) => r.id);
  const local = await storedWithIds(db.table(name) as Table<Versioned>, ids, signal);
  const deleted =
    name === 'annotations'
      ? await storedWithIds(db.table('tombstones') as Table<{ id: string }>, ids, signal)
      : new Map<string, unknown>();
  return planMerge(
    incoming,
    (id) => local.get(id),
    (id) => deleted.has(id),
    sameButTime,
  );
}

export function backupsRepository(db: SlantDatabase) {
  return {
    readAll: <T extends string>(tables: readonly T[]): Promise<StoredRecords<T>> =>
      db.transaction(
        'r',
        tables.map((name) => db.table(name)),
        async () => {
          const contents = {} as StoredRecords<T>;
          for (const name of tables)
            contents[name] = backedUp(name, await db.table(name).toArray());
          return contents;
        },
      ),

    /**
     * Every record of these tables, handed to `visit` a page at a time (each table at least
     * once, with an empty page when it has none), in the order `readAll` gives them, from one
     * transaction: a consistent copy that is never all in memory at once.
     */
    readInPages: <T extends string>(
      tables: readonly T[],
      visit: (name: T, records: object[]) => void,
      pageSize = 500,
    ): Promise<void> =>
      db.transaction(
        'r',
        tables.map((name) => db.table(name)),
        async () => {
          for (const name of tables)
            await readInPages(db.table(name), pageSize, (records) =>
              visit(name, backedUp(name, records)),
            );
        },
      ),

    /**
     * What an export of some documents needs: them, their annotations and the layers they are
     * in, the tags and outlets, and the claims that link any of those annotations (each cut down
     * to the annotations in scope).
     */
    readScope: (documentIds: readonly string[]) =>
      db.transaction(
        'r',
        [db.documents, db.annotations, db.tags, db.outlets, db.claims, db.layers],
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
            layers: (
              await db.layers.bulkGet([...new Set(annotations.map((a) => a.layerId))])
            ).flatMap((layer) => (layer ? [layer] : [])),
          };
        },
      ),

    /**
     * What merging these tables would do to the annotations and claims (the merge rule's
     * counts), for the summary before confirming. With `signal`, stops (rejecting) soon after
     * it is aborted, between pages of records: a restore need not wait for counts unwanted.
     */
    planMerge: <T extends string>(
      tables: readonly T[],
      contents: StoredRecords<T>,
      signal?: AbortSignal,
    ): Promise<Partial<Record<T, MergeCounts>>> =>
      db.transaction('r', [db.annotations, db.claims, db.tombstones], async () => {
        const counts: Partial<Record<T, MergeCounts>> = {};
        for (const name of tables.filter((t) => RULED_TABLES.has(t)))
          counts[name] = mergeCounts(
            await planRuled(db, name, contents[name] as Versioned[], signal),
          );
        return counts;
      }),

    /** Writes a restore plan in one transaction; says what it added, updated and left alone. */
    restore: <T extends string>({ mode, tables, contents }: RestorePlan<T>) =>
      db.transaction(
        'rw',
        [...new Set<string>([...tables, 'tombstones', 'layers'])].map((name) => db.table(name)),
        async () => {
          const report = {} as RestoreReport<T>;
          for (const name of tables) {
            const table = db.table(name);
            const incoming = contents[name];
            const keyOf = primaryKey(db, name);
            if (mode === 'replace') {
              // This browser's own markers stay: only the user's records are replaced.
              if (name === 'meta')
                await table.bulkDelete(backedUp(name, await table.toArray()).map(keyOf));
              else await table.clear();
              await table.bulkAdd(incoming);
              report[name] = { added: incoming.length, updated: 0, unchanged: 0 };
              continue;
            }
            if (RULED_TABLES.has(name)) {
              const plan = await planRuled(db, name, incoming as Versioned[]);
              await table.bulkPut(mergeWrites(plan));
              const { added, updated, unchanged, kept, notRestored } = mergeCounts(plan);
              report[name] = { added, updated, unchanged, kept, notRestored };
              continue;
            }
            if (name === 'tombstones') {
              // A deletion the backup remembers applies only to an annotation not here now.
              const here = new Set(
                (await db.annotations.bulkGet(incoming.map(keyOf))).flatMap((a) =>
                  a ? [a.id] : [],
                ),
              );
              const writes = incoming.filter((t) => !here.has(keyOf(t)));
              const before = await table.bulkGet(writes.map(keyOf));
              await table.bulkPut(writes);
              const added = before.filter((t) => !t).length;
              report[name] = { added, updated: 0, unchanged: incoming.length - added };
              continue;
            }
            const existing = await table.bulkGet(incoming.map(keyOf));
            let added = 0;
            let updated = 0;
            let unchanged = 0;
            const writes = incoming.filter((record, i) => {
              const before = existing[i];
              if (!before) return (added += 1) > 0;
              if (sameContent(before, record)) return (unchanged += 1) < 0;
              return (updated += 1) > 0;
            });
            await table.bulkPut(writes);
            report[name] = { added, updated, unchanged };
          }
          // A backup from before layers (or a replaced library) still needs the user's own layer.
          if (!(await db.layers.get(DEFAULT_LAYER_ID)))
            await db.layers.add(defaultLayer('', new Date().toISOString()));
          return report;
        },
      ),
  };
}
