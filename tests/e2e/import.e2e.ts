import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest, libraryReady } from './browser';

const FIXTURES = join(process.cwd(), 'tests/fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);
const NEWS_TITLE = 'Saltmere council approves tidal barrier after six-hour debate';

const app = freshAppForEachTest({ ready: libraryReady });

const rows = () =>
  app.page.getByRole('table', { name: 'Documents in your library' }).getByRole('row');
const draft = (title: string) => app.page.getByRole('article', { name: title });

describe('importing articles', () => {
  it('previews picked files, reports the bad ones, and saves only on confirmation', async () => {
    await app.page.getByRole('link', { name: 'Import articles' }).click();
    await app.page
      .getByLabel('Choose files…')
      .setInputFiles([
        fixture('news-article.html'),
        fixture('binary-renamed.txt'),
        fixture('article.md'),
      ]);
    await app.page.getByRole('status').filter({ hasText: 'Read 3 files.' }).waitFor();

    const news = draft(NEWS_TITLE);
    await news.waitFor();
    expect(await news.getByLabel('Published').inputValue()).toBe('2025-03-08');
    expect(await news.getByLabel('Address (URL)').inputValue()).toContain('harbourcourier.example');
    await news.getByRole('button', { name: 'Add “The Harbour Courier” as an outlet' }).click();
    await expect
      .poll(() => news.getByLabel('Outlet').locator('option:checked').textContent())
      .toBe('The Harbour Courier');
    await news.getByLabel('Author').fill('A. Reporter');
    const failures = app.page.getByRole('alert');
    expect(await failures.textContent()).toContain('binary-renamed.txt');

    // Nothing is stored until the user saves.
    await app.page.goto(app.page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => rows().count()).toBe(6);
    await app.page.goBack();
    await app.page
      .getByLabel('Choose files…')
      .setInputFiles([fixture('news-article.html'), fixture('article.md')]);
    await draft(NEWS_TITLE).getByLabel('Author').fill('A. Reporter');
    // The outlet added a moment ago is matched by its domain now.
    await expect
      .poll(() => draft(NEWS_TITLE).getByLabel('Outlet').locator('option:checked').textContent())
      .toBe('The Harbour Courier');
    await app.page.getByRole('button', { name: 'Save 2 articles' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Saved 2 articles' }).waitFor();
    await app.page.getByRole('link', { name: 'Back to the library' }).click();
    await expect.poll(() => rows().count()).toBe(8);
    expect(await rows().filter({ hasText: NEWS_TITLE }).textContent()).toContain('by A. Reporter');
    expect(await rows().filter({ hasText: NEWS_TITLE }).textContent()).toContain(
      'The Harbour Courier',
    );
  });

  it('offers to open an article imported before instead of adding it twice', async () => {
    await app.page.getByRole('link', { name: 'Import articles' }).click();
    await app.page.getByLabel('Choose files…').setInputFiles(fixture('news-article.html'));
    await app.page.getByRole('button', { name: 'Save 1 article' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Saved 1 article' }).waitFor();

    await app.page.getByLabel('Choose files…').setInputFiles(fixture('news-article.html'));
    const again = draft(NEWS_TITLE);
    await again.getByRole('note').filter({ hasText: 'already in your library' }).waitFor();
    expect(await again.getByLabel('Import it anyway').isChecked()).toBe(false);
    expect(await app.page.getByRole('button', { name: 'Save 0 articles' }).isDisabled()).toBe(true);
    await again.getByRole('link', { name: `open “${NEWS_TITLE}”` }).click();
    await app.page.locator('[data-slate-editor="true"]').waitFor();
  });

  it('imports a hostile page as text only: nothing in it runs', async () => {
    await app.page.getByRole('link', { name: 'Import articles' }).click();
    await app.page.getByLabel('Choose files…').setInputFiles(fixture('hostile.html'));
    const hostile = draft('Ferry fares to rise in April, operator says');
    await hostile.waitFor();
    await app.page.getByRole('button', { name: 'Save 1 article' }).click();
    await hostile.waitFor({ state: 'detached' });
    await app.page.getByRole('link', { name: 'Open it' }).click();
    await app.page.locator('[data-slate-editor="true"]').waitFor();
    await app.page.waitForTimeout(300);
    expect(
      await app.page.evaluate(() => (window as { __slantPwned?: unknown }).__slantPwned),
    ).toBeUndefined();
    expect(
      await app.page
        .locator('[data-slate-editor] script, [data-slate-editor] img, [data-slate-editor] a')
        .count(),
    ).toBe(0);
  });

  it('takes files dropped on the library, and pasted text; an empty paste is refused', async () => {
    const dataTransfer = await app.page.evaluateHandle(async () => {
      const transfer = new DataTransfer();
      const text =
        'Harbour lights switched off\nThe harbour’s lights went dark at midnight for the first time in a century.';
      transfer.items.add(new File([text], 'lights.txt', { type: 'text/plain' }));
      return transfer;
    });
    await app.page.getByRole('table').dispatchEvent('drop', { dataTransfer });
    await draft('Harbour lights switched off').waitFor();
    expect(new URL(app.page.url()).hash).toBe('#/import');

    await app.page.getByRole('button', { name: 'Preview the pasted text' }).click();
    await app.page.getByRole('alert').filter({ hasText: 'Pasted text' }).waitFor();
    await app.page
      .getByLabel(/Or paste an article’s text/)
      .fill('A pasted headline\nAnd a first paragraph of the pasted article.');
    await app.page.getByRole('button', { name: 'Preview the pasted text' }).click();
    await draft('A pasted headline').waitFor();
    await app.page.getByRole('button', { name: 'Save 2 articles' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Saved 2 articles' }).waitFor();
  });
});
