import { describe, expect, it } from 'vitest';
import { columnRuns } from '../../../src/ui/compare/column-runs';

/** Two paragraphs, [0, 20) and [21, 30), as a canonical text. */
const TEXT = `${'a'.repeat(20)}\n${'b'.repeat(9)}`;

describe('columnRuns', () => {
  it('cuts a paragraph where marks begin and end, innermost mark first', () => {
    const marks = [
      { id: 'outer', start: 2, end: 12, tagId: 'a' },
      { id: 'inner', start: 4, end: 6, tagId: 'b' },
      { id: 'elsewhere', start: 30, end: 34, tagId: 'a' },
    ];
    const runs = columnRuns(TEXT, marks)[0]!.runs;
    expect(runs.map((r) => [r.start, r.end, r.spans.map((m) => m.id)])).toEqual([
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
    const [first, second] = columnRuns(TEXT, marks);
    expect(first!.runs.map((r) => [r.start, r.end, r.spans.length])).toEqual([
      [0, 15, 0],
      [15, 20, 1],
    ]);
    expect(second!.runs.map((r) => [r.start, r.end, r.spans.length])).toEqual([
      [21, 25, 1],
      [25, 30, 0],
    ]);
  });

  it('orders marks of the same length by where they start, then as given', () => {
    const marks = [
      { id: 'later', start: 5, end: 15, tagId: 'a' },
      { id: 'same-as-earlier', start: 0, end: 10, tagId: 'b' },
      { id: 'earlier', start: 0, end: 10, tagId: 'a' },
    ];
    const run = columnRuns(TEXT, marks)[0]!.runs.find((r) => r.start === 5)!;
    expect(run.spans.map((m) => m.id)).toEqual(['same-as-earlier', 'earlier', 'later']);
  });

  it('keeps an empty paragraph as one empty run, so it still draws', () => {
    expect(columnRuns('a\n\nb', []).map((p) => p.runs)).toEqual([
      [{ start: 0, end: 1, spans: [] }],
      [{ start: 2, end: 2, spans: [] }],
      [{ start: 3, end: 4, spans: [] }],
    ]);
  });
});
