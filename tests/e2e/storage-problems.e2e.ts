import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('when the browser’s database cannot be used', () => {
  it('explains a browser without IndexedDB instead of showing a blank page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const { page } = await openApp(context);
    const alert = page.getByRole('alert');
    await alert
      .getByRole('heading', { name: 'This browser will not let Slant store anything' })
      .waitFor();
    expect(await alert.getByRole('button', { name: 'Reload Slant' }).isVisible()).toBe(true);
    await context.close();
  });

  it('steps aside for a newer Slant in another tab, and loses nothing on reload', async () => {
    const context = await browser.newContext();
    const { page } = await openApp(context);
    await page.getByRole('table').waitFor();

    const other = await context.newPage();
    await other.goto(page.url());
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('slant', 1_000_000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.getByRole('heading', { name: 'Slant was updated in another tab' }).waitFor();

    // Reloading picks the database up again (Dexie 4 opens a newer version that keeps our
    // tables), with nothing lost.
    await page.reload();
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    await context.close();
  });
});
