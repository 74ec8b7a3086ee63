import type { Annotation } from '../domain/types';
import {
  highlightDecoration,
  sameDecorations,
  type HighlightDecoration,
  type HighlightIndex,
} from './highlight-index';
import type { BlocksChange, LiveBlockRanges } from './live-block-ranges';

/**
 * The highlight index while the text is edited, kept up to date block by block from the
 * changes of `LiveBlockRanges`: a keystroke rebuilds the decorations of the paragraph it
 * changed, and every other paragraph keeps its array (so Slate re-renders none of them).
 * Only one layer is drawn while editing (the edited one; ARCHITECTURE.md §6).
 */
export class EditingHighlights {
  private built: { layerId: string; version: number; index: HighlightIndex } | null = null;
  /** The annotations' places in the list, so each block lists them in the list's order. */
  private readonly order: ReadonlyMap<string, number>;

  constructor(
    private readonly live: LiveBlockRanges,
    private readonly byId: ReadonlyMap<string, Annotation>,
  ) {
    this.order = new Map([...byId.keys()].map((id, n) => [id, n]));
  }

  /** The index of a layer's highlights on the text as it is now. */
  indexFor(layerId: string): HighlightIndex {
    const { built, live } = this;
    if (built?.layerId === layerId && built.version === live.version) return built.index;
    const missed = built?.layerId === layerId ? this.changesSince(built.version) : null;
    const index = missed ? this.update(built!.index, missed, layerId) : this.build(layerId);
    this.built = { layerId, version: live.version, index };
    return index;
  }

  private changesSince(version: number): BlocksChange[] | null {
    const { changes } = this.live;
    const first = changes.findIndex((c) => c.version === version + 1);
    return first === -1 ? null : changes.slice(first);
  }

  private build(layerId: string): HighlightIndex {
    const index = new Map<number, HighlightDecoration[]>();
    for (let block = 0; block < this.live.blockCount; block += 1) {
      const decorations = this.decorationsOf(block, layerId);
      if (decorations.length > 0) index.set(block, decorations);
    }
    return index;
  }

  private update(
    previous: HighlightIndex,
    changes: readonly BlocksChange[],
    layerId: string,
  ): HighlightIndex {
    let index = new Map(previous as ReadonlyMap<number, HighlightDecoration[]>);
    let dirty = new Set<number>();
    for (const change of changes) {
      const end = change.from + change.removedBlocks;
      const delta = change.insertedBlocks - change.removedBlocks;
      const moved = (block: number) => (block >= end ? block + delta : block);
      const stillDirty = new Set<number>();
      for (const block of dirty)
        if (block < change.from || block >= end) stillDirty.add(moved(block));
      for (const block of change.dirty) stillDirty.add(block);
      dirty = stillDirty;
      if (delta === 0) continue;
      // Blocks after the change have new numbers: their decorations name the new paths.
      const renumbered = new Map<number, HighlightDecoration[]>();
      for (const [block, decorations] of index) {
        if (block < change.from) renumbered.set(block, decorations);
        else if (block >= end) dirty.add(block + delta);
      }
      index = renumbered;
    }
    for (const block of dirty) {
      const decorations = this.decorationsOf(block, layerId);
      const before = index.get(block);
      if (decorations.length === 0) index.delete(block);
      else if (!before || !sameDecorations(before, decorations)) index.set(block, decorations);
    }
    return index;
  }

  private decorationsOf(block: number, layerId: string): HighlightDecoration[] {
    const { live, byId, order } = this;
    const ids = [...live.idsIn(block)].filter((id) => byId.get(id)?.layerId === layerId);
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    const decorations: HighlightDecoration[] = [];
    for (const id of ids) {
      const part = live.partIn(id, block);
      const range = live.rangeOf(id);
      if (!part || !range) continue;
      const annotation = byId.get(id)!;
      decorations.push(
        highlightDecoration(block, part.from, part.to, {
          annotationId: id,
          tagId: annotation.tagIds[0] ?? '',
          length: range.end - range.start,
        }),
      );
    }
    return decorations;
  }
}
