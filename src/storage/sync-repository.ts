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

/** The rows changed in each table: their ids, or `all` when a change named a range. */
export type ChangedRows = ReadonlyMap<string, ReadonlySet<string> | 'all'>;

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
     * Calls `listener` with the rows changed, by table (not `meta`), after a change in this tab
     * or another: the ids when Dexie names them, `all` when it names a range (a bulk write of 50
     * rows or more, a clear).
     */
    onChange(listener: (changes: ChangedRows) => void): () => void {
      const prefix = `idb://${db.name}/`;
      const handler = (parts: Record<string, unknown>) => {
        const changes = new Map<string, Set<string> | 'all'>();
        for (const [key, keys] of Object.entries(parts)) {
          if (!key.startsWith(prefix)) continue;
          const [table, index] = key.slice(prefix.length).split('/');
          // The primary key's part ('') names the rows; the others name indexes.
          if (!table || table === 'meta' || index !== '') continue;
          changes.set(table, changedIds(keys));
        }
        if (changes.size > 0) listener(changes);
      };
      Dexie.on('storagemutated', handler);
      return () => Dexie.on.storagemutated.unsubscribe(handler);
    },

    /** The table's rows (of one layer), or only those among `ids` when given. */
    rows: async (
      table: SyncedTable,
      where?: { layerId: string },
      ids?: Iterable<string>,
    ): Promise<Row[]> => {
      const t = db.table(table);
      if (ids) {
        const found = ((await t.bulkGet([...ids])) as (Row | undefined)[]).filter(
          (row): row is Row => row !== undefined,
        );
        return where ? found.filter((row) => row.layerId === where.layerId) : found;
      }
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

/**
 * The keys in one of Dexie's changed-key sets (an interval tree; a plain object when it came
 * from another tab): each single key, or `all` if any interval spans more than one key.
 */
function changedIds(tree: unknown): Set<string> | 'all' {
  const ids = new Set<string>();
  const stack = [tree as Interval | null | undefined];
  for (let node = stack.pop(); stack.length > 0 || node; node = stack.pop()) {
    if (!node || node.from === undefined) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return 'all';
    ids.add(node.from);
    stack.push(node.l, node.r);
  }
  return ids.size > 0 ? ids : 'all';
}

interface Interval {
  from?: unknown;
  to?: unknown;
  l?: Interval | null;
  r?: Interval | null;
}
