import type { DecoratedRange } from 'slate';
import { describe, expect, it } from 'vitest';
import { insertInReadingOrder } from '../../../src/domain/reading-order';
import type { Annotation } from '../../../src/domain/types';
import {
  highlightIndexFor,
  type HighlightIndex,
  type LayerColourOf,
} from '../../../src/editor/highlight-index';
import type { LeafHighlight } from '../../../src/editor/slate-types';
import { textPositions } from '../../../src/editor/text-positions';
import { annotationOn } from '../../support/annotation';

const TEXT = Array.from({ length: 12 }, (_, n) => `Paragraph ${n} has a few words in it.`).join(
  '\n',
);
const positions = textPositions(TEXT);

let made = 0;
const annotation = (start: number, end: number, layerId = 'mine') =>
  annotationOn(TEXT, `a${(made += 1)}`, start, end, { layerId });

const colourOf: LayerColourOf = (a) => (a.layerId === 'mine' ? undefined : '#123456');

/** Everything a block draws, in order, for comparing two indexes. */
const drawn = (index: HighlightIndex) =>
  [...index]
    .sort(([a], [b]) => a - b)
    .map(([block, decorations]) => [
      block,
      decorations.map((d: DecoratedRange) => {
        const [h] = (d as DecoratedRange & { highlights: LeafHighlight[] }).highlights;
        return [d.anchor.offset, d.focus.offset, h!.annotationId, h!.tagId, h!.layerColour];
      }),
    ]);

let fresh = 0;
const builtAfresh = (list: readonly Annotation[]) =>
  highlightIndexFor(`fresh-${(fresh += 1)}`, list, positions, colourOf);

/** The view's list: the edited layer's annotations, then another's, each in reading order. */
const listOf = (own: Annotation[], others: Annotation[]) => [...own, ...others];

describe('highlightIndexFor, updated after a few changes', () => {
  it('draws what a full build draws after tagging, storing, retagging and deleting', () => {
    const own: Annotation[] = [annotation(3, 20), annotation(40, 52), annotation(45, 90)];
    const others = [annotation(3, 20, 'theirs'), annotation(100, 130, 'theirs')];
    const doc = 'tagged';
    let index = highlightIndexFor(doc, listOf(own, others), positions, colourOf);
    const check = () => {
      index = highlightIndexFor(doc, listOf(own, others), positions, colourOf);
      expect(drawn(index)).toEqual(drawn(builtAfresh(listOf(own, others))));
    };
    // A new annotation drawn at once (pending) on words another already covers exactly.
    const pending = annotation(3, 20);
    insertInReadingOrder(own, pending);
    check();
    // The database's copy replaces it: the same drawing, so the very same index.
    const before = index;
    own.splice(own.indexOf(pending), 1, { ...pending });
    check();
    expect(index).toBe(before);
    // A tag changed on the copy, then the copy deleted: nothing of it may stay drawn.
    const stored = own.find((a) => a.id === pending.id)!;
    own.splice(own.indexOf(stored), 1, { ...stored, tagIds: ['unattributed-claim'] });
    check();
    own.splice(
      own.findIndex((a) => a.id === pending.id),
      1,
    );
    check();
    expect(JSON.stringify(drawn(index))).not.toContain(`"${pending.id}"`);
  });

  it('keeps the arrays of blocks a change does not touch', () => {
    const own = [annotation(0, 10), annotation(200, 210)];
    const before = highlightIndexFor('kept', own, positions, colourOf);
    const after = highlightIndexFor('kept', [...own, annotation(300, 305)], positions, colourOf);
    expect(after).not.toBe(before);
    for (const [block, decorations] of before) expect(after.get(block)).toBe(decorations);
  });

  it('agrees with a full build over random changes', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const own: Annotation[] = [];
    const others: Annotation[] = [];
    const doc = 'random';
    for (let n = 0; n < 300; n += 1) {
      const list = random() < 0.8 ? own : others;
      const roll = random();
      if (roll < 0.5 || list.length === 0) {
        const start = Math.floor(random() * (TEXT.length - 1));
        const end = Math.min(TEXT.length, start + 1 + Math.floor(random() * 60));
        insertInReadingOrder(list, annotation(start, end, list === own ? 'mine' : 'theirs'));
      } else if (roll < 0.7) {
        list.splice(Math.floor(random() * list.length), 1);
      } else {
        const at = Math.floor(random() * list.length);
        list.splice(at, 1, { ...list[at]!, tagIds: [random() < 0.5 ? 'x' : 'y'] });
      }
      const index = highlightIndexFor(doc, listOf(own, others), positions, colourOf);
      expect(drawn(index)).toEqual(drawn(builtAfresh(listOf(own, others))));
    }
  });
});
