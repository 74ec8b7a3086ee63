import { describe, expect, it } from 'vitest';
import { paragraphRuns } from '../../../src/ui/compare/text-runs';

describe('paragraphRuns', () => {
  it('cuts a paragraph where marks begin and end, innermost mark first', () => {
    const marks = [
      { id: 'outer', start: 2, end: 12, tagId: 'a' },
      { id: 'inner', start: 4, end: 6, tagId: 'b' },
      { id: 'elsewhere', start: 30, end: 34, tagId: 'a' },
    ];
    const runs = paragraphRuns(0, 20, marks);
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.id)])).toEqual([
      [0, 2, []],
      [2, 4, ['outer']],
      [4, 6, ['inner', 'outer']],
      [6, 12, ['outer']],
      [12, 20, []],
    ]);
  });

  it('clips a mark that crosses into the next paragraph, and skips empty marks', () => {
    const marks = [
      { id: 'across', start: 15, end: 25, tagId: 'a' },
      { id: 'empty', start: 5, end: 5, tagId: 'a' },
    ];
    expect(paragraphRuns(0, 20, marks).map((r) => [r.start, r.end, r.marks.length])).toEqual([
      [0, 15, 0],
      [15, 20, 1],
    ]);
    expect(paragraphRuns(21, 30, marks).map((r) => [r.start, r.end, r.marks.length])).toEqual([
      [21, 25, 1],
      [25, 30, 0],
    ]);
  });
});
