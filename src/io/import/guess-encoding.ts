/**
 * Guesses for bytes that do not say what encoding they are in and are not valid UTF-8. Each
 * guess is narrow on purpose: a wrong guess turns a whole article into mojibake that is then
 * annotated and hashed, so when none fits, `decode-bytes.ts` refuses the file instead.
 */

/** UTF-16 saved without a byte order mark: text in ASCII letters has a NUL beside each one. */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  const pairs = sample.length / 2;
  if (pairs < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros > pairs * 0.5 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.5 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * UTF-8 with a few broken bytes (a truncated copy, one bad edit): most of its non-ASCII
 * characters decode, and only the broken ones become "�". Windows-1252 text read as UTF-8 is
 * the opposite: nearly every accented letter is a broken sequence.
 */
export function damagedUtf8(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let broken = 0;
  let valid = 0;
  for (const char of text) {
    if (char === '\uFFFD') broken += 1;
    else if (char.charCodeAt(0) >= 0x80) valid += 1;
  }
  return valid >= 4 * broken ? text : undefined;
}

/** Whether bytes that are not UTF-8 read plausibly as Western European Windows-1252 text. */
export function plausiblyWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  let longestRun = 0;
  for (const byte of bytes) {
    // Five bytes that Windows-1252 leaves undefined never appear in its text.
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) {
      return false;
    }
    if (byte >= 0x80) {
      high += 1;
      run += 1;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  // Western words have an accented letter or a curly quote between ASCII letters; Cyrillic or
  // Greek in a one-byte encoding, or CJK in a two-byte one, is long runs of high bytes.
  return longestRun <= 3 && high / bytes.length <= 0.2;
}
