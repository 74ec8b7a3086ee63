/**
 * Article metadata on real news pages: the saved pages of Mozilla Readability's test suite (in
 * the project's shared corpus, `../shared/corpora/readability-pages`, or SLANT_READABILITY_PAGES),
 * imported with the app's importer, against the reviewed values committed in
 * tests/fixtures/import/readability-pages/expected-metadata.json. Reports the share right per
 * field over the pages that state it, and holds the targets: title 95%, author and date 90%.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, importHtml, type ImportedArticle } from '../../../../src/io/import';
import { testEnvironment } from './fixtures';

interface ExpectedPage {
  page: string;
  title: string;
  author: string | null;
  publishedAt: string | null;
  siteName: string | null;
  corrections?: Record<string, string>;
}

type Field = 'title' | 'author' | 'publishedAt' | 'siteName';

const EXPECTED = JSON.parse(
  readFileSync(
    new URL('../../../fixtures/import/readability-pages/expected-metadata.json', import.meta.url),
    'utf8',
  ),
) as { pages: ExpectedPage[] };

const CORPUS =
  process.env['SLANT_READABILITY_PAGES'] ??
  fileURLToPath(new URL('../../../../../shared/corpora/readability-pages/', import.meta.url));
const corpusFound = existsSync(`${CORPUS}/bbc-1/source.html`);

const TARGETS: Record<Field, number> = {
  title: 0.95,
  author: 0.9,
  publishedAt: 0.9,
  siteName: 0.9,
};

/** Trimmed, case folded, quote marks folded: ‘ ’ “ ” « » and straight quotes compare equal. */
function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const ZONED = /T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/;

/** The same instant when both dates have a time and an offset, else the same day as written. */
function sameDate(expected: string, actual: string): boolean {
  if (ZONED.test(expected) && ZONED.test(actual))
    return Date.parse(expected) === Date.parse(actual);
  return expected.slice(0, 10) === actual.slice(0, 10);
}

function matches(field: Field, expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return field === 'publishedAt'
    ? sameDate(expected, actual)
    : foldText(expected) === foldText(actual);
}

describe('sameDate and foldText', () => {
  it('compare dates as instants when zoned, else by the day as written', () => {
    expect(sameDate('2015-07-24T05:36:09+01:00', '2015-07-24T04:36:09Z')).toBe(true);
    expect(sameDate('2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09Z')).toBe(false);
    expect(sameDate('2016-02-01', '2016-02-01T01:28:49')).toBe(true);
    expect(sameDate('2016-02-01', '2016-02-02')).toBe(false);
  });

  it('fold case, spaces and quote marks only', () => {
    expect(foldText(' ‘Star Wars’ Cuts ')).toBe(foldText("'star wars' cuts"));
    expect(foldText('The seven secrets')).not.toBe(foldText('Seven secrets'));
  });
});

describe.runIf(corpusFound)('metadata of real news pages (Readability’s test pages)', () => {
  const results = new Map<string, ImportedArticle | Error>();

  beforeAll(() => {
    const env = testEnvironment();
    for (const { page } of EXPECTED.pages) {
      const bytes = new Uint8Array(readFileSync(`${CORPUS}/${page}/source.html`));
      const fileName = `${page}.html`;
      try {
        const { text } = decodeBytes(bytes, { html: true, fileName });
        results.set(page, importHtml(text, env, { fileName }));
      } catch (error) {
        results.set(page, error as Error);
      }
    }
  }, 300_000);

  it('imports every page as an article', () => {
    const failed = [...results].filter(([, result]) => result instanceof Error);
    expect(failed.map(([page, error]) => `${page}: ${(error as Error).message}`)).toEqual([]);
  });

  for (const field of ['title', 'author', 'publishedAt', 'siteName'] as const) {
    it(`gets ${field} right on at least ${TARGETS[field] * 100}% of the pages that state it`, () => {
      const stated = EXPECTED.pages.filter((page) => page[field] !== null);
      const misses = stated.flatMap((page) => {
        const result = results.get(page.page);
        const actual = result instanceof Error ? undefined : result?.[field];
        return matches(field, page[field] as string, actual)
          ? []
          : [
              `${page.page}: expected ${JSON.stringify(page[field])}, got ${JSON.stringify(actual)}`,
            ];
      });
      const share = (stated.length - misses.length) / stated.length;
      console.info(
        `${field}: ${stated.length - misses.length}/${stated.length} right (${(share * 100).toFixed(1)}%)` +
          misses.map((miss) => `\n  ${miss}`).join(''),
      );
      expect(stated.length).toBeGreaterThan(20);
      expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGETS[field]);
    });
  }

  it('gives no author where the page credits no one, rather than a date or a site name', () => {
    const invented = EXPECTED.pages.flatMap((page) => {
      const result = results.get(page.page);
      const author = result instanceof Error ? undefined : result?.author;
      return page.author === null && author !== undefined ? [`${page.page}: ${author}`] : [];
    });
    expect(invented).toEqual([]);
  });
});
