/**
 * A report on one document as a single HTML file that anyone can open, mail or print to PDF:
 * the article with its highlights, a legend, a per-tag summary and every annotation's note. It is
 * self-contained (inline CSS, no scripts, no external resources), and its Content-Security-Policy
 * says so, so even a mistake in escaping could not run a script or fetch anything. Highlights
 * are told apart by underline style and marker number as well as colour, for black-and-white
 * printing and for readers who do not see colours.
 */
import type { Annotation, Outlet, SlantDocument, Tag } from '../../domain/types';
import { safeHref } from '../../domain/safe-href';
import { escapeHtml } from './escape-html';
import { reportArticle, type NumberedAnnotation } from './report-article';
import { reportLayers } from './report-layers';
import { reportLegend, reportNotes, reportSummary } from './report-notes';
import { reportStyle } from './report-style';

export interface ReportInput {
  document: SlantDocument;
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  outlet?: Outlet;
  /** Outlets that tag-specific fields name (`outletId`), shown by name. */
  outlets?: readonly Outlet[];
  generatedAt?: Date;
}

/** Whether an annotation can be drawn on the text: anchored, with a range inside it. */
function isPlaced(annotation: Annotation, length: number): boolean {
  const { start, end } = annotation.target;
  return (
    annotation.status === 'anchored' &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= length
  );
}

function number(annotations: readonly Annotation[], length: number) {
  const byPosition = (a: Annotation, b: Annotation) =>
    a.target.start - b.target.start || a.target.end - b.target.end;
  const placed = annotations.filter((a) => isPlaced(a, length)).sort(byPosition);
  const orphans = annotations.filter((a) => !isPlaced(a, length)).sort(byPosition);
  const numbered: NumberedAnnotation[] = [...placed, ...orphans].map((annotation, index) => ({
    marker: index + 1,
    annotation,
  }));
  return { numbered, placed: numbered.slice(0, placed.length) };
}

function header(input: ReportInput, generatedAt: Date, counts: string): string {
  const { document, outlet } = input;
  const href = safeHref(document.url);
  const source = [
    outlet && `${escapeHtml(outlet.name)} (${escapeHtml(outlet.affiliation.replace(/-/g, ' '))})`,
    document.author && `by ${escapeHtml(document.author)}`,
    document.publishedAt && `published ${escapeHtml(document.publishedAt.slice(0, 10))}`,
  ].filter(Boolean);
  const link = href
    ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(document.url!)}</a>`
    : document.url
      ? escapeHtml(document.url)
      : '';
  return [
    '<header>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    source.length > 0 ? `<p class="meta">${source.join(' · ')}</p>` : '',
    link ? `<p class="meta">${link}</p>` : '',
    `<p class="meta">${counts} · report made with Slant on ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>`,
    '</header>',
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}

export function toReport(input: ReportInput): string {
  const { document } = input;
  const annotations = input.annotations.filter((a) => a.documentId === document.id);
  const layers = reportLayers(annotations, input.tags);
  const { numbered, placed } = number(annotations, document.text.length);
  const orphaned = numbered.length - placed.length;
  const counts =
    `${annotations.length} annotation${annotations.length === 1 ? '' : 's'}` +
    (orphaned > 0 ? ` (${orphaned} not found in the text)` : '');
  const outlets = new Map((input.outlets ?? []).map((o) => [o.id, o]));
  if (input.outlet) outlets.set(input.outlet.id, input.outlet);

  const sections = [
    header(input, input.generatedAt ?? new Date(), counts),
    layers.length > 0
      ? `<section aria-labelledby="legend">\n<h2 id="legend">Legend</h2>\n${reportLegend(layers)}\n</section>`
      : '',
    `<section aria-labelledby="article">\n<h2 id="article">Article</h2>\n${reportArticle(document.text, placed, layers, document.language)}\n</section>`,
    numbered.length > 0
      ? `<section aria-labelledby="notes">\n<h2 id="notes">Annotations</h2>\n${reportNotes(numbered, layers, outlets, placed.length)}\n</section>`
      : '',
    layers.length > 0
      ? `<section aria-labelledby="summary">\n<h2 id="summary">Summary by tag</h2>\n${reportSummary(layers, annotations)}\n</section>`
      : '',
  ].filter((section) => section.length > 0);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Slant">
<title>${escapeHtml(document.title)}: annotations</title>
<style>
${reportStyle(layers)}
</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
