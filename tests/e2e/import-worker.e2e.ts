/**
 * Importing a heavy page in the built app: the page keeps answering while the import worker
 * reads a page of 20,000 nested elements, the preview appears, and Cancel stops a long import
 * without adding anything to the library.
 */
import { describe, expect, it } from 'vitest';
import { hugePage, nestedPage } from '../../bench/library/import-pages';
import { freshAppForEachTest, libraryReady } from './browser';

const app = freshAppForEachTest({ ready: libraryReady });

const rows = () =>
  app.page.getByRole('table', { name: 'Documents in your library' }).getByRole('row');

describe('importing heavy pages', () => {
  it('keeps the page responsive while a page of 20,000 nested elements is read', async () => {
    await app.page.getByRole('link', { name: 'Import articles' }).click();
    await app.page.getByLabel('Choose files…').setInputFiles({
      name: 'nested.html',
      mimeType: 'text/html',
      buffer: Buffer.from(nestedPage()),
    });
    await app.page.getByRole('progressbar', { name: 'Files read' }).waitFor();
    await app.page.getByText('Reading “nested.html” (file 1 of 1)…').waitFor();

    // While the worker reads, the page takes typing: the paste box echoes what is typed.
    const paste = app.page.getByLabel(/Or paste an article’s text/);
    await paste.fill('typed while importing');
    expect(await paste.inputValue()).toBe('typed while importing');
    expect(await app.page.getByRole('progressbar', { name: 'Files read' }).count()).toBe(1);

    await app.page.getByRole('article', { name: 'Harbour barrier' }).waitFor({ timeout: 120_000 });
    await app.page.getByRole('status').filter({ hasText: 'Read 1 file.' }).waitFor();
    expect(await app.page.getByRole('progressbar').count()).toBe(0);
  }, 180_000);

  it('Cancel stops the import, says so, and leaves the library as it was', async () => {
    const before = await rows().count();
    await app.page.getByRole('link', { name: 'Import articles' }).click();
    await app.page.getByLabel('Choose files…').setInputFiles([
      { name: 'huge.html', mimeType: 'text/html', buffer: Buffer.from(hugePage(8 * 1024 * 1024)) },
      { name: 'after.txt', mimeType: 'text/plain', buffer: Buffer.from('After\nA short article.') },
    ]);
    await app.page.getByText('Reading “huge.html” (file 1 of 2)…').waitFor();
    await app.page.getByRole('button', { name: 'Cancel the import' }).click();

    await app.page
      .getByRole('status')
      .filter({ hasText: 'Import cancelled before any file was read' })
      .waitFor();
    expect(await app.page.getByRole('progressbar').count()).toBe(0);
    expect(await app.page.getByRole('article').count()).toBe(0);
    expect(await app.page.getByRole('button', { name: /^Save/ }).count()).toBe(0);

    await app.page.getByRole('link', { name: 'Back to the library' }).click();
    await expect.poll(() => rows().count()).toBe(before);
  }, 120_000);
});
