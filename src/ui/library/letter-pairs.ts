/**
 * Which pairs of adjacent characters a text holds, as a small bit set (a–z, 0–9 and "anything
 * else": 37 × 37 bits, 172 bytes per text). A text can contain what was typed only if it holds
 * every pair of it, so the search reads in full only the texts that pass this test: an exact
 * filter (it never drops a match), made once per text, and cheap to test on every keystroke.
 */
const SYMBOLS = 37;
const BYTES = Math.ceil((SYMBOLS * SYMBOLS) / 8);

/** a–z → 0–25, 0–9 → 26–35, anything else → 36 (the text is lower-cased already). */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return 36;
}

export function letterPairs(folded: string): Uint8Array {
  const bits = new Uint8Array(BYTES);
  let previous = -1;
  for (let i = 0; i < folded.length; i += 1) {
    const current = symbol(folded.charCodeAt(i));
    if (previous >= 0) {
      const pair = previous * SYMBOLS + current;
      bits[pair >> 3]! |= 1 << (pair & 7);
    }
    previous = current;
  }
  return bits;
}

/** Whether a text with pairs `text` may contain `needle` (lower-cased): it holds all its pairs. */
export function mayContain(text: Uint8Array, needle: Uint8Array): boolean {
  for (let i = 0; i < BYTES; i += 1) if ((needle[i]! & text[i]!) !== needle[i]) return false;
  return true;
}
