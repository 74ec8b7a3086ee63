import { Dexie } from 'dexie';

/**
 * Calls `listener` after any write to Slant's database, from this tab or another (Dexie's
 * `storagemutated`). Returns how to stop listening.
 */
export function onDatabaseChange(listener: () => void): () => void {
  const handler = () => listener();
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
