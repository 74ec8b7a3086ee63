import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { selectPhrase } from './text-selection';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext();
  ({ page } = await openApp(context, '#/settings'));
  await page.getByRole('heading', { name: 'Tags' }).waitFor();
});
afterEach(async () => context?.close());

const tagGroup = (name: string) => page.getByRole('group', { name });

describe('the taxonomy editor', () => {
  it('renames and re-keys a tag, and the editor’s toolbar follows', async () => {
    const group = tagGroup('Loaded language');
    await group.getByLabel('Name').fill('Charged words');
    await group.getByLabel('Name').blur();
    await tagGroup('Charged words').getByLabel('Key').fill('c');
    await tagGroup('Charged words').getByLabel('Key').blur();

    await tagGroup('Unattributed claim').getByLabel('Key').fill('c');
    await tagGroup('Unattributed claim').getByLabel('Key').blur();
    await page.getByRole('alert').filter({ hasText: '“c” already tags Charged words.' }).waitFor();

    await page.goto(page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(page, 'blood-curdling');
    const toolbar = page.getByRole('toolbar', { name: 'Tag “blood-curdling”' });
    expect(await toolbar.getByRole('button', { name: /Charged words/ }).textContent()).toContain(
      'c',
    );
    await page.keyboard.press('c');
    await page.locator('.highlight', { hasText: 'blood-curdling' }).waitFor();
  });

  it('adds the 14 SemEval techniques once, and a tag of one’s own', async () => {
    await page.getByLabel('Preset').selectOption('semeval-2020');
    await page.getByRole('button', { name: 'Add the preset’s tags' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 14 tags' }).waitFor();
    expect(await page.locator('.tag-row').count()).toBe(17);
    await page.getByRole('button', { name: 'Add the preset’s tags' }).click();
    await page.getByRole('status').filter({ hasText: 'already here' }).waitFor();

    await page.getByLabel('New tag').fill('Emotional appeal');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await tagGroup('Emotional appeal').waitFor();
    expect(await page.locator('.tag-row').count()).toBe(18);
  });

  it('asks before deleting a tag in use, and keeps its annotations', async () => {
    await page.goto(page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(page, 'Hezbollah');
    await page.keyboard.press('3');
    await page.locator('.highlight', { hasText: 'Hezbollah' }).waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    const group = tagGroup('Outlet affiliation');
    await group.getByRole('button', { name: 'Delete Outlet affiliation' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Outlet affiliation?' });
    expect(await confirm.textContent()).toContain('One annotation carries');
    await confirm.getByRole('button', { name: 'Delete the tag, keep the annotations' }).click();
    await expect.poll(() => page.locator('.tag-row').count()).toBe(2);

    await page.goBack();
    const item = page
      .getByRole('region', { name: /^Annotations/ })
      .getByRole('button', { name: /Hezbollah/ });
    expect(await item.textContent()).toContain('outlet-affiliation (deleted tag)');
    await page.locator('.highlight', { hasText: 'Hezbollah' }).waitFor();
  });

  it('keeps the annotator’s name and stamps it on new annotations', async () => {
    await page.getByLabel('Your name, stamped on each annotation you make').fill('Ms Rivera');
    await page.getByLabel('Your name, stamped on each annotation you make').blur();
    await page.goto(page.url().replace('#/settings', '#/doc/seed-000_da10e5d0690c0007'));
    await page.locator('[data-slate-editor="true"]').waitFor();
    expect(await page.getByRole('button', { name: 'Stay anonymous' }).count()).toBe(0);
    await selectPhrase(page, 'blood-curdling');
    await page.keyboard.press('1');
    await page.getByText('By Ms Rivera').waitFor();
  });
});
