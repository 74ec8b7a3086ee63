/**
 * A bad range is a bug in the caller (a stale selection, an off-by-one), and storing it would
 * create an annotation that can never anchor. So ranges are checked where they enter the module,
 * and a RangeError says exactly what is wrong instead of the module guessing a fix.
 */
import { splitsSurrogatePair } from '../code-points';

function assertOffset(name: string, value: number): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`Range ${name} ${value} is not an integer offset`);
  }
  if (value < 0) throw new RangeError(`Range ${name} ${value} is negative`);
}

/** Checks that `[start, end)` is a non-empty span of whole characters of a text of `length`. */
export function assertRange(start: number, end: number, length: number): void {
  assertOffset('start', start);
  assertOffset('end', end);
  if (start > end) throw new RangeError(`Range start ${start} is after its end ${end}`);
  if (start === end) {
    throw new RangeError(`Range [${start}, ${end}) is empty: an annotation needs some text`);
  }
  if (end > length) {
    throw new RangeError(`Range end ${end} is beyond the end of the text (length ${length})`);
  }
}

/** `assertRange` for a known text, also refusing offsets that cut a surrogate pair in half. */
export function assertTextRange(text: string, start: number, end: number): void {
  assertRange(start, end, text.length);
  for (const [name, offset] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (splitsSurrogatePair(text, offset)) {
      throw new RangeError(`Range ${name} ${offset} splits a character (a surrogate pair) in two`);
    }
  }
}
