import type { DecoratedRange, NodeEntry } from 'slate';
import { describe, expect, it } from 'vitest';
import {
  MOST_OVERRIDDEN,
  StableDecorate,
  type Decorate,
  type DrawnLists,
} from '../../../src/editor/stable-decorate';

/**
 * A model of how slate-react 0.146 uses `decorate`: a new function makes every paragraph ask
 * again; otherwise only a paragraph whose share of the editor's decorations changed renders
 * (and asks) again, and every other keeps what it drew. Checks that no paragraph keeps a stale
 * list, whatever the order of changes.
 */
class ModelEditor {
  private decorate: Decorate | null = null;
  private shares = new Map<number, DecoratedRange[]>();
  readonly shown = new Map<number, DecoratedRange[]>();
  rendered = 0;

  constructor(private readonly blockCount: number) {}

  render(decorate: Decorate) {
    const overlay = decorate([{}, []] as unknown as NodeEntry);
    const everyone = decorate !== this.decorate;
    this.decorate = decorate;
    this.rendered = 0;
    for (let block = 0; block < this.blockCount; block += 1) {
      const share = overlay.filter((d) => d.anchor.path[0] === block);
      const before = this.shares.get(block) ?? [];
      const changed = share.length !== before.length || share.some((d, i) => d !== before[i]);
      this.shares.set(block, share);
      if (!everyone && !changed) continue;
      this.rendered += 1;
      const own = decorate([{}, [block]] as unknown as NodeEntry);
      // What the paragraph draws: its own list, then its share (the markers draw nothing).
      this.shown.set(block, [...own, ...share.filter((d) => 'highlights' in d)]);
    }
  }
}

const decoration = (block: number, name: string): DecoratedRange =>
  ({
    anchor: { path: [block, 0], offset: 0 },
    focus: { path: [block, 0], offset: 3 },
    highlights: [name],
  }) as unknown as DecoratedRange;

/** A deterministic PRNG, so a failing sequence fails again. */
function prng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const BLOCKS = 60;

function expectShownToMatch(editor: ModelEditor, drawn: DrawnLists) {
  for (let block = 0; block < BLOCKS; block += 1) {
    const expected =
      block < drawn.decoratedUpTo
        ? [...(drawn.highlights.get(block) ?? []), ...(drawn.suggestions.get(block) ?? [])]
        : [];
    expect(editor.shown.get(block) ?? [], `block ${block}`).toEqual(expected);
  }
}

describe('StableDecorate', () => {
  it('redraws only the paragraphs whose highlights changed, never leaving one stale', () => {
    const random = prng(7);
    const stable = new StableDecorate();
    const editor = new ModelEditor(BLOCKS);
    let highlights = new Map<number, DecoratedRange[]>();
    for (let block = 0; block < BLOCKS; block += 2) {
      highlights.set(block, [decoration(block, `h${block}`)]);
    }
    let suggestions = new Map<number, DecoratedRange[]>();
    let drawn: DrawnLists = {
      highlights,
      suggestions,
      decoratedUpTo: BLOCKS,
      blockCount: BLOCKS,
    };
    const first = stable.decorateFor(drawn);
    editor.render(first);
    expectShownToMatch(editor, drawn);

    let kept = 0;
    for (let step = 0; step < 400; step += 1) {
      const block = Math.floor(random() * BLOCKS);
      const roll = random();
      if (roll < 0.7) {
        // A tag added, an annotation undone or deleted (in this tab or another).
        highlights = new Map(highlights);
        if (random() < 0.5) highlights.delete(block);
        else highlights.set(block, [decoration(block, `h${block}.${step}`)]);
      } else {
        suggestions = new Map(suggestions);
        if (random() < 0.5) suggestions.delete(block);
        else suggestions.set(block, [decoration(block, `s${block}.${step}`)]);
      }
      drawn = { highlights, suggestions, decoratedUpTo: BLOCKS, blockCount: BLOCKS };
      const decorate = stable.decorateFor(drawn);
      if (decorate === first) kept += 1;
      editor.render(decorate);
      expectShownToMatch(editor, drawn);
      if (decorate === first) expect(editor.rendered).toBeLessThanOrEqual(1);
    }
    // The first function lasted until more than MOST_OVERRIDDEN paragraphs had changed.
    expect(kept).toBeGreaterThanOrEqual(MOST_OVERRIDDEN / 2);
  });

  it('starts again when paragraphs are renumbered or more of the text is decorated', () => {
    const stable = new StableDecorate();
    const highlights = new Map([[1, [decoration(1, 'a')]]]);
    const drawn = { highlights, suggestions: new Map(), decoratedUpTo: 2, blockCount: 10 };
    const first = stable.decorateFor(drawn);
    expect(stable.decorateFor({ ...drawn })).toBe(first);
    const further = stable.decorateFor({ ...drawn, decoratedUpTo: 10 });
    expect(further).not.toBe(first);
    const split = stable.decorateFor({ ...drawn, decoratedUpTo: 10, blockCount: 11 });
    expect(split).not.toBe(further);
    const editor = new ModelEditor(BLOCKS);
    editor.render(split);
    expect(editor.shown.get(1)).toEqual(highlights.get(1));
  });

  it('keeps a paragraph not yet decorated empty, even when its highlights change', () => {
    const stable = new StableDecorate();
    const editor = new ModelEditor(BLOCKS);
    const base = { suggestions: new Map(), decoratedUpTo: 5, blockCount: BLOCKS };
    editor.render(stable.decorateFor({ ...base, highlights: new Map() }));
    const later = new Map([
      [3, [decoration(3, 'near')]],
      [20, [decoration(20, 'far')]],
    ]);
    editor.render(stable.decorateFor({ ...base, highlights: later }));
    expect(editor.shown.get(3)).toEqual(later.get(3));
    expect(editor.shown.get(20)).toEqual([]);
  });
});
