import { describe, expect, it } from 'vitest';
import { transformRange } from '../../../../src/domain/anchoring/transform';
import type { TextEdit } from '../../../../src/domain/anchoring/text-range';

// The range [10, 20) throughout.
const RANGE = { start: 10, end: 20 };
const insert = (at: number, inserted: number): TextEdit => ({ at, removed: 0, inserted });
const remove = (at: number, removed: number): TextEdit => ({ at, removed, inserted: 0 });

describe('transformRange', () => {
  it.each([
    ['insertion before the range shifts it', insert(3, 5), { start: 15, end: 25 }],
    ['insertion after the range leaves it', insert(25, 5), { start: 10, end: 20 }],
    ['insertion inside the range grows it', insert(12, 5), { start: 10, end: 25 }],
    ['insertion exactly at the start does not grow it', insert(10, 5), { start: 15, end: 25 }],
    ['insertion exactly at the end does not grow it', insert(20, 5), { start: 10, end: 20 }],
    ['deletion before the range shifts it back', remove(2, 4), { start: 6, end: 16 }],
    ['deletion ending exactly at the start shifts it back', remove(6, 4), { start: 6, end: 16 }],
    ['deletion starting exactly at the end leaves it', remove(20, 4), { start: 10, end: 20 }],
    ['deletion inside the range shrinks it', remove(12, 3), { start: 10, end: 17 }],
    ['deletion over the start keeps the rest', remove(8, 4), { start: 8, end: 16 }],
    ['deletion over the end keeps the rest', remove(18, 5), { start: 10, end: 18 }],
  ])('%s', (_name, edit, expected) => {
    expect(transformRange(RANGE, edit)).toEqual(expected);
  });

  it.each([
    ['inside the range changes its length', { at: 12, removed: 2, inserted: 5 }, [10, 23]],
    ['over the start keeps the new text out', { at: 8, removed: 4, inserted: 3 }, [11, 19]],
    ['over the end keeps the new text out', { at: 18, removed: 4, inserted: 3 }, [10, 18]],
    [
      'of a part from the start keeps the new text out',
      { at: 10, removed: 2, inserted: 7 },
      [17, 25],
    ],
  ])('replacement %s', (_name, edit, [start, end]) => {
    expect(transformRange(RANGE, edit)).toEqual({ start, end });
  });

  it.each([
    ['deleted exactly', remove(10, 10)],
    ['deleted with text around it', remove(5, 30)],
    ['replaced exactly', { at: 10, removed: 10, inserted: 10 }],
    ['replaced with text around it', { at: 0, removed: 25, inserted: 3 }],
  ])('returns null for a range whose text was wholly %s', (_name, edit) => {
    expect(transformRange(RANGE, edit)).toBeNull();
  });

  it('applies a sequence of edits in order, each in the previous result’s coordinates', () => {
    const edits = [insert(0, 4), remove(16, 2), insert(30, 1), insert(14, 3)];
    // [14, 24) -> [14, 22) -> [14, 22) -> [17, 25): the last insertion is at the new start.
    expect(transformRange(RANGE, edits)).toEqual({ start: 17, end: 25 });
  });

  it('returns null once a sequence deletes the whole range, whatever follows', () => {
    expect(transformRange(RANGE, [remove(0, 25), insert(0, 40)])).toBeNull();
  });

  it('leaves the range alone for an empty list of edits, and does not mutate it', () => {
    const range = { start: 10, end: 20 };
    expect(transformRange(range, [])).toEqual({ start: 10, end: 20 });
    transformRange(range, insert(0, 5));
    expect(range).toEqual({ start: 10, end: 20 });
  });

  it('rejects malformed ranges and edits', () => {
    expect(() => transformRange({ start: 5, end: 5 }, insert(0, 1))).toThrow(
      new RangeError('Range [5, 5) is empty: an annotation needs some text'),
    );
    expect(() => transformRange(RANGE, { at: -1, removed: 0, inserted: 1 })).toThrow(
      new RangeError('Text edit at -1 is not a non-negative integer'),
    );
    expect(() => transformRange(RANGE, { at: 0, removed: 1.5, inserted: 0 })).toThrow(
      new RangeError('Text edit removed 1.5 is not a non-negative integer'),
    );
  });

  it('moves a range the same way its text moves', () => {
    const text = 'The toll rose to 745 civilians on Sunday.';
    const range = { start: 17, end: 30 };
    expect(text.slice(range.start, range.end)).toBe('745 civilians');
    const edited = 'By Monday the toll rose to 745 civilians on Sunday.';
    const moved = transformRange(range, [{ at: 0, removed: 1, inserted: 'By Monday t'.length }]);
    expect(moved && edited.slice(moved.start, moved.end)).toBe('745 civilians');
  });
});
