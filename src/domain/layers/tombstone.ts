/**
 * A deleted annotation leaves a tombstone: its id, where it was and when it was deleted. An
 * older file or a late sync that still holds the annotation can then never bring it back, and
 * an undo made in another tab learns it was deleted here. Tombstones are purged after
 * `TOMBSTONE_DAYS`, which Settings states.
 */
import type { Tombstone } from '../records';

export const TOMBSTONE_DAYS = 90;

/** Whether a tombstone is older than the time deletions are remembered, at `now`. */
export function tombstoneExpired(tombstone: Tombstone, now: Date): boolean {
  const age = now.getTime() - Date.parse(tombstone.deletedAt);
  return age > TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;
}
