/**
 * The pages the import benchmark drops on Slant: a handful of real saved news pages from
 * Readability's test corpus (../shared/corpora/readability-pages, or SLANT_READABILITY_PAGES),
 * a generated page of 20,000 nested elements (the kind that froze the page for seconds when
 * extraction ran on the main thread), and a generated page of about 20 MB, the import limit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ImportPage {
  name: string;
  bytes: Buffer;
}

const CORPUS =
  process.env['SLANT_READABILITY_PAGES'] ??
  fileURLToPath(new URL('../../../shared/corpora/readability-pages/', import.meta.url));

const REAL_PAGES = ['bbc-1', 'nytimes-1', 'guardian-1', 'medium-1', 'wikipedia-2'];

const SENTENCE =
  'The harbour board met on Tuesday to weigh the tidal barrier, and members said the cost ' +
  'would fall on ratepayers for a generation unless the government paid its share. ';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta property="og:site_name" content="The Harbour Courier"></head><body>${body}</body></html>`;

/**
 * `elements` elements in chains `depth` deep; the innermost of each chain holds a paragraph,
 * so the article is spread through the whole tree.
 */
export function nestedPage(elements = 20_000, depth = 50): string {
  const chains = Math.ceil(elements / depth);
  const chain = (i: number) =>
    '<div class="story-part">'.repeat(depth - 1) +
    `<p>${i + 1}. ${SENTENCE.repeat(2)}</p>` +
    '</div>'.repeat(depth - 1);
  const body = Array.from({ length: chains }, (_, i) => chain(i)).join('');
  return page(
    'Harbour barrier: 20,000 nested elements',
    `<article><h1>Harbour barrier</h1>${body}</article>`,
  );
}

/** A long article padded with comment threads and navigation to about `bytes` in all. */
export function hugePage(bytes = 19.5 * 1024 * 1024): string {
  const story = Array.from({ length: 60 }, (_, i) => `<p>${i + 1}. ${SENTENCE.repeat(3)}</p>`);
  const comment = (i: number) =>
    `<li class="comment"><span class="author">reader${i}</span><p>I read this and ${SENTENCE}</p></li>`;
  const head = page('Harbour barrier: the whole debate', '').length;
  const storyHtml = `<article><h1>Harbour barrier: the whole debate</h1>${story.join('')}</article>`;
  const perComment = comment(100_000).length;
  const count = Math.max(0, Math.floor((bytes - head - storyHtml.length - 40) / perComment));
  const comments = Array.from({ length: count }, (_, i) => comment(i)).join('');
  return page(
    'Harbour barrier: the whole debate',
    `${storyHtml}<aside class="comments"><ul>${comments}</ul></aside>`,
  );
}

/** The benchmark's page set, real pages first (those found in the corpus). */
export function importPages(): ImportPage[] {
  const real = REAL_PAGES.filter((name) => existsSync(`${CORPUS}/${name}/source.html`)).map(
    (name) => ({ name: `${name}.html`, bytes: readFileSync(`${CORPUS}/${name}/source.html`) }),
  );
  return [
    ...real,
    { name: 'nested-20000.html', bytes: Buffer.from(nestedPage()) },
    { name: 'huge-20mb.html', bytes: Buffer.from(hugePage()) },
  ];
}

/** `count` small distinct article pages, for a batch import. */
export function batchPages(count = 500): ImportPage[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `batch-${String(i + 1).padStart(3, '0')}.html`,
    bytes: Buffer.from(
      page(
        `Harbour notes, number ${i + 1}`,
        `<article><h1>Harbour notes, number ${i + 1}</h1>` +
          Array.from({ length: 12 }, (_, p) => `<p>${i + 1}.${p + 1} ${SENTENCE}</p>`).join('') +
          '</article>',
      ),
    ),
  }));
}
