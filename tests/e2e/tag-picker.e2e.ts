import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';
import { highlightTexts, selectPhrase } from './text-selection';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';

const app = freshAppForEachTest({
  hash: '#/settings',
  ready: (page) => page.getByRole('heading', { name: 'Tags' }).waitFor(),
});

/** Settings › Tags: adds the SemEval-2020 preset (16 tags in all), then opens a seed article. */
async function withSemEvalTags(page: Page) {
  await page.getByLabel('Preset').selectOption('semeval-2020');
  await page.getByRole('button', { name: 'Add the preset’s tags' }).click();
  await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  await page.goto(page.url().replace('#/settings', SEED_000));
  await page.getByRole('button', { name: 'Stay anonymous' }).click();
}

/** The picker's box and the page's width: nothing may stick out of the viewport. */
const fit = (page: Page) =>
  page.evaluate(() => {
    const picker = document.querySelector('[role="toolbar"][aria-label^="Tag “"]')!;
    const box = picker.getBoundingClientRect();
    return {
      left: box.left,
      right: box.right,
      viewport: document.documentElement.clientWidth,
      pageWidth: document.documentElement.scrollWidth,
    };
  });

describe('the tag picker by the selection', () => {
  for (const width of [360, 1280]) {
    it(`fits a 16-tag taxonomy in a ${width} px wide window, keys shown`, async () => {
      await app.page.setViewportSize({ width, height: 800 });
      await withSemEvalTags(app.page);
      await selectPhrase(app.page, 'blood-curdling massacre');
      const box = await fit(app.page);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.viewport);
      expect(box.pageWidth).toBeLessThanOrEqual(box.viewport);
      const picker = app.page.getByRole('toolbar', { name: 'Tag “blood-curdling massacre”' });
      // Every tag is there with its key, whether shown at once or after filtering.
      expect(await picker.locator('kbd').count()).toBe(16);
      expect(await picker.getByRole('button', { name: /Doubt/ }).textContent()).toMatch(/Doubt/);
    });
  }

  it('filters the tags as one types, and Enter tags with the first match', async () => {
    await withSemEvalTags(app.page);
    await selectPhrase(app.page, 'blood-curdling massacre');
    const picker = app.page.getByRole('toolbar', { name: 'Tag “blood-curdling massacre”' });
    await picker.getByRole('combobox', { name: 'Filter tags' }).fill('flag');
    await expect.poll(() => picker.getByRole('button').count()).toBe(1);
    await app.page.keyboard.press('Enter');
    const list = app.page.getByRole('region', { name: /^Annotations/ }).getByRole('list');
    await expect
      .poll(() => list.getByRole('button').first().textContent())
      .toContain('Flag-waving');
    expect(await highlightTexts(app.page)).toEqual(['blood-curdling massacre']);
  });

  it('moves between tags with the arrow keys', async () => {
    await withSemEvalTags(app.page);
    await selectPhrase(app.page, 'blood-curdling massacre');
    const picker = app.page.getByRole('toolbar', { name: 'Tag “blood-curdling massacre”' });
    await picker.getByRole('combobox', { name: 'Filter tags' }).focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    const focused = await app.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Unattributed claim');
    await app.page.keyboard.press('Enter');
    const list = app.page.getByRole('region', { name: /^Annotations/ }).getByRole('list');
    await expect
      .poll(() => list.getByRole('button').first().textContent())
      .toContain('Unattributed claim');
  });
});

describe('a tag key right after Shift+Arrow', () => {
  it('tags the selection as it is at the key press', async () => {
    await app.page.goto(app.page.url().replace('#/settings', SEED_000));
    await app.page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(app.page, 'blood-curdling');
    // No pause between the keys: the editor may not have heard of the last change yet.
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('1');
    await expect.poll(() => highlightTexts(app.page)).toEqual(['blood-curdling ma']);
  });
});
