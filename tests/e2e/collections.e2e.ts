import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext();
  ({ page } = await openApp(context));
  await page.getByRole('table').waitFor();
});
afterEach(async () => context?.close());

const sample = () => page.getByRole('region', { name: "Syria's coast, March 2025" });

describe('documents and collections', () => {
  it('corrects a document’s details', async () => {
    await page.getByRole('link', { name: /More than 1,000 people/ }).click();
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Document details' });
    await form.getByLabel('Title').fill('SouthFront on the coastal killings');
    await form.getByLabel('Published').fill('2025-03-09');
    await form.getByLabel('Address (URL)').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save details' }).click();
    await form.getByRole('alert').filter({ hasText: 'http://' }).waitFor();
    await form.getByLabel('Address (URL)').fill('https://southfront.press/example');
    await form.getByRole('button', { name: 'Save details' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'SouthFront on the coastal killings' })
      .waitFor();
    await page.getByText('9 March 2025').waitFor();
  });

  it('creates a collection, orders documents, and moves one between collections', async () => {
    await page.getByRole('link', { name: 'Collections' }).click();
    const links = () => sample().getByRole('listitem').getByRole('link');
    expect(await links().first().textContent()).toContain('Alawites and Christians Slaughtered');
    await sample()
      .getByRole('button', { name: /^Move “Alawites and Christians Slaughtered.*” down$/ })
      .click();
    await expect
      .poll(() => links().nth(1).textContent())
      .toContain('Alawites and Christians Slaughtered');

    await page.getByLabel('New collection').fill('Wire copy');
    await page.getByRole('button', { name: 'Create collection' }).click();
    const wire = page.getByRole('region', { name: 'Wire copy' });
    await wire.waitFor();
    await sample()
      .getByRole('combobox', { name: /^Move “While I have been working.*” to another collection$/ })
      .selectOption({ label: 'Wire copy' });
    await wire.getByRole('link', { name: /While I have been working/ }).waitFor();
    await expect.poll(() => links().count()).toBe(4);

    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('table').waitFor();
    await page
      .getByRole('combobox', { name: 'Collection', exact: true })
      .selectOption({ label: 'Wire copy' });
    const rows = page.getByRole('table', { name: 'Documents in your library' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
  });
});
