/**
 * Node's TextDecoder (20.18.3 and later 20.x, 22.13+) decodes `windows-1252`, the encoding that the
 * labels `latin1`, `iso-8859-1` and `ascii` also mean, as ISO-8859-1: bytes 0x80-0x9F come out
 * as C1 control characters instead of “smart quotes”, dashes and the euro sign
 * (https://github.com/nodejs/node/issues/56542). Browsers follow the Encoding Standard. Slant also
 * runs its importers in Node (CLI, tests), so it maps those characters itself, after decoding.
 * On a correct decoder the output already has no such characters, and this changes nothing.
 */

/** The Encoding Standard's index-windows-1252 for 0x80-0x9F; the five holes map to themselves. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function fixWindows1252(decoded: string): string {
  return decoded.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}
