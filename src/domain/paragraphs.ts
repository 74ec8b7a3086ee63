/**
 * A document's canonical text is its paragraphs joined by `\n` (ARCHITECTURE.md §3). Everything that
 * turns raw text into a document goes through `toCanonicalText`, so the same input always yields the
 * same text, offsets and content hash.
 */

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** Splits raw text into paragraphs: one per line, trimmed, with blank lines dropped. */
function splitParagraphs(raw: string): string[] {
  return raw
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n');
}

export function toCanonicalText(raw: string): string {
  return joinParagraphs(splitParagraphs(raw.replace(/^\uFEFF/, '')));
}

interface ParagraphSpan {
  index: number;
  start: number;
  end: number;
}

/** Where each paragraph of a canonical text starts and ends, in UTF-16 offsets. */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = 0;
  text.split('\n').forEach((paragraph, index) => {
    spans.push({ index, start, end: start + paragraph.length });
    start += paragraph.length + 1;
  });
  return spans;
}
