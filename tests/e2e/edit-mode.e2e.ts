import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { selectPhrase, selectPhraseToEdit } from './text-selection';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext();
  ({ page } = await openApp(context, '#/doc/seed-000_da10e5d0690c0007'));
  await page.locator('[data-slate-editor="true"]').waitFor();
  await page.getByRole('button', { name: 'Stay anonymous' }).click();
});
afterEach(async () => context?.close());

const editor = () => page.locator('[data-slate-editor="true"]');
const highlight = (text: string) =>
  page.locator('[data-slate-editor] .highlight', { hasText: text });

describe('edit mode', () => {
  it('moves highlights with edits, orphans a deleted one, and saves both', async () => {
    await selectPhrase(page, 'blood-curdling');
    await page.keyboard.press('1');
    await selectPhrase(page, 'staggering death toll');
    await page.keyboard.press('1');
    await highlight('staggering death toll').waitFor();

    const toggle = page.getByRole('button', { name: 'Edit text' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Clean up boilerplate before the first highlight: it must stay on its words.
    await selectPhraseToEdit(page, 'Ernie Stanton · 17 days ago · 3 minutes read');
    await page.keyboard.press('Backspace');
    await selectPhraseToEdit(page, 'A blood-curdling');
    await page.keyboard.type('A gruesome');
    expect(await highlight('gruesome').count()).toBe(0); // its text was replaced
    await selectPhraseToEdit(page, 'reported a staggering');
    await page.keyboard.type('reported a truly staggering');
    await expect.poll(() => highlight('staggering death toll').count()).toBe(1);

    await page.getByText('all changes saved').waitFor();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await page.reload();
    await editor().waitFor();
    expect(await editor().textContent()).toContain('reported a truly staggering death toll');
    expect(await editor().textContent()).toContain('A gruesome massacre');
    expect(await editor().textContent()).not.toContain('17 days ago');
    await highlight('staggering death toll').waitFor();
    const orphans = page.getByRole('region', { name: /^Orphaned/ });
    expect(await orphans.getByRole('button').textContent()).toContain('blood-curdling');
  });

  it('re-attaches an orphan to a new selection', async () => {
    await selectPhrase(page, 'horrific');
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Edit text' }).click();
    await selectPhraseToEdit(page, 'A horrific massacre');
    await page.keyboard.type('A massacre');
    await page.getByText('all changes saved').waitFor();
    await page.getByRole('button', { name: 'Edit text' }).click();

    const orphans = page.getByRole('region', { name: /^Orphaned/ });
    await orphans.getByRole('button', { name: /horrific/ }).click();
    await selectPhrase(page, 'brutality');
    await page.getByRole('button', { name: 'Re-attach to the selection' }).click();
    await highlight('brutality').waitFor();
    await expect.poll(() => orphans.count()).toBe(0);
  });
});
