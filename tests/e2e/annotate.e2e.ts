import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { selectPhrase } from './text-selection';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext();
  ({ page } = await openApp(context, SEED_000));
  await page.locator('[data-slate-editor="true"]').waitFor();
  await page.getByRole('button', { name: 'Stay anonymous' }).click();
});
afterEach(async () => context?.close());

const list = () => page.getByRole('region', { name: /^Annotations/ }).getByRole('list');
const items = () => list().getByRole('button');
const highlight = (text: string) =>
  page.locator('[data-slate-editor] .highlight', { hasText: text });

describe('annotating a seed article', () => {
  it('tags a selection by key, draws it with the tag’s colour and underline, and lists it', async () => {
    await selectPhrase(page, 'blood-curdling massacre');
    await page.keyboard.press('1');
    await highlight('blood-curdling massacre').first().waitFor();
    const style = await highlight('blood-curdling massacre')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationStyle);
    expect(style).toBe('wavy');
    expect(await items().count()).toBe(1);
    expect(await items().first().textContent()).toContain('Loaded language');
    expect(await items().first().textContent()).toContain('blood-curdling massacre');
  });

  it('tags by the toolbar, records who should be cited, and keeps it after a reload', async () => {
    await selectPhrase(
      page,
      'Reports suggest that Israeli and Russian officials have met to discuss the possibility',
    );
    await page
      .getByRole('toolbar', { name: /^Tag “Reports suggest/ })
      .getByRole('button', { name: /Unattributed claim/ })
      .click();
    const details = page.getByRole('region', { name: 'Annotation', exact: true });
    await details.waitFor();
    await details.getByLabel('Who should be cited?').fill('the officials, by name');
    await details.getByLabel('Note').fill('No source for the meeting.');
    await details.getByLabel('Note').blur();
    await expect.poll(() => items().first().textContent()).toContain('No source for the meeting.');

    await page.reload();
    await highlight('Reports suggest').first().waitFor();
    await items().first().click();
    await expect
      .poll(() => page.getByLabel('Who should be cited?').inputValue())
      .toBe('the officials, by name');
  });

  it('lets highlights nest, shows all on hover, and picks the smallest on click', async () => {
    await selectPhrase(page, 'A horrific massacre of Alawites and Christians');
    await page.keyboard.press('2');
    await expect.poll(() => items().count()).toBe(1);
    await selectPhrase(page, 'horrific');
    await page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(2);

    const inner = page.locator('[data-slate-editor] .highlight[data-overlap="2"]', {
      hasText: 'horrific',
    });
    await inner.waitFor();
    await inner.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.textContent()).toContain('Loaded language');
    expect(await card.textContent()).toContain('Unattributed claim');

    await inner.click();
    const details = page.getByRole('region', { name: 'Annotation', exact: true });
    expect(await details.locator('blockquote').textContent()).toBe('horrific');
  });

  it('deletes, undoes and redoes from the keyboard', async () => {
    await selectPhrase(page, 'staggering death toll');
    await page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(1);
    await page.getByRole('button', { name: 'Delete annotation' }).click();
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);

    await page.locator('[data-slate-editor="true"]').focus();
    await page.keyboard.press('Control+z');
    await highlight('staggering death toll').first().waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Undone: create annotation.' }).waitFor();
  });

  it('ignores a tag key with nothing selected, and never changes the text', async () => {
    const editor = page.locator('[data-slate-editor="true"]');
    const before = await editor.textContent();
    await editor.focus();
    await page.keyboard.press('1');
    await page.getByText('Select a passage first').waitFor();
    await page.keyboard.type('xyz');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    expect(await editor.textContent()).toBe(before);
    expect(await items().count()).toBe(0);
  });

  it('filters the list by tag and text, and jumps from the list to the passage', async () => {
    await selectPhrase(page, 'blood-curdling');
    await page.keyboard.press('1');
    await expect.poll(() => items().count()).toBe(1);
    await selectPhrase(page, 'Reports suggest');
    await page.keyboard.press('2');
    await expect.poll(() => items().count()).toBe(2);

    const panel = page.getByRole('region', { name: /^Annotations/ });
    await panel.getByLabel('Tag').selectOption('unattributed-claim');
    expect(await items().count()).toBe(1);
    await panel.getByLabel('Tag').selectOption('');
    await panel.getByLabel('Search').fill('blood');
    expect(await items().count()).toBe(1);

    await items().first().click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe('blood-curdling');
  });
});
