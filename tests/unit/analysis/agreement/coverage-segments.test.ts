import { describe, expect, it } from 'vitest';
import { coverageSegments } from '../../../../src/analysis/agreement/coverage-segments';
import type { LabelledSpan } from '../../../../src/analysis/agreement/labelled-span';

function span(start: number, end: number, tagId: string): LabelledSpan {
  return { documentId: 'd1', start, end, tagId };
}

describe('coverageSegments (heat map)', () => {
  it('counts, per stretch, the raters who marked it with each tag', () => {
    const segments = coverageSegments(
      20,
      [
        { spans: [span(2, 8, 'a'), span(6, 10, 'b')] },
        // Two overlapping a strokes by one rater count once: [4,12).
        { spans: [span(4, 6, 'a'), span(5, 12, 'a'), span(0, 3, 'ignored')] },
        // Clipped to the text's end.
        { spans: [span(15, 25, 'b')] },
      ],
      ['a', 'b'],
    );
    expect(segments).toEqual([
      { start: 2, end: 4, counts: { a: 1, b: 0 }, raters: 1 },
      { start: 4, end: 6, counts: { a: 2, b: 0 }, raters: 2 },
      { start: 6, end: 8, counts: { a: 2, b: 1 }, raters: 2 },
      { start: 8, end: 10, counts: { a: 1, b: 1 }, raters: 2 },
      { start: 10, end: 12, counts: { a: 1, b: 0 }, raters: 1 },
      { start: 15, end: 20, counts: { a: 0, b: 1 }, raters: 1 },
    ]);
  });

  it('joins neighbouring stretches whose counts are the same', () => {
    // One rater hands over to another at 5: the count never changes.
    const segments = coverageSegments(
      10,
      [{ spans: [span(0, 5, 'a')] }, { spans: [span(5, 10, 'a')] }],
      ['a'],
    );
    expect(segments).toEqual([{ start: 0, end: 10, counts: { a: 1 }, raters: 1 }]);
  });

  it('counts a rater with two tags on one stretch once in raters', () => {
    const segments = coverageSegments(
      10,
      [{ spans: [span(0, 4, 'a'), span(2, 6, 'b')] }],
      ['a', 'b'],
    );
    expect(segments).toEqual([
      { start: 0, end: 2, counts: { a: 1, b: 0 }, raters: 1 },
      { start: 2, end: 4, counts: { a: 1, b: 1 }, raters: 1 },
      { start: 4, end: 6, counts: { a: 0, b: 1 }, raters: 1 },
    ]);
  });

  it('returns nothing when no one marked anything', () => {
    expect(coverageSegments(10, [{ spans: [] }, { spans: [] }], ['a'])).toEqual([]);
  });
});
