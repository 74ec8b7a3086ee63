/**
 * Two students' work that is the same, or nearly (at least 95% of spans identical: same
 * article, same start and end, same tags), is worth a teacher's look: one file may have been
 * copied, or handed in twice under two names. Slant flags it and does not refuse it, whether
 * the other work came in the same batch or was handed in earlier.
 */
import type { Annotation } from '../../domain/types';

export const SIMILAR_SHARE = 0.95;

const spanKey = (a: Annotation) =>
  `${a.documentId}|${a.target.start}|${a.target.end}|${[...a.tagIds].sort().join(',')}`;

/** The share of spans two works have in common, over the larger of the two (0 when either is empty). */
export function sharedSpans(a: readonly Annotation[], b: readonly Annotation[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Set(a.map(spanKey));
  const right = new Set(b.map(spanKey));
  let same = 0;
  for (const key of left) if (right.has(key)) same += 1;
  return same / Math.max(left.size, right.size);
}

/** Another student's work to compare with: `fileName` when it came in the same batch. */
export interface OtherWork {
  submissionId: string;
  student: string;
  fileName?: string;
  annotations: readonly Annotation[];
}

export interface SimilarWork {
  submissionId: string;
  student: string;
  /** The other file's name; absent for work handed in before this import. */
  fileName?: string;
  share: number;
}

/** The first of `others` (not the submission `ownId` itself) that `annotations` nearly copy. */
export function findSimilarWork(
  annotations: readonly Annotation[],
  others: readonly OtherWork[],
  ownId: string,
): SimilarWork | undefined {
  for (const other of others) {
    if (other.submissionId === ownId) continue;
    const share = sharedSpans(annotations, other.annotations);
    if (share >= SIMILAR_SHARE)
      return {
        submissionId: other.submissionId,
        student: other.student,
        ...(other.fileName !== undefined && { fileName: other.fileName }),
        share,
      };
  }
  return undefined;
}
