import { editBetween, type TextEdit } from '../domain/anchoring';

/**
 * What one change to the editor did to the text, found from its blocks (paragraphs) rather than
 * by comparing the whole text: Slate keeps every block it did not touch (the same string), so the
 * changed ones are found by identity in O(blocks), and only they are compared character by
 * character. A keystroke in a book-length text then costs what its paragraph costs.
 */
export interface BlockTextEdit {
  /** First block of the changed region. */
  from: number;
  /** How many blocks the region had before the change. */
  removedBlocks: number;
  /** The region's blocks after the change. */
  insertedBlocks: readonly string[];
  /** The change as one edit of the whole text (blocks joined by `\n`), in its offsets before. */
  edit: TextEdit;
  /** The text the edit inserts. */
  insertedText: string;
}

/**
 * The edit that turns the blocks `before` into `after`, or `null` when they are the same text.
 * `startOf(block)` gives where a block of `before` starts in the whole text.
 */
export function blockTextEdit(
  blocksBefore: readonly string[],
  blocksAfter: readonly string[],
  startOf: (block: number) => number,
): BlockTextEdit | null {
  // No blocks at all is an empty text, as one empty block is.
  const before = blocksBefore.length > 0 ? blocksBefore : [''];
  const after = blocksAfter.length > 0 ? blocksAfter : [''];
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before[head] === after[head]) head += 1;
  if (head === before.length && head === after.length) return null;
  let tail = 0;
  while (
    tail < shorter - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail += 1;
  // A region with no block on one side (a paragraph added or removed whole) takes in a
  // neighbour, so that both sides are text and the `\n` between blocks is counted.
  if (head === before.length - tail || head === after.length - tail) {
    if (head > 0) head -= 1;
    else tail -= 1;
  }
  const removed = before.slice(head, before.length - tail);
  const inserted = after.slice(head, after.length - tail);
  const oldText = removed.join('\n');
  const newText = inserted.join('\n');
  const local = editBetween(oldText, newText);
  if (!local) return null;
  return {
    from: head,
    removedBlocks: removed.length,
    insertedBlocks: inserted,
    edit: { ...local, at: startOf(head) + local.at },
    insertedText: newText.slice(local.at, local.at + local.inserted),
  };
}

/** `text` with `edit` applied: slices, so the unchanged bulk is copied, never compared. */
export function applyBlockTextEdit(text: string, { edit, insertedText }: BlockTextEdit): string {
  return text.slice(0, edit.at) + insertedText + text.slice(edit.at + edit.removed);
}
