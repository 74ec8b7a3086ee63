import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, importMarkdown } from '../../../../src/io/import';

const fixture = readFileSync(
  fileURLToPath(new URL('../../../fixtures/import/article.md', import.meta.url)),
  'utf8',
);

describe('importMarkdown on a saved article with front matter', () => {
  const article = importMarkdown(fixture, { fileName: 'article.md' });

  it('reads the title and metadata from the front matter', () => {
    expect(article).toMatchObject({
      title: 'Allotment waiting list passes 300 names',
      author: 'Priya Castellano',
      publishedAt: '2025-02-14',
      url: 'https://www.valleygazette.example/news/allotments-waiting-list',
      format: 'markdown',
      fileName: 'article.md',
    });
    expect(article.siteName).toBeUndefined();
  });

  it('reduces the Markdown to text paragraphs', () => {
    expect(article.text.split('\n')).toEqual([
      // The heading repeats the front matter's title, so it is not added twice.
      'Allotment waiting list passes 300 names',
      // The image is gone; the soft line break inside the paragraph is a space.
      'More than three hundred people are now waiting for an allotment in the district, according to figures released by the parks department on Thursday.',
      'The longest wait, at Nettle Road, is now seven years.',
      'What the council plans',
      'The council says it will:',
      'split twenty large plots into half-plots;',
      'open a new site on the old depot land at Ferry Lane;',
      'with raised beds for people who use wheelchairs;',
      'and a shared tool shed.',
      '“We would rather give two families half a plot each than leave one plot half-used,” said the parks manager, Joel Abara.',
      'Site | Plots | Waiting',
      'Nettle Road | 64 | 142',
      'Ferry Lane | 0 | 97',
      'Applications: parks@valleygazette.example',
      'Deadline: 31 March',
      'Residents can apply online or at the library.',
      'Paper forms are also available.',
      "Forms are in the library's entrance hall.",
    ]);
  });

  it('says that it left raw HTML out, and keeps none of it', () => {
    expect(article.warnings).toEqual(['Left out 1 block of raw HTML in the Markdown.']);
    expect(article.text).not.toMatch(/Sponsored|<|>/);
  });
});

describe('importMarkdown', () => {
  it('takes the title from the first heading when there is no front matter', () => {
    const article = importMarkdown('Intro line.\n\n## Lock gates *fixed*\n\nBody text.');
    expect(article.title).toBe('Lock gates fixed');
    expect(article.text).toBe('Intro line.\nLock gates fixed\nBody text.');
  });

  it('puts a front-matter title in front of a body that lacks it', () => {
    const article = importMarkdown(
      "---\ntitle: 'Quay repairs: “on time”'\n---\nWork ended on Friday.",
    );
    expect(article.title).toBe('Quay repairs: “on time”');
    expect(article.text).toBe('Quay repairs: “on time”\nWork ended on Friday.');
  });

  it('keeps only http(s) URLs and ISO dates from front matter', () => {
    const article = importMarkdown(
      '---\nsource: javascript:alert(1)\ndate: last Tuesday\nauthors:\n  - Ana Ruiz\n  - Ben Ode\n---\n# Title\n\nText.',
    );
    expect(article.url).toBeUndefined();
    expect(article.publishedAt).toBeUndefined();
    expect(article.author).toBe('Ana Ruiz, Ben Ode');
  });

  it('refuses Markdown with no text in it', () => {
    expect(() => importMarkdown('![](photo.jpg)\n\n---\n', { fileName: 'photo.md' })).toThrow(
      new ImportError(
        'empty',
        '“photo.md” has no text to import: it is empty, or holds only images or markup.',
        'photo.md',
      ),
    );
  });
});
