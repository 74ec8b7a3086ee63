import type { DecoratedRange } from 'slate';
import { describe, expect, it } from 'vitest';
import { transformRange, type TextRange } from '../../../src/domain/anchoring';
import { positionsWhileEditing } from '../../../src/domain/apply-text-edit';
import { applyBlockTextEdit, blockTextEdit } from '../../../src/editor/block-text-edit';
import { EditingHighlights } from '../../../src/editor/editing-highlights';
import { highlightIndexFor, type HighlightIndex } from '../../../src/editor/highlight-index';
import { LiveBlockRanges } from '../../../src/editor/live-block-ranges';
import type { LeafHighlight } from '../../../src/editor/slate-types';
import { textPositions } from '../../../src/editor/text-positions';
import { annotationOn } from '../../support/annotation';

const TEXT = [
  'The first paragraph opens here.',
  'A second, with a blood-curdling phrase.',
  'Third: reports suggest more.',
  'Fourth and last.',
].join('\n');

const annotation = (id: string, start: number, end: number, layerId = 'mine') =>
  annotationOn(TEXT, id, start, end, { layerId });

const at = (quote: string) => TEXT.indexOf(quote);
const ANNOTATIONS = [
  annotation('opens', at('opens'), at('opens') + 5),
  annotation('blood', at('blood'), at('blood') + 14),
  annotation('whole-second', at('A second'), at('Third') - 1),
  annotation('with-newline', at('reports'), at('Fourth')),
  annotation('spanning', at('here.'), at('Third') + 6),
  annotation('start-of-block', at('Third'), at('Third') + 5),
  annotation('end-of-block', at('and last.'), TEXT.length),
  annotation('other-layer', at('second'), at('second') + 6, 'theirs'),
];

/** A session over TEXT: the text and its blocks, changed the way Slate changes them. */
function session(annotations = ANNOTATIONS) {
  const live = new LiveBlockRanges(TEXT, annotations);
  const highlights = new EditingHighlights(live, new Map(annotations.map((a) => [a.id, a])));
  let text = TEXT;
  let blocks = TEXT.split('\n');
  // What the annotations' ranges must be: every edit applied to whole-text offsets.
  const expected = new Map<string, TextRange | null>(
    annotations.map((a) => [a.id, { start: a.target.start, end: a.target.end }]),
  );
  const change = (next: string) => {
    const edit = blockTextEdit(blocks, next.split('\n'), (b) => live.startOf(b));
    if (!edit) return;
    text = applyBlockTextEdit(text, edit);
    expect(text).toBe(next);
    blocks = next.split('\n');
    live.apply(edit);
    for (const [id, range] of expected) expected.set(id, range && transformRange(range, edit.edit));
  };
  return {
    live,
    highlights,
    expected,
    text: () => text,
    /** Replaces `[from, to)` of the text with `inserted`. */
    edit: (from: number, to: number, inserted: string) =>
      change(text.slice(0, from) + inserted + text.slice(to)),
  };
}

type Session = ReturnType<typeof session>;

function expectRanges(s: Session) {
  for (const [id, range] of s.expected) expect(s.live.rangeOf(id), id).toEqual(range);
  expect(new Map(s.live.liveRanges())).toEqual(s.expected);
}

/** What each block draws, in a form two indexes can be compared by. */
const drawn = (index: HighlightIndex) =>
  [...index]
    .filter(([, decorations]) => decorations.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([block, decorations]) => [
      block,
      decorations.map((d: DecoratedRange) => {
        const [highlight] = (d as DecoratedRange & { highlights: LeafHighlight[] }).highlights;
        return [
          d.anchor.path,
          d.anchor.offset,
          d.focus.offset,
          highlight!.annotationId,
          highlight!.length,
        ];
      }),
    ]);

let rebuilt = 0;
/** The index built from scratch on the expected ranges, as the view builds it outside editing. */
function rebuiltIndex(s: Session, layerId = 'mine') {
  const placed = positionsWhileEditing(ANNOTATIONS, s.expected).filter(
    (a) => a.layerId === layerId,
  );
  return highlightIndexFor(`rebuilt-${(rebuilt += 1)}`, placed, textPositions(s.text()));
}

function expectHighlights(s: Session, layerId = 'mine') {
  expect(drawn(s.highlights.indexFor(layerId))).toEqual(drawn(rebuiltIndex(s, layerId)));
}

describe('LiveBlockRanges and EditingHighlights', () => {
  it('start where the annotations are, and draw what a full build draws', () => {
    const s = session();
    expectRanges(s);
    expectHighlights(s);
    expectHighlights(s, 'theirs');
  });

  it('move with a letter typed at a block start, at a block end, and inside a highlight', () => {
    const s = session();
    for (const offset of [
      at('Third'),
      at('Third') - 1,
      at('blood') + 3,
      at('opens'),
      TEXT.length,
    ]) {
      s.edit(offset, offset, 'x');
      expectRanges(s);
      expectHighlights(s);
    }
  });

  it('keep unchanged blocks’ decorations when a letter is typed elsewhere', () => {
    const s = session();
    const before = s.highlights.indexFor('mine');
    s.edit(at('Fourth') + 2, at('Fourth') + 2, 'y');
    const after = s.highlights.indexFor('mine');
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).toBe(before.get(1));
    expect(after.get(3)).not.toBe(before.get(3));
  });

  it('move with Enter and Backspace at block boundaries (blocks renumbered)', () => {
    const s = session();
    const second = at('A second');
    s.edit(second + 2, second + 2, '\n'); // split the second block
    expectRanges(s);
    expectHighlights(s);
    s.edit(second + 2, second + 3, ''); // join it again
    expectRanges(s);
    expectHighlights(s);
    s.edit(second - 1, second, ''); // join the first two blocks
    expectRanges(s);
    expectHighlights(s);
    s.edit(0, 0, '\n\n'); // two empty blocks at the very start
    expectRanges(s);
    expectHighlights(s);
  });

  it('orphan an annotation whose text is deleted, across blocks, and undo it back', () => {
    const s = session();
    const from = at('blood');
    const to = at('suggest');
    const removed = s.text().slice(from, to);
    s.edit(from, to, '');
    expectRanges(s);
    expect(s.live.rangeOf('blood')).toBeNull();
    expect(s.live.rangeOf('start-of-block')).toBeNull();
    expectHighlights(s);
    s.edit(from, from, removed); // undo puts the text back; the orphan stays an orphan
    expectRanges(s);
    expect(s.live.rangeOf('blood')).toBeNull();
    // Text put back at a range's cut end lands outside it, as typed text would.
    expect(s.live.rangeOf('spanning')).toEqual({ start: at('here.'), end: from });
    expectHighlights(s);
  });

  it('leave an annotation that was stored orphaned alone', () => {
    const orphan = { ...annotation('gone', 0, 3), status: 'orphaned' as const };
    const s = session([...ANNOTATIONS, orphan]);
    s.edit(0, 0, 'abc');
    expect(s.live.rangeOf('gone')).toBeNull();
    expect(s.live.liveRanges().get('gone')).toBeNull();
  });

  it('catch up after many edits a view did not see, and after switching layers', () => {
    const s = session();
    s.highlights.indexFor('mine');
    for (let n = 0; n < 100; n += 1)
      s.edit(at('Fourth') + 1, at('Fourth') + 1, n % 10 ? 'z' : '\n');
    expectRanges(s);
    expectHighlights(s); // more than the kept changes: built again
    expectHighlights(s, 'theirs');
    s.edit(3, 4, '');
    expectHighlights(s);
  });

  it('agree with whole-text offsets over random edits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const s = session();
    const pieces = ['', 'x', 'ab', '\n', 'q\nr', ' ', '\n\n'];
    for (let n = 0; n < 400; n += 1) {
      const length = s.text().length;
      const from = Math.floor(random() * (length + 1));
      const to = Math.min(length, from + Math.floor(random() * (random() < 0.8 ? 3 : 40)));
      s.edit(from, to, pieces[Math.floor(random() * pieces.length)]!);
      expectRanges(s);
      if (n % 7 === 0) expectHighlights(s);
    }
    expectHighlights(s);
  });
});
