/**
 * Groups labelled spans by tag and document and merges the overlapping ones in each group, as
 * SemEval-2020 Task 11's scorer does: a student who highlights the same words twice, or in two
 * overlapping strokes, has marked them once.
 */
import { mergeSpans } from '../metrics/span-identification';
import type { TextSpan } from '../text/sentences';
import type { LabelledSpan } from './labelled-span';

/** Merged spans, by tag id, then by document id. Tags not in `tagIds` are left out. */
type SpansByTag = Map<string, Map<string, TextSpan[]>>;

export function mergeByTagAndDocument(
  spans: readonly LabelledSpan[],
  tagIds: readonly string[],
): SpansByTag {
  const grouped: SpansByTag = new Map(tagIds.map((tagId) => [tagId, new Map()]));
  for (const span of spans) {
    const byDocument = grouped.get(span.tagId);
    if (!byDocument) continue;
    const list = byDocument.get(span.documentId);
    if (list) list.push(span);
    else byDocument.set(span.documentId, [span]);
  }
  for (const byDocument of grouped.values()) {
    for (const [documentId, list] of byDocument) byDocument.set(documentId, mergeSpans(list));
  }
  return grouped;
}
