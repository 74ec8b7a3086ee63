import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('offline', () => {
  it('reloads and opens documents with the network off after the first visit', async () => {
    const context = await browser.newContext();
    const { page } = await openApp(context);
    await page.getByRole('table').waitFor();
    // The service worker has precached the app once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await page.getByRole('status').filter({ hasText: 'ready to work offline' }).waitFor();

    await context.setOffline(true);
    await page.reload();
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    await page.getByRole('link', { name: /Syria’s Alawite Mass Killings/ }).click();
    await page.getByText('Original Source: www.independent.co.uk').waitFor();
    await context.close();
  });
});
