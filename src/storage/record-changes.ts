import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * Which records of a table changed, as Dexie tells every `storagemutated` listener: after this
 * tab's transactions, and other tabs' (through Dexie's BroadcastChannel), so undo, imports and
 * sync count as much as the user's own edits. Views that hold thousands of records re-read only
 * the changed ones from this, where a live query would re-read, and re-track, all of them after
 * every change (about 10 ms per change at 5,000 annotations).
 *
 * Dexie names the changed primary keys for writes of fewer than 50 records; otherwise (bulk
 * writes, clears, a page back from the back-forward cache) it marks whole ranges, and the
 * listener hears `'all'`.
 */
export type ChangedKeys = ReadonlySet<string> | 'all';

/**
 * Adds the keys of a RangeSet (Dexie's, or its structured clone from another tab) to `into`;
 * false when it holds a range rather than single keys.
 */
function keysIn(set: IntervalTree, into: Set<string>): boolean {
  const pending: IntervalTree[] = [set];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (node.l) pending.push(node.l);
    if (node.r) pending.push(node.r);
  }
  return true;
}

/** What changed in `table` of database `databaseName`, or `null` when nothing there did. */
export function changedKeysOf(
  parts: ObservabilitySet,
  databaseName: string,
  table: string,
): ChangedKeys | null {
  if ('all' in parts) return 'all';
  const prefix = `idb://${databaseName}/${table}/`;
  const sets = [parts[prefix], parts[`${prefix}:dels`]].filter((s) => s !== undefined);
  if (sets.length === 0) return null;
  const keys = new Set<string>();
  for (const set of sets) if (!keysIn(set, keys)) return 'all';
  return keys.size > 0 ? keys : null;
}

/** Calls `listener` with the keys changed in `table`, after every write that changed any. */
export function onRecordsChanged(
  databaseName: string,
  table: string,
  listener: (changed: ChangedKeys) => void,
): () => void {
  const handler = (parts: ObservabilitySet) => {
    const changed = changedKeysOf(parts, databaseName, table);
    if (changed) listener(changed);
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
