/**
 * The data behind the Class view's heat map: where in one document the raters' highlights fall,
 * and how many raters chose each tag there. The text is cut at every place where some rater's
 * span of some tag begins or ends; between two cuts the counts are constant. Only stretches that
 * at least one rater marked are returned (the gaps are plain text), and neighbouring stretches
 * with identical counts are joined. Sorting the cuts makes this O(s log s) in the number of spans.
 *
 * Each rater counts at most once per tag at any place: their own overlapping spans of a tag are
 * merged first. Spans are clipped to [0, textLength]; their documentId is not looked at (pass the
 * spans of one document); tags not in `tagIds` are ignored.
 */
import { mergeSpans } from '../metrics/span-identification';
import type { TextSpan } from '../text/sentences';
import type { LabelledSpan } from './labelled-span';

export interface CoverageSegment {
  start: number;
  end: number;
  /** For every tag in `tagIds`: how many raters' spans of that tag cover this stretch. */
  counts: Record<string, number>;
  /** How many raters marked this stretch with any of the tags. */
  raters: number;
}

interface Cut {
  at: number;
  /** Index into tagIds, or -1 for the count of raters with any tag here. */
  tag: number;
  delta: 1 | -1;
}

function addCuts(spans: readonly TextSpan[], tag: number, cuts: Cut[]): void {
  for (const span of mergeSpans(spans)) {
    cuts.push({ at: span.start, tag, delta: 1 }, { at: span.end, tag, delta: -1 });
  }
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
  const cuts: Cut[] = [];
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
    byTag.forEach((spans, i) => addCuts(spans, i, cuts));
    addCuts(anyTag, -1, cuts);
  }
  cuts.sort((a, b) => a.at - b.at);

  const counts = tags.map(() => 0);
  let covering = 0;
  const segments: CoverageSegment[] = [];
  let c = 0;
  while (c < cuts.length) {
    const at = (cuts[c] as Cut).at;
    for (; c < cuts.length && (cuts[c] as Cut).at === at; c += 1) {
      const cut = cuts[c] as Cut;
      if (cut.tag === -1) covering += cut.delta;
      else counts[cut.tag] = (counts[cut.tag] ?? 0) + cut.delta;
    }
    const next = cuts[c];
    if (!next || covering === 0) continue;
    const segment: CoverageSegment = {
      start: at,
      end: next.at,
      counts: Object.fromEntries(tags.map((tagId, i) => [tagId, counts[i] ?? 0])),
      raters: covering,
    };
    const last = segments[segments.length - 1];
    if (last && last.end === at && sameCounts(last, segment, tags)) last.end = next.at;
    else segments.push(segment);
  }
  return segments;
}
