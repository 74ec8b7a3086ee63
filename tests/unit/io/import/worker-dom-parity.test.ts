/**
 * The import worker extracts articles with domino (src/io/import/worker-html-environment.ts),
 * the app used to do it with the page's own DOM. Over every page of Mozilla Readability's test
 * corpus (`../shared/corpora/readability-pages`, or SLANT_READABILITY_PAGES), both must give the
 * same article: same title, text, metadata, or the same refusal. jsdom stands in for the page's
 * DOM, as in the other import tests (both follow the HTML standard's parser).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes, importHtml, type HtmlEnvironment } from '../../../../src/io/import';
import { workerHtmlEnvironment } from '../../../../src/io/import/worker-html-environment';
import { testEnvironment } from './fixtures';

const CORPUS =
  process.env['SLANT_READABILITY_PAGES'] ??
  fileURLToPath(new URL('../../../../../shared/corpora/readability-pages/', import.meta.url));
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((page) => existsSync(`${CORPUS}/${page}/source.html`))
  : [];

function extract(html: string, env: HtmlEnvironment, fileName: string): unknown {
  try {
    return importHtml(html, env, { fileName });
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe.runIf(pages.length > 0)('the worker’s DOM finds the same article as the page’s', () => {
  it('on every page of the corpus', () => {
    const pageDom = testEnvironment();
    const workerDom = workerHtmlEnvironment();
    const differing: string[] = [];
    for (const page of pages) {
      const bytes = new Uint8Array(readFileSync(`${CORPUS}/${page}/source.html`));
      const fileName = `${page}.html`;
      const { text } = decodeBytes(bytes, { html: true, fileName });
      const expected = extract(text, pageDom, fileName);
      const actual = extract(text, workerDom, fileName);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(page);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  }, 900_000);
});
