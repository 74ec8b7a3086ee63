import { transformRange, type TextRange } from '../domain/anchoring';
import type { LiveRanges } from '../domain/apply-text-edit';
import type { Annotation } from '../domain/types';
import type { BlockTextEdit } from './block-text-edit';

/**
 * Where annotations stand while the text is edited, kept relative to the paragraphs (blocks)
 * they lie in, so that an edit moves only the annotations of the paragraphs it touches: one
 * typed in paragraph 400 leaves the thousands after it as they are (their offsets in their own
 * paragraphs do not change), where offsets into the whole text would all have to move.
 *
 * Mutable, advanced by `apply` once per change; `version` counts the changes, and `changes`
 * keeps the latest few, so a view that missed some can catch up on just those blocks.
 */
interface BlockRange {
  startBlock: number;
  startOffset: number;
  /** The block holding the last character (a range ending with a `\n` ends in its block). */
  endBlock: number;
  /** From the start of `endBlock`; one past its length when the range takes in its `\n`. */
  endOffset: number;
}

/** What one change did to the blocks, in the block numbers after it. */
export interface BlocksChange {
  version: number;
  from: number;
  removedBlocks: number;
  insertedBlocks: number;
  /** Blocks whose highlights may differ from before the change (numbered after it). */
  dirty: ReadonlySet<number>;
}

const KEPT_CHANGES = 64;

export class LiveBlockRanges {
  version = 0;
  readonly changes: BlocksChange[] = [];
  private readonly lengths: number[];
  private starts: number[] | null = null;
  private readonly points = new Map<string, BlockRange | null>();
  private readonly byBlock: Set<string>[];

  constructor(text: string, annotations: readonly Annotation[]) {
    this.lengths = text.split('\n').map((line) => line.length);
    this.byBlock = this.lengths.map(() => new Set<string>());
    for (const a of annotations) {
      if (a.status !== 'anchored') this.points.set(a.id, null);
      // A range that cannot be moved (empty) is left as stored, not orphaned.
      else if (a.target.end > a.target.start) this.place(a.id, a.target);
    }
  }

  get blockCount(): number {
    return this.lengths.length;
  }

  blockLength(block: number): number {
    return this.lengths[block] ?? 0;
  }

  /** Where a block starts in the whole text (blocks joined by `\n`). */
  startOf(block: number): number {
    if (!this.starts) {
      const starts = new Array<number>(this.lengths.length);
      let at = 0;
      for (let b = 0; b < this.lengths.length; b += 1) {
        starts[b] = at;
        at += this.lengths[b]! + 1;
      }
      this.starts = starts;
    }
    return this.starts[block] ?? 0;
  }

  /** The ids of the annotations with text in a block. */
  idsIn(block: number): ReadonlySet<string> {
    return this.byBlock[block] ?? new Set();
  }

  /** An annotation's range in the whole text; `null` once its text is gone. */
  rangeOf(id: string): TextRange | null | undefined {
    const point = this.points.get(id);
    if (!point) return point;
    return {
      start: this.startOf(point.startBlock) + point.startOffset,
      end: this.startOf(point.endBlock) + point.endOffset,
    };
  }

  /** The part of an annotation's range inside `block`, as offsets in the block; `null` if none. */
  partIn(id: string, block: number): { from: number; to: number } | null {
    const point = this.points.get(id);
    if (!point || block < point.startBlock || block > point.endBlock) return null;
    const from = block === point.startBlock ? point.startOffset : 0;
    const length = this.blockLength(block);
    const to = block === point.endBlock ? Math.min(point.endOffset, length) : length;
    return to > from ? { from, to } : null;
  }

  /** Every range in the whole text's offsets, as the text is saved with (O(annotations)). */
  liveRanges(): LiveRanges {
    const ranges = new Map<string, TextRange | null>();
    for (const id of this.points.keys()) ranges.set(id, this.rangeOf(id)!);
    return ranges;
  }

  /** Moves the ranges through one change of the text. */
  apply(change: BlockTextEdit): BlocksChange {
    const { from, removedBlocks, insertedBlocks, edit } = change;
    const delta = insertedBlocks.length - removedBlocks;
    const afterOld = from + removedBlocks;
    const renumber = (block: number) => (block >= afterOld ? block + delta : block);
    const dirty = new Set<number>();

    // Only annotations with text in the changed blocks or right beside them can change; every
    // other one keeps its offsets in its own block.
    const affected = new Map<string, TextRange | null>();
    const last = Math.min(this.lengths.length - 1, afterOld);
    for (let b = Math.max(0, from - 1); b <= last; b += 1) {
      for (const id of this.byBlock[b]!) if (!affected.has(id)) affected.set(id, this.rangeOf(id)!);
    }
    for (const id of affected.keys()) {
      const point = this.points.get(id)!;
      for (let b = point.startBlock; b <= point.endBlock; b += 1) {
        this.byBlock[b]!.delete(id);
        if (b < from || b >= afterOld) dirty.add(renumber(b));
      }
    }

    this.lengths.splice(from, removedBlocks, ...insertedBlocks.map((block) => block.length));
    this.byBlock.splice(from, removedBlocks, ...insertedBlocks.map(() => new Set<string>()));
    this.starts = null;
    if (delta !== 0) {
      for (const [id, point] of this.points) {
        if (point && !affected.has(id) && point.startBlock >= afterOld) {
          point.startBlock += delta;
          point.endBlock += delta;
        }
      }
    }
    for (const [id, range] of affected) {
      this.place(id, range && transformRange(range, edit), dirty);
    }
    for (let b = from; b < from + insertedBlocks.length; b += 1) dirty.add(b);

    this.version += 1;
    const done: BlocksChange = {
      version: this.version,
      from,
      removedBlocks,
      insertedBlocks: insertedBlocks.length,
      dirty,
    };
    this.changes.push(done);
    if (this.changes.length > KEPT_CHANGES) this.changes.shift();
    return done;
  }

  private blockAt(offset: number): number {
    let low = 0;
    let high = this.lengths.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.startOf(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private place(id: string, range: TextRange | null, dirty?: Set<number>) {
    if (!range || range.end <= range.start) {
      this.points.set(id, null);
      return;
    }
    const startBlock = this.blockAt(range.start);
    const endBlock = this.blockAt(range.end - 1);
    this.points.set(id, {
      startBlock,
      startOffset: range.start - this.startOf(startBlock),
      endBlock,
      endOffset: range.end - this.startOf(endBlock),
    });
    for (let b = startBlock; b <= endBlock; b += 1) {
      this.byBlock[b]?.add(id);
      dirty?.add(b);
    }
  }
}
