import type { Annotation } from './types';

/**
 * A document's annotations in reading order: by start, then by end. Lists kept in this order
 * take a new or changed annotation by binary search, without sorting thousands again.
 */
export const inReadingOrder = (a: Annotation, b: Annotation) =>
  a.target.start - b.target.start || a.target.end - b.target.end;

/** Puts `annotation` into `list` (in reading order), after any equal to it. */
export function insertInReadingOrder(list: Annotation[], annotation: Annotation): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (inReadingOrder(list[mid]!, annotation) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, annotation);
}
