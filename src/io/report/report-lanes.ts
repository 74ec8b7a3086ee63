/**
 * Where each highlight's underline sits. Every (annotation, tag) pair gets a lane, a depth below
 * the text that it keeps along its whole length, so an underline runs unbroken even where other
 * highlights begin or end inside it. Lanes are handed out greedily in reading order (interval
 * colouring): a highlight takes the shallowest lane free where it starts, so lone highlights sit
 * just under the text and only overlaps go deeper.
 */
import type { Annotation } from '../../domain/types';

export interface Lane {
  marker: number;
  /** `''` for an annotation without tags. */
  tagId: string;
  depth: number;
}

export function assignLanes(placed: readonly { marker: number; annotation: Annotation }[]): Lane[] {
  const spans = placed
    .flatMap(({ marker, annotation }) =>
      (annotation.tagIds.length > 0 ? annotation.tagIds : ['']).map((tagId) => ({
        marker,
        tagId,
        start: annotation.target.start,
        end: annotation.target.end,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end || a.marker - b.marker);
  const busyUntil: number[] = [];
  return spans.map(({ marker, tagId, start, end }) => {
    let depth = busyUntil.findIndex((until) => until <= start);
    if (depth === -1) depth = busyUntil.length;
    busyUntil[depth] = end;
    return { marker, tagId, depth };
  });
}
