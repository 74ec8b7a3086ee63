/**
 * When the user edits a document in Slant, annotations move with the text instead of being
 * re-anchored by search: an edit before a range shifts it, an edit inside changes its length.
 *
 * Boundaries, as highlights behave in Hypothesis and Google Docs (Slate's `Range.transform` with
 * `affinity: 'inward'`): text inserted exactly at a range's start or end lands outside it, so
 * typing just after a highlight does not extend it. A replacement that overlaps one end of a range
 * keeps only the range's surviving text; the new text lands outside. A range whose text is wholly
 * deleted becomes `null`: the caller marks its annotation orphaned, never drops it.
 */
import { assertRange } from './check-range';
import type { TextEdit, TextRange } from './text-range';

function assertEdit({ at, removed, inserted }: TextEdit): void {
  for (const [name, value] of Object.entries({ at, removed, inserted })) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`Text edit ${name} ${value} is not a non-negative integer`);
    }
  }
}

/** Where an offset goes when `[at, at + removed)` is deleted: text inside collapses to `at`. */
function afterDeletion(offset: number, { at, removed }: TextEdit): number {
  if (offset <= at) return offset;
  return offset >= at + removed ? offset - removed : at;
}

function applyEdit(range: TextRange, edit: TextEdit): TextRange | null {
  assertEdit(edit);
  const start = afterDeletion(range.start, edit);
  const end = afterDeletion(range.end, edit);
  if (start >= end) return null;
  // Insertion at `edit.at`: the start moves past text inserted at it, the end does not.
  return {
    start: start >= edit.at ? start + edit.inserted : start,
    end: end > edit.at ? end + edit.inserted : end,
  };
}

/**
 * Moves `range` through `edits`, applied in order (each in the coordinates the previous left).
 *
 * @returns the moved range, or `null` once all of its text has been deleted.
 * @throws RangeError for an empty or malformed range or a malformed edit.
 */
export function transformRange(
  range: TextRange,
  edits: TextEdit | readonly TextEdit[],
): TextRange | null {
  assertRange(range.start, range.end, Infinity);
  let current: TextRange | null = { start: range.start, end: range.end };
  for (const edit of Array.isArray(edits) ? edits : [edits]) {
    current = applyEdit(current, edit);
    if (current === null) return null;
  }
  return current;
}
