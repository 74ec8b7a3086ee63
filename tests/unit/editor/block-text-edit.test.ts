import { describe, expect, it } from 'vitest';
import { applyBlockTextEdit, blockTextEdit } from '../../../src/editor/block-text-edit';

/** Where each block of `blocks` starts in the text they make, joined by `\n`. */
const startsOf = (blocks: readonly string[]) => {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.length + 1;
  }
  return (b: number) => starts[b]!;
};

function check(before: string[], after: string[]) {
  const change = blockTextEdit(before, after, startsOf(before));
  expect(change).not.toBeNull();
  expect(applyBlockTextEdit(before.join('\n'), change!)).toBe(after.join('\n'));
  return change!;
}

describe('blockTextEdit', () => {
  const before = ['First one.', 'Second one.', 'Third one.'];

  it('finds a letter typed in one block, in whole-text offsets', () => {
    const change = check(before, ['First one.', 'Second xone.', 'Third one.']);
    expect(change.edit).toEqual({ at: 11 + 7, removed: 0, inserted: 1 });
    expect(change).toMatchObject({ from: 1, removedBlocks: 1, insertedText: 'x' });
  });

  it('finds an edit at the very start and the very end of the text', () => {
    expect(check(before, ['xFirst one.', ...before.slice(1)]).edit).toEqual({
      at: 0,
      removed: 0,
      inserted: 1,
    });
    const last = check(before, [...before.slice(0, 2), 'Third one.!']).edit;
    expect(last).toEqual({ at: 33, removed: 0, inserted: 1 });
  });

  it('counts a split block (Enter) as an inserted line break', () => {
    const change = check(before, ['First one.', 'Second', ' one.', 'Third one.']);
    expect(change.edit).toEqual({ at: 17, removed: 0, inserted: 1 });
    expect(change.insertedText).toBe('\n');
  });

  it('counts Enter at a block end, adding an empty block', () => {
    const change = check(before, ['First one.', 'Second one.', '', 'Third one.']);
    expect(change.insertedText).toBe('\n');
    expect(change.edit.removed).toBe(0);
  });

  it('counts merged blocks (Backspace at a block start) as a removed line break', () => {
    const change = check(before, ['First one.', 'Second one.Third one.']);
    expect(change.edit).toEqual({ at: 22, removed: 1, inserted: 0 });
  });

  it('handles a deletion across blocks and a removed first block', () => {
    check(before, ['First ne.']);
    check(before, ['Second one.', 'Third one.']);
    check(['', 'a'], ['a']);
    check(['a'], ['a', '']);
  });

  it('gives null for the same text', () => {
    expect(blockTextEdit(before, [...before], startsOf(before))).toBeNull();
  });

  it('treats no blocks as one empty block', () => {
    expect(blockTextEdit([''], [], startsOf(['']))).toBeNull();
    check([''], ['x']);
  });
});
