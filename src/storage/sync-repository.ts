/**
 * The Dexie side of team sync: the membership this browser keeps, each shared unit's Yjs state
 * and merge base (so edits made offline, or before a reload, are found again and nothing a
 * client holds is lost), the rows a shared unit mirrors, and compare-and-set writes of what
 * arrives from the space: a row the user changed meanwhile is left alone and merged on the next
 * pass. Everything it writes is checked against the record's schema first, since it comes from
 * other people's browsers.
 */
import { Dexie } from 'dexie';
import { STORED_TABLES, type StoredRecord } from '../domain/records';
import type { SlantDatabase } from './slant-database';

const MEMBERSHIP = 'sync-membership';
const UNIT_PREFIX = 'sync-unit:';
const READ_ONLY = 'sync-read-only';

/** The ids, per table, of the records a member receives from the space and may not change. */
export type ReadOnlyShared = Partial<
  Record<'documents' | 'tags' | 'outlets' | 'collections', string[]>
>;

/** The tables a shared unit mirrors. */
export type SyncedTable =
  | 'annotations'
  | 'claims'
  | 'dismissedSuggestions'
  | 'collections'
  | 'tags'
  | 'outlets'
  | 'documents'
  | 'lessons'
  | 'layers'
  | 'submissions';

export type Row = { id: string } & Record<string, unknown>;

/** One write from the space: put `next` (or delete the row when null) if the row is still `expected`. */
export interface GuardedWrite {
  id: string;
  expected: Row | undefined;
  next: Row | null;
  /** For an annotation deleted elsewhere: leave a tombstone in this layer. */
  tombstone?: { layerId: string; documentId: string; deletedAt: string };
}

export interface SavedUnit {
  state: Uint8Array;
  base: Record<string, Record<string, Row>>;
  /** Changes not yet acknowledged by the server when this was saved. */
  pending?: string[];
}

export function syncRepository(db: SlantDatabase) {
  return {
    membership: async <T>() => (await db.meta.get(MEMBERSHIP))?.value as T | undefined,
    setMembership: (value: unknown) => db.meta.put({ key: MEMBERSHIP, value }),
    /** Leaving a space forgets the membership and the units' saved states; the rows stay. */
    forgetMembership: () =>
      db.transaction('rw', db.meta, async () => {
        await db.meta.delete(MEMBERSHIP);
        await db.meta.delete(READ_ONLY);
        await db.meta.where('key').startsWith(UNIT_PREFIX).delete();
      }),

    /** Kept in the database so every tab (not only the one syncing) knows, offline too. */
    readOnlyShared: async () =>
      ((await db.meta.get(READ_ONLY))?.value as ReadOnlyShared | undefined) ?? {},
    setReadOnlyShared: (value: ReadOnlyShared) => db.meta.put({ key: READ_ONLY, value }),

    loadUnit: async (name: string) =>
      (await db.meta.get(UNIT_PREFIX + name))?.value as SavedUnit | undefined,
    saveUnit: (name: string, saved: SavedUnit) =>
      db.meta.put({ key: UNIT_PREFIX + name, value: saved }),

    /**
     * Calls `listener` with the tables changed, after a change to the user's records (not
     * `meta`), in this tab or another.
     */
    onChange(listener: (tables: ReadonlySet<string>) => void): () => void {
      const prefix = `idb://${db.name}/`;
      const handler = (parts: Record<string, unknown>) => {
        const tables = new Set<string>();
        for (const key of Object.keys(parts)) {
          if (!key.startsWith(prefix)) continue;
          const table = key.slice(prefix.length).split('/')[0];
          if (table && table !== 'meta') tables.add(table);
        }
        if (tables.size > 0) listener(tables);
      };
      Dexie.on('storagemutated', handler);
      return () => Dexie.on.storagemutated.unsubscribe(handler);
    },

    rows: async (table: SyncedTable, where?: { layerId: string }): Promise<Row[]> => {
      const t = db.table(table);
      const found = where
        ? await t.where('layerId').equals(where.layerId).toArray()
        : await t.toArray();
      return found as Row[];
    },

    row: async (table: SyncedTable, id: string) =>
      (await db.table(table).get(id)) as Row | undefined,

    /** Applies the writes whose row is unchanged; returns the ids written. */
    applyGuarded: (table: SyncedTable, writes: readonly GuardedWrite[]) =>
      db.transaction('rw', db.table(table), db.tombstones, async () => {
        const applied: string[] = [];
        const t = db.table(table);
        for (const write of writes) {
          const now = (await t.get(write.id)) as Row | undefined;
          if (!sameRow(now, write.expected)) continue;
          if (write.next === null) {
            if (now) await t.delete(write.id);
            if (write.tombstone) await db.tombstones.put({ id: write.id, ...write.tombstone });
          } else {
            const valid = STORED_TABLES[table].schema.safeParse(write.next);
            if (!valid.success) continue;
            await t.put(valid.data as StoredRecord<typeof table>);
          }
          applied.push(write.id);
        }
        return applied;
      }),
  };
}

function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
