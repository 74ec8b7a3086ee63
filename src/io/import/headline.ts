/**
 * Titles and headlines. A document's text starts with its headline, as the sample articles do,
 * because the headline is often the most loaded sentence of an article and users annotate it.
 * So an importer that finds the title apart from the body (HTML, Markdown front matter) puts it
 * back in front, unless the body already starts with it.
 */

/** A first line longer than this is a paragraph, not a headline. */
const MAX_HEADLINE = 150;
const MAX_SHORT_TITLE = 80;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;!?]+$/, '')
    .trim();
}

export function sameHeadline(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function withHeadline(title: string, paragraphs: readonly string[]): string[] {
  const first = paragraphs[0];
  return first !== undefined && sameHeadline(first, title)
    ? [...paragraphs]
    : [title, ...paragraphs];
}

/** The opening words, cut at a word boundary. */
function shortTitle(text: string): string {
  if (text.length <= MAX_SHORT_TITLE) return text;
  const cut = text.slice(0, MAX_SHORT_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A file's name without its extension, e.g. `council-minutes` for `council-minutes.txt`. */
function fileTitle(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').trim();
}

/**
 * The title of a text with no marked headline: its first line when short enough to be one,
 * else the file's name, else the opening words.
 */
export function titleFromText(text: string, fileName?: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  if (first.length > 0 && first.length <= MAX_HEADLINE) return first;
  const fromFile = fileName === undefined ? '' : fileTitle(fileName);
  return fromFile || shortTitle(first);
}
