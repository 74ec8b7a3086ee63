/**
 * The one shape every agreement measure reads: a tagged stretch of one document. Annotations can
 * carry several tags and can lose their place in the text; the measures should not have to care,
 * so `spansOf` turns annotations into plain labelled spans once, at the door.
 */
import type { Annotation } from '../../domain/types';

export interface LabelledSpan {
  documentId: string;
  /** UTF-16 offset into the document's text. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  tagId: string;
}

/**
 * One span per tag of each anchored annotation. Orphaned annotations are skipped: their offsets
 * no longer point at the passage they were made on, so they would agree or disagree by accident.
 */
export function spansOf(annotations: readonly Annotation[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const annotation of annotations) {
    if (annotation.status === 'orphaned') continue;
    const { start, end } = annotation.target;
    for (const tagId of annotation.tagIds) {
      spans.push({ documentId: annotation.documentId, start, end, tagId });
    }
  }
  return spans;
}
