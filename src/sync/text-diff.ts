/**
 * Brings a Y.Text to a new string by one delete and one insert between the common prefix and
 * suffix, so an edit made offline merges with a concurrent edit elsewhere in the same text
 * instead of replacing it. Offsets are UTF-16 code units, as everywhere in Slant; the cut never
 * splits a surrogate pair.
 */
import type * as Y from 'yjs';

export function applyTextDiff(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shortest - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  )
    end++;
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const transact = (fn: () => void) => (text.doc ? text.doc.transact(fn) : fn());
  transact(() => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted.length > 0) text.insert(start, inserted);
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
