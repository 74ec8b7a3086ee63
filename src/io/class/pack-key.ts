/**
 * The answer key as a lesson pack holds it: the key's annotations on the pack's articles, placed
 * on their current text (`reanchorAnnotations`), so that every anchored one quotes its text
 * exactly where its offsets say. One that can no longer be found is kept as an orphan.
 */
import { reanchorAnnotations } from '../../domain/reanchor-annotations';
import type { Annotation, SlantDocument } from '../../domain/types';

export function packKey(
  key: readonly Annotation[],
  documents: readonly SlantDocument[],
): Annotation[] {
  const placed = new Map<string, Annotation>();
  for (const document of documents) {
    const own = key.filter((annotation) => annotation.documentId === document.id);
    for (const annotation of reanchorAnnotations(document.text, own).annotations)
      placed.set(annotation.id, annotation);
  }
  // Key order, less what lies outside the pack's articles (it could not be shown or checked).
  return key.flatMap((annotation) => placed.get(annotation.id) ?? []);
}
