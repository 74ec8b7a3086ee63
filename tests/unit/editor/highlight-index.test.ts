import type { Text } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/domain/types';
import { highlightIndexFor, withAnnotationsDrawn } from '../../../src/editor/highlight-index';
import { textPositions, type TextPositions } from '../../../src/editor/text-positions';
import { annotationOn } from '../../support/annotation';

const TEXT = 'First paragraph here.\nSecond one.\nThird and last.';

const annotation = (id: string, start: number, end: number, tagId = 'loaded-language') =>
  annotationOn(TEXT, id, start, end, { tagIds: [tagId] });

/** A document opened for the first time: nothing earlier to reuse. */
let opened = 0;
const indexOfNew = (annotations: Annotation[], positions: TextPositions) =>
  highlightIndexFor(`document-${(opened += 1)}`, annotations, positions);

const offsets = (index: ReturnType<typeof highlightIndexFor>, block: number) =>
  (index.get(block) ?? []).map((d) => [d.anchor.offset, d.focus.offset]);

describe('highlightIndexFor', () => {
  const positions = textPositions(TEXT);

  it('puts each annotation on the block it covers, in block offsets', () => {
    const index = indexOfNew([annotation('a', 22, 28)], positions);
    expect([...index.keys()]).toEqual([1]);
    expect(offsets(index, 1)).toEqual([[0, 6]]);
  });

  it('splits an annotation across paragraphs, leaving out the line breaks', () => {
    const index = indexOfNew([annotation('a', 6, 40)], positions);
    expect(offsets(index, 0)).toEqual([[6, 21]]);
    expect(offsets(index, 1)).toEqual([[0, 11]]);
    expect(offsets(index, 2)).toEqual([[0, 6]]);
  });

  it('skips orphans and empty ranges', () => {
    const orphan = { ...annotation('o', 0, 5), status: 'orphaned' as const };
    expect(indexOfNew([orphan, annotation('e', 3, 3)], positions).size).toBe(0);
  });

  it('merges overlapping highlights so a leaf carries all of them', () => {
    const index = indexOfNew(
      [annotation('outer', 0, 15), annotation('inner', 6, 15, 'x')],
      positions,
    );
    const leaf: Text = { text: 'paragraph' };
    for (const decoration of index.get(0) ?? []) decoration.merge?.(leaf, decoration);
    expect(leaf.highlights?.map((h) => [h.annotationId, h.tagId, h.length])).toEqual([
      ['outer', 'loaded-language', 15],
      ['inner', 'x', 9],
    ]);
  });

  it('reuses the previous decorations of every block a change does not touch', () => {
    const before = highlightIndexFor(
      'reopened',
      [annotation('a', 0, 5), annotation('b', 22, 28)],
      positions,
    );
    const after = highlightIndexFor(
      'reopened',
      [annotation('a', 0, 5), annotation('b', 22, 28), annotation('c', 34, 39)],
      positions,
    );
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).toBe(before.get(1));
    expect(offsets(after, 2)).toEqual([[0, 5]]);
  });
});

describe('textPositions', () => {
  const positions = textPositions(TEXT);

  it('converts between text offsets and block points both ways', () => {
    for (const offset of [0, 5, 21, 22, 33, 34, TEXT.length]) {
      expect(positions.toOffset(positions.toPoint(offset))).toBe(offset);
    }
    expect(positions.toPoint(22)).toEqual({ path: [1, 0], offset: 0 });
    expect(positions.toPoint(21)).toEqual({ path: [0, 0], offset: 21 });
  });
});

describe('withAnnotationsDrawn', () => {
  const positions = textPositions(TEXT);

  it('draws an annotation just made where a full build would, and only once', () => {
    const stored = [annotation('a', 22, 28)];
    const made = annotation('new', 29, 32);
    const index = indexOfNew(stored, positions);
    const drawn = withAnnotationsDrawn(index, [made], positions);
    expect(offsets(drawn, 1)).toEqual(offsets(indexOfNew([...stored, made], positions), 1));
    // The view caught up: its index draws it already, so it is not drawn twice.
    const caughtUp = indexOfNew([...stored, made], positions);
    expect(withAnnotationsDrawn(caughtUp, [made], positions)).toBe(caughtUp);
    // Blocks it does not touch keep their lists.
    const withTwo = indexOfNew([annotation('z', 0, 5), ...stored], positions);
    expect(withAnnotationsDrawn(withTwo, [made], positions).get(0)).toBe(withTwo.get(0));
  });

  it('gives the same index when there is nothing to add', () => {
    const index = indexOfNew([annotation('a', 0, 5)], positions);
    expect(withAnnotationsDrawn(index, [], positions)).toBe(index);
  });
});
