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

export function reanchorAnnotations(text: string, stored: readonly Annotation[]): Reanchored {
  const changed: Annotation[] = [];
  const annotations = stored.map((annotation) => {
    const result = anchor(text, annotation.target);
    if (result.status === 'orphaned') {
      if (annotation.status === 'orphaned') return annotation;
      const orphan: Annotation = { ...annotation, status: 'orphaned' };
      changed.push(orphan);
      return orphan;
    }
    const samePlace =
      result.start === annotation.target.start && result.end === annotation.target.end;
    if (samePlace && annotation.status === 'anchored') return annotation;
    const moved: Annotation = {
      ...annotation,
      status: 'anchored',
      target: describe(text, result.start, result.end),
    };
    changed.push(moved);
    return moved;
  });
  return { annotations, changed };
}
