import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openApp } from './browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => context?.close());

describe('a first visit', () => {
  it('shows the sample collection in the library, with no errors', async () => {
    const { page, errors } = await openApp(context);
    const table = page.getByRole('table', { name: 'Documents in your library' });
    await table.waitFor();
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await page.getByText("Syria's coast, March 2025.").count()).toBe(1);
    expect(
      await table.getByRole('row', { name: /More than 1,000 people/ }).textContent(),
    ).toContain('SouthFront');
    expect(errors).toEqual([]);
  });

  it('opens a document and shows its paragraphs, each with its own text direction', async () => {
    const { page } = await openApp(context);
    await page.getByRole('link', { name: /Russia may work with US and Israel/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /Russia may work with US and Israel/ })
      .waitFor();
    expect(new URL(page.url()).hash).toBe('#/doc/seed-002_7858cea97ce4f018');
    const paragraphs = page.locator('[data-slate-editor] p');
    expect(await paragraphs.count()).toBeGreaterThan(15);
    expect(await paragraphs.first().getAttribute('dir')).toBe('auto');
    await page.getByText('Bild quoted Senator Marco Rubio', { exact: false }).waitFor();
    await page.getByText('10 March 2025').waitFor();
  });

  it('adds nothing twice on reload, and opens a shared document link directly', async () => {
    const { page } = await openApp(context);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await rows.count()).toBe(6);

    await page.goto(`${baseUrl()}#/doc/seed-004_f9f508b3207d511e`);
    await page.getByRole('heading', { level: 1, name: /HORROR has been unfolding/ }).waitFor();
  });
});
