import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';
const TITLE = 'Alawites and Christians Slaughtered: Syrian Massacre Death Toll Reaches 7,000';

const app = freshAppForEachTest({
  hash: SEED_000,
  ready: (page) => page.locator('[data-slate-editor="true"]').waitFor(),
});

/** The first paragraph of the text a reader sees: its top on screen, and its words. */
const firstShown = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('[data-slate-editor] p')].find(
      (p) => p.getBoundingClientRect().height > 0,
    )!;
    return { top: shown.getBoundingClientRect().top, text: shown.textContent ?? '' };
  });

describe('the annotate view puts the text first', () => {
  for (const [width, height, most] of [
    [1280, 800, 360],
    [360, 740, 560],
  ] as const) {
    it(`starts the text within ${most} px of the top at ${width}×${height}, on a first visit`, async () => {
      await app.page.setViewportSize({ width, height });
      // The name question is still open: it is part of the first impression.
      await app.page.getByRole('button', { name: 'Stay anonymous' }).waitFor();
      const { top, text } = await firstShown(app.page);
      expect(top).toBeLessThanOrEqual(most);
      // The headline the text repeats is not shown twice.
      expect(text.trim()).not.toBe(TITLE);
      expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    });
  }

  it('keeps the text itself whole: the duplicated headline is only hidden', async () => {
    const text = await app.page.locator('[data-slate-editor]').textContent();
    expect(text?.startsWith(TITLE)).toBe(true);
  });

  it('folds details, exports and help into the document menu', async () => {
    const menu = app.page.getByRole('button', { name: 'Document menu' });
    expect(await app.page.getByRole('button', { name: 'CSV', exact: true }).count()).toBe(0);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await app.page.getByRole('button', { name: 'CSV', exact: true }).waitFor();
    await app.page.getByRole('button', { name: 'Edit details' }).waitFor();
    await app.page
      .getByText('Alt+↓ and Alt+↑ move between annotations', { exact: false })
      .waitFor();
    await app.page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Document',
    );
  });

  it('wraps a long unbroken title instead of running past the side', async () => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await app.page.evaluate(() => {
      document.querySelector('h1')!.textContent = 'Syria'.repeat(60);
    });
    const overflow = await app.page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      return h1.scrollWidth - h1.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
