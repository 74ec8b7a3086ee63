import { anchor, describe } from './anchoring';
import type { Annotation } from './types';

/**
 * Places a document's stored annotations on its current text (ARCHITECTURE.md §5). Returns every
 * annotation, in input order, and separately those whose stored record should change: moved ones
 * get a fresh target, ones that can no longer be placed become orphans (never dropped), and
 * orphans that fit again are re-attached. Unchanged annotations keep their identity.
 */
interface Reanchored {
  annotations: Annotation[];
  changed: Annotation[];
}

/**
 * Where each stored record was placed on one text: records placed before keep their place, so a
 * list read again after one change places only that one (pass the same map for the same text).
 */
export type PlacedOnText = WeakMap<Annotation, Annotation>;

export function reanchorAnnotations(
  text: string,
  stored: readonly Annotation[],
  placedBefore?: PlacedOnText,
): Reanchored {
  const changed: Annotation[] = [];
  const annotations = stored.map((annotation) => {
    let placed = placedBefore?.get(annotation);
    if (!placed) {
      placed = placeOne(text, annotation);
      placedBefore?.set(annotation, placed);
    }
    if (placed !== annotation) changed.push(placed);
    return placed;
  });
  return { annotations, changed };
}

/** The annotation placed on `text`: itself when it fits as stored, else a changed copy. */
function placeOne(text: string, annotation: Annotation): Annotation {
  const result = anchor(text, annotation.target);
  if (result.status === 'orphaned') {
    return annotation.status === 'orphaned' ? annotation : { ...annotation, status: 'orphaned' };
  }
  const samePlace =
    result.start === annotation.target.start && result.end === annotation.target.end;
  if (samePlace && annotation.status === 'anchored') return annotation;
  return { ...annotation, status: 'anchored', target: describe(text, result.start, result.end) };
}
