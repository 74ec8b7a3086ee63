import type { Annotation } from './types';

/**
 * The annotation after (or before) a position in reading order, for Alt+Down / Alt+Up.
 * Wraps around at the ends, as "find next" does.
 */
export function neighbourAnnotation(
  annotations: readonly Annotation[],
  from: number,
  direction: 1 | -1,
): Annotation | undefined {
  const anchored = annotations.filter((a) => a.status === 'anchored');
  if (anchored.length === 0) return undefined;
  if (direction === 1) return anchored.find((a) => a.target.start > from) ?? anchored[0];
  return [...anchored].reverse().find((a) => a.target.start < from) ?? anchored.at(-1);
}
