import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../src/domain/content-hash';
import {
  fileFormat,
  ImportError,
  importFile,
  importFiles,
  importText,
  toSlantDocument,
  type ImportOutcome,
} from '../../../../src/io/import';
import { fixtureFile, testEnvironment, textFile, unreadFile } from './fixtures';

const env = testEnvironment();

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('fileFormat', () => {
  it('goes by extension, then by MIME type', () => {
    expect(fileFormat({ name: 'a.TXT' })).toBe('text');
    expect(fileFormat({ name: 'a.markdown' })).toBe('markdown');
    expect(fileFormat({ name: 'a.htm' })).toBe('html');
    expect(fileFormat({ name: 'clipping', type: 'text/html; charset=utf-8' })).toBe('html');
    expect(fileFormat({ name: 'report.pdf', type: 'application/pdf' })).toBeUndefined();
  });
});

describe('importFile', () => {
  it('imports each format through its importer', async () => {
    const html = await importFile(fixtureFile('news-article.html'), env);
    expect(html).toMatchObject({
      format: 'html',
      encoding: 'utf-8',
      fileName: 'news-article.html',
      title: 'Saltmere council approves tidal barrier after six-hour debate',
    });
    const markdown = await importFile(fixtureFile('article.md'), env);
    expect(markdown).toMatchObject({
      format: 'markdown',
      title: 'Allotment waiting list passes 300 names',
    });
    const text = await importFile(fixtureFile('utf16le-bom.txt'), env);
    expect(text).toMatchObject({
      format: 'text',
      encoding: 'utf-16le',
      title: 'Library extends opening hours for exam season',
      warnings: [],
    });
    expect(text.text.split('\n')).toHaveLength(3);
  });

  it('decodes a saved page by its declared encoding', async () => {
    const article = await importFile(fixtureFile('windows-1252.html'), env);
    expect(article.encoding).toBe('windows-1252');
    expect(article.title).toBe('Café owners say “no” to Sunday closing');
  });

  it('passes on the decoder’s warning about a guessed encoding', async () => {
    const article = await importFile(fixtureFile('windows-1252-undeclared.txt'), env);
    expect(article.encoding).toBe('windows-1252');
    expect(article.title).toBe('Résumé of the harbour committee’s March meeting');
    expect(article.warnings).toHaveLength(1);
    expect(article.warnings[0]).toMatch(/read it as Western European \(Windows-1252\)/);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const error = await importError(importFile(unreadFile('archive.html', 50 * 1024 * 1024), env));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      '“archive.html” is 50 MB; Slant imports files up to 20 MB. If it is a saved web page, save it again as “HTML only”, or copy the article’s text and paste it.',
    );
  });

  it('refuses a binary file renamed .txt, saying what it is', async () => {
    const error = await importError(importFile(fixtureFile('binary-renamed.txt'), env));
    expect(error).toMatchObject({ code: 'binary', fileName: 'binary-renamed.txt' });
    expect(error.message).toMatch(/^“binary-renamed.txt” is a PNG image, not text\./);
  });

  it('refuses a file in an encoding it cannot tell', async () => {
    const error = await importError(importFile(fixtureFile('koi8-r.txt'), env));
    expect(error.code).toBe('unknown-encoding');
  });

  it('refuses a type it does not import, with a hint for PDFs and web archives', async () => {
    const pdf = await importError(importFile(unreadFile('report.pdf', 1000), env));
    expect(pdf.code).toBe('unsupported-type');
    expect(pdf.message).toBe(
      "Slant can't import “report.pdf” (a .pdf file). Slant imports .txt, .md and .html files. To import a PDF, a word-processor document or an e-book, copy its text and paste it into Slant.",
    );
    const archive = await importError(importFile(unreadFile('page.mhtml', 1000), env));
    expect(archive.message).toMatch(/save it again as “Web Page, HTML Only”/);
  });

  it('refuses an empty file', async () => {
    const error = await importError(importFile(textFile('empty.txt', ''), env));
    expect(error.code).toBe('empty');
  });

  it('reports a file that cannot be read', async () => {
    const file = {
      name: 'gone.txt',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    const error = await importError(importFile(file, env));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/^Slant couldn't read “gone.txt”/);
  });
});

describe('importFiles', () => {
  it('imports a batch, one outcome per file, reporting progress and not stopping at failures', async () => {
    const progress: [number, number, boolean][] = [];
    const outcomes = await importFiles(
      [
        fixtureFile('news-article.html'),
        fixtureFile('no-article.html'),
        fixtureFile('binary-renamed.txt'),
        textFile('brief.txt', 'Harbour closed\nThe harbour is closed to yachts until Monday.'),
      ],
      env,
      { onProgress: (done, total, outcome) => progress.push([done, total, outcome.ok]) },
    );
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.code))).toEqual([
      'ok',
      'no-article',
      'binary',
      'ok',
    ]);
    expect(progress).toEqual([
      [1, 4, true],
      [2, 4, false],
      [3, 4, false],
      [4, 4, true],
    ]);
  });

  it('gives the same content hash to the same text, however it arrives, for duplicate checks', async () => {
    const pasted = importText('Harbour closed\n\nThe harbour is closed to yachts until Monday.\n');
    const [fromFile] = (await importFiles(
      [textFile('brief.txt', 'Harbour closed\r\nThe harbour is closed to yachts until Monday.')],
      env,
    )) as [ImportOutcome];
    expect(fromFile.ok && fromFile.contentHash).toBe(await contentHash(pasted.text));
  });
});

describe('toSlantDocument', () => {
  it('makes the stored document, with the content hash of its text', async () => {
    const article = await importFile(fixtureFile('news-article.html'), env);
    const doc = await toSlantDocument(article, {
      id: 'doc-1',
      importedAt: '2025-03-09T10:00:00.000Z',
      outletId: 'outlet-harbour-courier',
    });
    expect(doc).toEqual({
      id: 'doc-1',
      title: article.title,
      text: article.text,
      outletId: 'outlet-harbour-courier',
      url: 'https://www.harbourcourier.example/news/2025/03/08/saltmere-tidal-barrier',
      author: 'Maren Oakes, Tomasz Lindqvist',
      publishedAt: '2025-03-08T09:30:00+00:00',
      importedAt: '2025-03-09T10:00:00.000Z',
      language: 'en-GB',
      contentHash: await contentHash(article.text),
      collectionIds: [],
    });
  });
});
