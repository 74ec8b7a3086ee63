/**
 * `describe` turns a selection into what an annotation stores: the position and the quote with
 * its context (ARCHITECTURE.md §5). The position makes re-anchoring cheap while the text is
 * unchanged; the quote and context let `anchor` find the passage again after the text changes.
 */
import type { TextTarget } from '../types';
import { assertTextRange } from './check-range';
import { splitsSurrogatePair } from '../code-points';

/** Code units of context kept on each side of the quote, as in Hypothesis and the W3C examples. */
const CONTEXT_LENGTH = 32;

/**
 * Describes `text.slice(start, end)`. Prefix and suffix hold up to 32 code units each, fewer at
 * the edges of the text, and one fewer where the 32nd would cut a surrogate pair in half.
 *
 * @throws RangeError if the range is empty, reversed, out of bounds, not made of integers or
 *   splits a surrogate pair.
 */
export function describe(text: string, start: number, end: number): TextTarget {
  assertTextRange(text, start, end);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
