import type { Annotation } from './types';

/**
 * Annotations just made are drawn at once, before the database confirms them: the stored list
 * plus those not yet in it, in reading order. Once stored, the stored copy wins.
 */
export function mergePending(
  stored: readonly Annotation[],
  pending: readonly Annotation[],
): readonly Annotation[] {
  if (pending.length === 0) return stored;
  const known = new Set(stored.map((a) => a.id));
  const waiting = pending.filter((a) => !known.has(a.id));
  if (waiting.length === 0) return stored;
  return [...stored, ...waiting].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end,
  );
}
