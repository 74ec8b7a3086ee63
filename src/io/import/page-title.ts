/**
 * The headline as the page shows it. Metadata titles disagree with the page more often than one
 * would think: an SEO headline in JSON-LD, a social one in og:title, a site name or the author
 * appended (" | Site", " - Site", " — Site", "_Section_Site"). So the metadata titles, most
 * trusted first, are checked against the page's own headings (`<h1>`, `itemprop="headline"`):
 * the first that a heading shows (or begins with) wins, as the heading writes it. Without such a
 * heading, the most trusted title is taken without its site-name suffix.
 */
import { cleanLine, foldLine as fold } from './clean-text';
import { sameHeadline } from './headline';

/** Shorter than this, a heading is a section or site name, not a headline. */
const MIN_HEADING = 10;
const MAX_HEADING = 300;
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];
/** "Headline_Section_Site", as many Chinese news sites title their pages. */
const UNDERSCORE_TAIL = /^(.{8,}?)\s*(?:_[^_]{1,16}){2,}$/u;

function pageHeadings(doc: Document): string[] {
  const elements = Array.from(doc.querySelectorAll('h1, [itemprop~="headline"]'));
  return elements
    .map((element) =>
      cleanLine(
        element.tagName.toLowerCase() === 'meta'
          ? (element.getAttribute('content') ?? '')
          : (element.textContent ?? ''),
      ),
    )
    .filter((text) => text.length >= MIN_HEADING && text.length <= MAX_HEADING);
}

/** `title` without a trailing " | Site" whose site is `siteName` (or any site, if `anySite`). */
export function withoutSiteSuffix(title: string, siteName?: string, anySite = false): string {
  for (const separator of SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const tail = fold(title.slice(at + separator.length));
    const head = title.slice(0, at).trim();
    const site = siteName === undefined ? undefined : fold(siteName);
    const isSite =
      site !== undefined && (tail === site || site.startsWith(tail) || tail.startsWith(site));
    if (isSite || (anySite && tail.split(' ').length <= 4 && head.length > tail.length)) {
      return withoutSiteSuffix(head, siteName, anySite);
    }
  }
  const underscored = anySite ? UNDERSCORE_TAIL.exec(title) : null;
  return underscored?.[1]?.trim() ?? title;
}

/** The heading that shows `title`, whole or as its beginning ("Headline | Author"). */
function headingFor(title: string, headings: readonly string[]): string | undefined {
  const folded = fold(title);
  return headings.find(
    (heading) =>
      sameHeadline(heading, title) ||
      (folded.startsWith(fold(heading)) && heading.length >= title.length / 3),
  );
}

/**
 * `titles` are the page's metadata titles, most trusted first, ending with `<title>` (whose
 * site suffix is removed even when the site's name is not known).
 */
export function pageHeadline(
  doc: Document,
  titles: readonly (string | undefined)[],
  siteName?: string,
): string | undefined {
  const known = titles.filter((title): title is string => title !== undefined);
  const headings = pageHeadings(doc);
  for (const title of known) {
    const heading = headingFor(title, headings);
    if (heading !== undefined) return heading;
  }
  const best = known[0];
  if (best === undefined) return undefined;
  return withoutSiteSuffix(best, siteName, best === known[known.length - 1]);
}
