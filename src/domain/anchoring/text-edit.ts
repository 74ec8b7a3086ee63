/**
 * When a document's text changes outside the editor (re-imported, restored from a backup), there
 * are no editor operations to move annotations with. `editBetween` recovers the change as one
 * edit, for `transformRange`, by trimming the text common to both versions' start and end.
 *
 * A diff cannot tell where an insertion into repeated text happened ("ab" added to "xab"
 * could go after "x" or after "xab"); it assumes the latest place. It never cuts a surrogate pair.
 */
import { splitsSurrogatePair } from '../code-points';
import type { TextEdit } from './text-range';

/** The single edit that turns `before` into `after`, or `null` when they are equal. */
export function editBetween(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  if (splitsSurrogatePair(before, head) || splitsSurrogatePair(after, head)) head -= 1;

  let tail = 0;
  const maxTail = shorter - head;
  while (
    tail < maxTail &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail += 1;
  }
  if (
    splitsSurrogatePair(before, before.length - tail) ||
    splitsSurrogatePair(after, after.length - tail)
  ) {
    tail -= 1;
  }
  return { at: head, removed: before.length - head - tail, inserted: after.length - head - tail };
}
