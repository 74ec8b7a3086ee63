/**
 * The data behind the Class view's heat map: where in one document the raters' highlights fall,
 * and how many raters chose each tag there. The text is cut into runs (`domain/text-runs.ts`) at
 * every place where some rater's span of some tag begins or ends; over a run the counts are
 * constant. Only stretches that at least one rater marked are returned (the gaps are plain text),
 * and neighbouring stretches with identical counts are joined.
 *
 * Each rater counts at most once per tag at any place: their own overlapping spans of a tag are
 * merged first. Spans are clipped to [0, textLength]; their documentId is not looked at (pass the
 * spans of one document); tags not in `tagIds` are ignored.
 */
import { cutRuns } from '../../domain/text-runs';
import { mergeSpans } from '../metrics/span-identification';
import type { TextSpan } from '../text/sentences';
import type { LabelledSpan } from './labelled-span';
import { keyedRecord } from '../../domain/keyed-record';

export interface CoverageSegment {
  start: number;
  end: number;
  /** For every tag in `tagIds`: how many raters' spans of that tag cover this stretch. */
  counts: Record<string, number>;
  /** How many raters marked this stretch with any of the tags. */
  raters: number;
}

/** One rater's merged span of one tag; `tag` indexes tagIds, or is -1 for "any of the tags". */
interface CountedSpan extends TextSpan {
  tag: number;
}

function addCounted(spans: readonly TextSpan[], tag: number, into: CountedSpan[]): void {
  for (const { start, end } of mergeSpans(spans)) into.push({ start, end, tag });
}

function sameCounts(a: CoverageSegment, b: CoverageSegment, tagIds: readonly string[]): boolean {
  return a.raters === b.raters && tagIds.every((tagId) => a.counts[tagId] === b.counts[tagId]);
}

export function coverageSegments(
  textLength: number,
  raters: readonly { spans: readonly LabelledSpan[] }[],
  tagIds: readonly string[],
): CoverageSegment[] {
  const tags = [...new Set(tagIds)];
  const tagIndex = new Map(tags.map((tagId, i) => [tagId, i]));
  const counting: CountedSpan[] = [];
  for (const rater of raters) {
    const byTag: TextSpan[][] = tags.map(() => []);
    const anyTag: TextSpan[] = [];
    for (const span of rater.spans) {
      const i = tagIndex.get(span.tagId);
      const start = Math.max(0, span.start);
      const end = Math.min(textLength, span.end);
      if (i === undefined || end <= start) continue;
      byTag[i]?.push({ start, end });
      anyTag.push({ start, end });
    }
    byTag.forEach((spans, i) => addCounted(spans, i, counting));
    addCounted(anyTag, -1, counting);
  }

  const segments: CoverageSegment[] = [];
  for (const run of cutRuns(counting, 0, textLength)) {
    const counts = tags.map(() => 0);
    let covering = 0;
    for (const { tag } of run.spans) {
      if (tag === -1) covering += 1;
      else counts[tag] = (counts[tag] ?? 0) + 1;
    }
    if (covering === 0) continue;
    const segment: CoverageSegment = {
      start: run.start,
      end: run.end,
      counts: keyedRecord(tags.map((tagId, i) => [tagId, counts[i] ?? 0] as const)),
      raters: covering,
    };
    const last = segments[segments.length - 1];
    if (last && last.end === run.start && sameCounts(last, segment, tags)) last.end = run.end;
    else segments.push(segment);
  }
  return segments;
}
