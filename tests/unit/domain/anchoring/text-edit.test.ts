import { describe, expect, it } from 'vitest';
import { editBetween } from '../../../../src/domain/anchoring/text-edit';
import { transformRange } from '../../../../src/domain/anchoring/transform';

describe('editBetween', () => {
  it('returns null for equal texts', () => {
    expect(editBetween('same', 'same')).toBeNull();
  });

  it.each([
    ['an insertion', 'the army said', 'the new army said', { at: 4, removed: 0, inserted: 4 }],
    ['a deletion', 'the new army said', 'the army said', { at: 4, removed: 4, inserted: 0 }],
    ['a replacement', 'killed 600 people', 'killed 745 people', { at: 7, removed: 3, inserted: 3 }],
    ['text added at the end', 'abc', 'abcdef', { at: 3, removed: 0, inserted: 3 }],
    ['text added at the start', 'abc', 'xyabc', { at: 0, removed: 0, inserted: 2 }],
    [
      'an insertion into repeated text, placed last',
      'xab',
      'xabab',
      { at: 3, removed: 0, inserted: 2 },
    ],
  ])('recovers %s', (_name, before, after, edit) => {
    expect(editBetween(before, after)).toEqual(edit);
  });

  it('never cuts a surrogate pair: emoji that share a high surrogate are replaced whole', () => {
    // 😀 is \uD83D\uDE00 and 😃 is \uD83D\uDE03: they differ only in the low half.
    expect(editBetween('a😀b', 'a😃b')).toEqual({ at: 1, removed: 2, inserted: 2 });
    expect(editBetween('😀', '😃')).toEqual({ at: 0, removed: 2, inserted: 2 });
  });

  it('feeds transformRange so a highlight follows an outside change', () => {
    const before = 'Officials said 745 civilians died.';
    const after = 'Officials in Damascus said 745 civilians died.';
    const edit = editBetween(before, after);
    expect(edit).not.toBeNull();
    const moved = edit && transformRange({ start: 15, end: 28 }, edit);
    expect(moved).toEqual({ start: 27, end: 40 });
    expect(after.slice(27, 40)).toBe('745 civilians');
  });
});
