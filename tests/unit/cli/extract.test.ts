import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const NEWS = `${FIXTURES}news-article.html`;
const MARKDOWN = `${FIXTURES}article.md`;
const WINDOWS_1252 = `${FIXTURES}windows-1252.html`;
const NO_ARTICLE = `${FIXTURES}no-article.html`;

async function slant(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  const lines = stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, stdout, stderr, lines };
}

describe('slant extract', { timeout: 30_000 }, () => {
  it('prints one JSON object per file with the metadata the app would import', async () => {
    const { code, stderr, lines } = await slant(['extract', NEWS, MARKDOWN]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'source',
      'title',
      'author',
      'publishedAt',
      'siteName',
      'url',
      'language',
      'words',
      'warnings',
    ]);
    expect(lines[0]).toEqual({
      source: NEWS,
      title: 'Saltmere council approves tidal barrier after six-hour debate',
      author: 'Maren Oakes, Tomasz Lindqvist',
      publishedAt: '2025-03-08T09:30:00+00:00',
      siteName: 'The Harbour Courier',
      url: 'https://www.harbourcourier.example/news/2025/03/08/saltmere-tidal-barrier',
      language: 'en-GB',
      words: expect.any(Number),
      warnings: [],
    });
    expect(lines[0]?.words).toBeGreaterThan(200);
    expect(lines[1]).toMatchObject({
      source: MARKDOWN,
      title: 'Allotment waiting list passes 300 names',
      author: 'Priya Castellano',
      publishedAt: '2025-02-14',
      siteName: null,
      language: null,
    });
  });

  it('decodes a page in its declared encoding, as the app does', async () => {
    const { lines } = await slant(['extract', '--format', 'jsonl', WINDOWS_1252]);
    expect(lines[0]).toMatchObject({
      title: 'Café owners say “no” to Sunday closing',
      author: 'Renée Fairweather',
      publishedAt: '2024-11-21',
      url: null,
    });
  });

  it('names a missing file and a page with no article on stderr, exits 1 and prints the rest', async () => {
    const missing = `${FIXTURES}no-such-page.html`;
    const { code, stderr, lines } = await slant(['extract', missing, NO_ARTICLE, NEWS]);
    expect(code).toBe(1);
    expect(lines.map((line) => line.source)).toEqual([NEWS]);
    expect(stderr).toContain(`cannot read ${missing}: no such file`);
    expect(stderr).toContain(`Slant found no article in “${NO_ARTICLE}”`);
  });

  it('refuses a type it does not import and a binary file, naming each', async () => {
    let stderr = '';
    const code = await run(['extract', 'scan.pdf', `${FIXTURES}binary-renamed.txt`], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      readBytes: async (path) =>
        path === 'scan.pdf'
          ? new TextEncoder().encode('%PDF-1.7')
          : new Uint8Array(await readFile(path)),
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Slant can't import “scan.pdf”");
    expect(stderr).toContain('binary-renamed.txt');
  });

  it.each([[['extract']], [['extract', '--format', 'w3c', NEWS]], [['extract', '--bom', NEWS]]])(
    'exits 2 with a pointer to --help for %j',
    async (argv) => {
      const { code, stdout, stderr } = await slant(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--help');
    },
  );

  it('is explained in --help: its fields and exit codes', async () => {
    let stdout = '';
    await run(['--help'], { stdout: (text) => (stdout += text), stderr: () => {} });
    for (const word of ['extract', 'publishedAt', 'siteName', 'words', 'null']) {
      expect(stdout).toContain(word);
    }
  });
});
