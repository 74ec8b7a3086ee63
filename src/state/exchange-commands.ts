import { BACKUP_TABLES, type RestoredBackup as BackupContents } from '../io/backup';
import type { Annotation, Claim, Tag } from '../domain/types';
import { db } from './database';

/**
 * Moving the user's work in and out of the database as a whole: reading everything for an
 * export, restoring a backup (merged or replacing all), adding imported annotations. Each write
 * is one transaction, so a failure leaves the database as it was.
 */
export const LAST_BACKUP = 'last-backup-at';

const TABLES = BACKUP_TABLES;

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

/**
 * What an export of some documents needs: them, their annotations, the tags and outlets, and the
 * claims that link any of those annotations (each cut down to the annotations in the scope).
 */
export async function readScope(documentIds: readonly string[]): Promise<BackupContents> {
  return db.transaction(
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
        documents: (await db.documents.bulkGet([...documentIds])).flatMap((d) => (d ? [d] : [])),
        annotations,
        tags: await db.tags.orderBy('order').toArray(),
        outlets: await db.outlets.toArray(),
        collections: [],
        claims,
        lessons: [],
        submissions: [],
      };
    },
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

/**
 * Adds annotations imported from another tool, creating the tags they use that are missing, and
 * the claims they belong to (a Slant export's): a claim this browser already has gains the new
 * annotations, any other is created. One transaction, so nothing is half-added.
 */
export async function addImportedAnnotations(
  annotations: readonly Annotation[],
  newTags: readonly Tag[],
  claims: readonly Claim[] = [],
) {
  await db.transaction('rw', db.annotations, db.tags, db.claims, async () => {
    await db.tags.bulkPut([...newTags]);
    await db.annotations.bulkPut([...annotations]);
    if (claims.length === 0) return;
    const existing = await db.claims.bulkGet(claims.map((c) => c.id));
    const updatedAt = new Date().toISOString();
    await db.claims.bulkPut(
      claims.map((claim, i) => {
        const current = existing[i];
        if (!current) return { ...claim, annotationIds: [...new Set(claim.annotationIds)] };
        const added = claim.annotationIds.filter((id) => !current.annotationIds.includes(id));
        if (added.length === 0) return current;
        return {
          ...current,
          annotationIds: [...new Set([...current.annotationIds, ...added])],
          updatedAt,
        };
      }),
    );
  });
}
