import { describe, expect, it } from 'vitest';
import { cutRuns, paragraphRuns } from '../../../src/domain/text-runs';

const show = (runs: { start: number; end: number; spans: { id: string }[] }[]) =>
  runs.map((r) => [r.start, r.end, r.spans.map((s) => s.id).join(' ')]);

describe('cutRuns', () => {
  it('cuts where spans begin and end, listing every span over a run in the order given', () => {
    const spans = [
      { id: 'inner', start: 4, end: 6 },
      { id: 'outer', start: 2, end: 12 },
      { id: 'overlap', start: 10, end: 14 },
    ];
    expect(show(cutRuns(spans, 0, 16))).toEqual([
      [0, 2, ''],
      [2, 4, 'outer'],
      [4, 6, 'inner outer'],
      [6, 10, 'outer'],
      [10, 12, 'outer overlap'],
      [12, 14, 'overlap'],
      [14, 16, ''],
    ]);
  });

  it('clips spans to the stretch, leaves out empty ones, and cuts at extra points', () => {
    const spans = [
      { id: 'before', start: -5, end: 3 },
      { id: 'empty', start: 5, end: 5 },
      { id: 'after', start: 8, end: 40 },
    ];
    expect(show(cutRuns(spans, 0, 10, [6, 99]))).toEqual([
      [0, 3, 'before'],
      [3, 6, ''],
      [6, 8, ''],
      [8, 10, 'after'],
    ]);
    expect(cutRuns(spans, 4, 4)).toEqual([]);
  });

  it('keeps identical spans apart', () => {
    const spans = [
      { id: 'a', start: 1, end: 3 },
      { id: 'b', start: 1, end: 3 },
    ];
    expect(show(cutRuns(spans, 1, 3))).toEqual([[1, 3, 'a b']]);
  });
});

describe('paragraphRuns', () => {
  it('cuts at paragraph breaks: a span across one shows on both sides, the break in neither', () => {
    const text = 'one two\n\nthree';
    const spans = [{ id: 'across', start: 4, end: 12 }];
    expect(paragraphRuns(text, spans).map((p) => [p.start, p.end, show(p.runs)])).toEqual([
      [
        0,
        7,
        [
          [0, 4, ''],
          [4, 7, 'across'],
        ],
      ],
      [8, 8, []],
      [
        9,
        14,
        [
          [9, 12, 'across'],
          [12, 14, ''],
        ],
      ],
    ]);
  });

  it('gives an empty text one empty paragraph', () => {
    expect(paragraphRuns('', [{ start: 0, end: 3 }])).toEqual([{ start: 0, end: 0, runs: [] }]);
  });
});
