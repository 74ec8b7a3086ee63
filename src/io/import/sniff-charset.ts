/**
 * Finds the encoding an HTML file declares for itself: `<meta charset>`, `<meta http-equiv=
 * "Content-Type" content="…; charset=…">` or an XML declaration, looked for in the first 1024
 * bytes, where the HTML standard says a page must put it. A saved page is usually in the
 * encoding its server sent, which only this declaration records.
 */

const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The declared encoding label as written, e.g. `windows-1252`, or undefined. */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  // Every encoding a page can declare this way is ASCII-compatible, so reading the bytes as
  // Latin-1 is enough to find the ASCII tag.
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).replace(
    /<!--[\s\S]*?(?:-->|$)/g,
    '',
  );
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
}
