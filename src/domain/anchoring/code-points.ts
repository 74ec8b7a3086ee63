/**
 * Offsets count UTF-16 code units, so an offset can fall between the two halves of a surrogate
 * pair (an emoji, a rare CJK character). Nothing Slant stores or shows should cut a character in
 * half: these helpers let describe, fuzzy matching and diffs notice and avoid such offsets.
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
