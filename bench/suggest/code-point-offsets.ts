/**
 * PTC offsets count Unicode code points; Slant's offsets count UTF-16 code units. This maps one
 * to the other for a given text, so gold spans land on the same characters in JavaScript.
 */

/** `table[cp]` is the UTF-16 offset of code point `cp`; `table[count]` is `text.length`. */
export function codePointToUtf16Table(text: string): Int32Array {
  const table: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    table.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i += 1;
    }
  }
  table.push(text.length);
  return Int32Array.from(table);
}

export function codePointToUtf16(table: Int32Array, offset: number): number {
  const value = table[offset];
  if (value === undefined) throw new RangeError(`code point offset ${offset} is past the text`);
  return value;
}
