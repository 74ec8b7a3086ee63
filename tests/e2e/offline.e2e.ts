import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('offline', () => {
  it('reloads and opens documents and every section with the network off after the first visit', async () => {
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
    // Each section's code loads when first opened: the service worker must have precached it.
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of ['Outlets', 'Compare', 'Class', 'Settings']) {
      await nav.getByRole('link', { name: section, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${section}`) }).waitFor();
    }
    await context.close();
  });
});
