import type { DecoratedRange, NodeEntry } from 'slate';
import { NO_DECORATIONS, type HighlightIndex } from './highlight-index';
import { joinDecorations } from './suggestion-index';

/**
 * A `decorate` for Slate that keeps its identity while a few paragraphs' highlights change
 * (ARCHITECTURE.md §6). slate-react answers a new `decorate` by asking every paragraph again
 * and rendering the editor twice, each time re-syncing the browser's selection: most of a tag's
 * or a keystroke's time at book length. Here each paragraph keeps the lists it had when this
 * `decorate` was made (its base); a paragraph whose lists changed since is answered from the
 * editor's own decorations instead, which slate-react hands to exactly the paragraphs whose
 * share changed. When many paragraphs have changed, or the paragraphs were renumbered, or more
 * of a long text is decorated, a new `decorate` starts again from the lists of the moment.
 */
export type Decorate = (entry: NodeEntry) => DecoratedRange[];

/** What is drawn now: highlights and suggestions by paragraph, up to which paragraph, of how many. */
export interface DrawnLists {
  highlights: HighlightIndex;
  suggestions: HighlightIndex;
  decoratedUpTo: number;
  blockCount: number;
}

/** Changed paragraphs answered from the editor's decorations before starting again. */
export const MOST_OVERRIDDEN = 32;

interface Epoch {
  base: DrawnLists;
  /** Paragraphs whose lists changed since `base`: only ever grows within an epoch. */
  overridden: Set<number>;
  /** The editor's decorations: the present lists of the overridden paragraphs. */
  overlay: DecoratedRange[];
  markers: Map<number, DecoratedRange>;
  decorate: Decorate;
}

function listOf(drawn: DrawnLists, block: number): DecoratedRange[] {
  if (block >= drawn.decoratedUpTo) return NO_DECORATIONS;
  return joinDecorations(drawn.highlights.get(block), drawn.suggestions.get(block), NO_DECORATIONS);
}

/** Blocks whose entry differs between two indexes (by identity: unchanged lists are kept). */
function changedBlocks(before: HighlightIndex, after: HighlightIndex, into: Set<number>) {
  if (before === after) return;
  for (const [block, list] of after) if (before.get(block) !== list) into.add(block);
  for (const block of before.keys()) if (!after.has(block)) into.add(block);
}

const drawNothing = () => {};

/**
 * A decoration over all of a paragraph that draws nothing: it makes the paragraph's share of
 * the editor's decorations differ from before, so that slate-react renders it again (and asks
 * `decorate` again) even when its present list is empty.
 */
function markerOf(epoch: Epoch, block: number): DecoratedRange {
  let marker = epoch.markers.get(block);
  if (!marker) {
    marker = {
      anchor: { path: [block, 0], offset: 0 },
      // slate-react cuts it to the paragraph's length.
      focus: { path: [block, 0], offset: Number.MAX_SAFE_INTEGER },
      merge: drawNothing,
    };
    epoch.markers.set(block, marker);
  }
  return marker;
}

/**
 * Follows what is drawn from render to render, and gives the `decorate` for it. Calls with the
 * same lists are free; the `decorate` it gives changes only when it starts again.
 */
export class StableDecorate {
  private last: DrawnLists | null = null;
  private epoch: Epoch | null = null;

  decorateFor(drawn: DrawnLists): Decorate {
    const { last, epoch } = this;
    if (
      last &&
      epoch &&
      last.highlights === drawn.highlights &&
      last.suggestions === drawn.suggestions &&
      last.decoratedUpTo === drawn.decoratedUpTo &&
      last.blockCount === drawn.blockCount
    ) {
      return epoch.decorate;
    }
    this.last = drawn;
    if (
      !last ||
      !epoch ||
      last.decoratedUpTo !== drawn.decoratedUpTo ||
      last.blockCount !== drawn.blockCount
    ) {
      return this.startAgain(drawn);
    }
    const changed = new Set<number>();
    changedBlocks(last.highlights, drawn.highlights, changed);
    changedBlocks(last.suggestions, drawn.suggestions, changed);
    for (const block of changed) {
      if (listOf(drawn, block) !== listOf(epoch.base, block)) epoch.overridden.add(block);
    }
    if (epoch.overridden.size > MOST_OVERRIDDEN) return this.startAgain(drawn);
    epoch.overlay = [...epoch.overridden]
      .sort((a, b) => a - b)
      .flatMap((block) => [markerOf(epoch, block), ...listOf(drawn, block)]);
    return epoch.decorate;
  }

  private startAgain(drawn: DrawnLists): Decorate {
    const epoch: Epoch = {
      base: drawn,
      overridden: new Set(),
      overlay: NO_DECORATIONS,
      markers: new Map(),
      decorate: ([, path]) => {
        if (path.length === 0) return epoch.overlay;
        if (path.length !== 1 || epoch.overridden.has(path[0]!)) return NO_DECORATIONS;
        return listOf(epoch.base, path[0]!);
      },
    };
    this.epoch = epoch;
    return epoch.decorate;
  }
}
