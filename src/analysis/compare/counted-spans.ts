/**
 * The tagged spans the Compare view counts for one document: its anchored annotations (an orphan
 * has no place in the text to count), plus, when the reader asks for them, the detectors'
 * suggestions that no anchored annotation of the same tag already covers, so a suggestion the
 * reader accepted, or tagged by hand, is counted once.
 */
import type { Annotation } from '../../domain/types';
import type { Suggestion } from '../suggestion';

export interface CountedSpan {
  tagId: string;
  start: number;
  end: number;
}

function overlaps(a: CountedSpan, b: CountedSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One span per tag of each anchored annotation of `documentId`, then the uncovered suggestions. */
export function countedSpans(
  documentId: string,
  annotations: readonly Annotation[],
  suggestions: readonly Suggestion[] = [],
): CountedSpan[] {
  const spans: CountedSpan[] = annotations
    .filter((a) => a.documentId === documentId && a.status === 'anchored')
    .flatMap((a) =>
      [...new Set(a.tagIds)].map((tagId) => ({ tagId, start: a.target.start, end: a.target.end })),
    );
  const accepted = [...spans];
  for (const s of suggestions) {
    const span = { tagId: s.tag, start: s.start, end: s.end };
    if (!accepted.some((a) => a.tagId === span.tagId && overlaps(a, span))) spans.push(span);
  }
  return spans;
}
