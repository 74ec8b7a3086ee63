import type { BasePoint, BaseRange } from 'slate';

/**
 * Converts between the two ways Slant addresses text: global offsets into the canonical text
 * (what annotations store) and Slate points (block path + offset, what the editor uses).
 * Built once per text; lookups are a binary search over the paragraph starts.
 */
export interface TextPositions {
  /** Offset in the canonical text where each paragraph starts. */
  starts: readonly number[];
  toOffset: (point: BasePoint) => number;
  toPoint: (offset: number) => BasePoint;
  toRange: (start: number, end: number) => BaseRange;
  /** Index of the paragraph holding `offset` (a `\n` belongs to the paragraph it ends). */
  blockAt: (offset: number) => number;
}

/** The last text's positions: the view and the editor both ask for them on every keystroke. */
let last: { text: string; positions: TextPositions } | undefined;

export function textPositions(text: string): TextPositions {
  if (last?.text !== text) last = { text, positions: positionsOf(startsIn(text)) };
  return last.positions;
}

/**
 * The positions of a text known as its paragraphs (`text` is `blocks` joined by `\n`), made
 * from their lengths and kept as the last text's: while the text is edited, a keystroke then
 * costs a sum over the paragraphs, not a search through the whole text for its line breaks.
 */
export function textPositionsOfBlocks(text: string, blocks: readonly string[]): TextPositions {
  if (last?.text === text) return last.positions;
  const starts: number[] = [0];
  for (let i = 0; i < blocks.length - 1; i += 1) starts.push(starts[i]! + blocks[i]!.length + 1);
  last = { text, positions: positionsOf(starts) };
  return last.positions;
}

function startsIn(text: string): number[] {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionsOf(starts: readonly number[]): TextPositions {
  const blockAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const toPoint = (offset: number): BasePoint => {
    const block = blockAt(offset);
    return { path: [block, 0], offset: offset - (starts[block] ?? 0) };
  };

  return {
    starts,
    blockAt,
    toPoint,
    toOffset: (point) => (starts[point.path[0] ?? 0] ?? 0) + point.offset,
    toRange: (start, end) => ({ anchor: toPoint(start), focus: toPoint(end) }),
  };
}
