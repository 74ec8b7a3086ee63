/**
 * Tells a binary file (an image, a PDF, a program) from text before Slant decodes it, so a
 * photo renamed `.txt` gets a message that says what it is instead of a page of gibberish.
 * Known formats are named by their first bytes; anything else with NUL bytes or many control
 * characters is called binary.
 */

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word, EPUB or OpenDocument file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-style Word or Excel document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
];

const SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}

/** A control byte that text does not use; tab, line feed, form feed and return are text. */
function isControl(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) ||
    byte === 0x7f
  );
}

/**
 * What the bytes are if they are not text: a named format ("a PNG image"), `'binary'` for an
 * unknown one, or undefined for text.
 */
export function detectBinary(bytes: Uint8Array): string | undefined {
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (known) return known.what;
  if (bytes.includes(0)) return 'binary';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls += 1;
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE ? 'binary' : undefined;
}

/** The same test on text already decoded (from UTF-16, where NUL bytes are normal). */
export function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f\u000b]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}
