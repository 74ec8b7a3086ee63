import { insertInReadingOrder } from './reading-order';
import type { Annotation } from './types';

/**
 * Annotations just made are drawn at once, before the database confirms them: the stored list
 * plus those not yet in it, in reading order. Once stored, the stored copy wins.
 */
export function mergePending(
  stored: readonly Annotation[],
  pending: readonly Annotation[],
  /** The ids in `stored`, when the caller keeps them already. */
  storedIds?: ReadonlySet<string>,
): readonly Annotation[] {
  if (pending.length === 0) return stored;
  const known = storedIds ?? new Set(stored.map((a) => a.id));
  const waiting = pending.filter((a) => !known.has(a.id));
  if (waiting.length === 0) return stored;
  // The stored list is in reading order: insert each newcomer in place, without a full sort.
  const merged = [...stored];
  for (const annotation of waiting) insertInReadingOrder(merged, annotation);
  return merged;
}
