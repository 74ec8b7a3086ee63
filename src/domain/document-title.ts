import type { SlantDocument } from './types';

const MAX_FALLBACK_TITLE = 80;

/**
 * A title to show for a document. Some articles arrive without a headline; for those the
 * opening words stand in, cut at a word boundary.
 */
export function displayTitle(doc: Pick<SlantDocument, 'title' | 'text'>): string {
  const title = doc.title.trim();
  if (title) return title;
  const firstLine = doc.text.split('\n', 1)[0]?.trim() ?? '';
  if (!firstLine) return 'Untitled document';
  if (firstLine.length <= MAX_FALLBACK_TITLE) return firstLine;
  const cut = firstLine.slice(0, MAX_FALLBACK_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const foldHeadline = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Whether a text's first line is its headline again (case, spacing and quote marks aside), as
 * many saved articles begin: a view may then hide that line. The text itself never changes.
 */
export function startsWithTitle(text: string, title: string): boolean {
  const firstLine = text.split('\n', 1)[0] ?? '';
  return foldHeadline(title) !== '' && foldHeadline(firstLine) === foldHeadline(title);
}
