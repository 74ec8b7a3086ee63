/**
 * Offsets count UTF-16 code units (JavaScript string indices); Unicode code points are what the
 * W3C Web Annotation model and the PTC corpus count. The two differ by one for every astral
 * character (an emoji, a rare CJK character), which is also the one place an offset can fall
 * between the two halves of a surrogate pair. This module holds both concerns:
 *
 * - nothing Slant stores or shows should cut a character in half: `splitsSurrogatePair` and
 *   `widenToCodePoints` let describe, fuzzy matching and diffs notice and avoid such offsets;
 * - exports and imports convert offsets at the border (ARCHITECTURE.md §3) and nowhere else:
 *   `offsetConverter` indexes a text's astral characters once, so converting the offsets of
 *   thousands of annotations costs a binary search each instead of a scan of the text. Offsets
 *   beyond the end of the text (an orphan's stale position) convert one for one, so the two
 *   directions stay exact inverses and a round trip never moves an orphan.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` sits between a high and a low surrogate of `text`, splitting one character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Widens `[start, end)` by one code unit at each end that would split a surrogate pair. */
export function widenToCodePoints(text: string, start: number, end: number): [number, number] {
  return [
    splitsSurrogatePair(text, start) ? start - 1 : start,
    splitsSurrogatePair(text, end) ? end + 1 : end,
  ];
}

export interface OffsetConverter {
  /** The code-point offset of a UTF-16 offset. One inside a surrogate pair rounds down. */
  toCodePoints(utf16: number): number;
  /** The UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number;
}

/** UTF-16 offsets at which an astral character (a surrogate pair) starts, ascending. */
function astralStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i += 1) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      starts.push(i);
      i += 1;
    }
  }
  return starts;
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function offsetConverter(text: string): OffsetConverter {
  const starts = astralStarts(text);
  // The code-point offset of each astral character, for the reverse direction.
  const codePointStarts = starts.map((start, index) => start - index);
  return {
    // A pair that starts before `utf16 - 1` lies wholly before the offset and counts once; one
    // starting at `utf16 - 1` is cut by the offset, which then rounds down to the pair's start.
    toCodePoints: (utf16) => utf16 - countBelow(starts, utf16),
    toUtf16: (codePoint) => codePoint + countBelow(codePointStarts, codePoint),
  };
}

/** The number of code points in `text`, without building an array of them. */
export function codePointLength(text: string): number {
  return text.length - astralStarts(text).length;
}
