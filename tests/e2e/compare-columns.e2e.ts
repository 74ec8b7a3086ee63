import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';

const SAMPLE = '#/compare/collection/sample-syria-coast-2025-03';
const RUSSIA = 'Russia may work with US and Israel to build Alawite state in Syria';
const INDEPENDENT = 'Syria’s Alawite Mass Killings Continue Amid Political Turmoil';

const app = freshAppForEachTest({
  hash: SAMPLE,
  ready: (page) => page.locator('.compare-column').first().waitFor(),
});

describe('Compare’s columns', () => {
  it('head an article with no outlet by its title, quietly, and let the reader set it', async () => {
    const headers = await app.page.locator('.compare-column-header').allTextContents();
    expect(headers.join(' ')).not.toContain('Outlet not set');
    const column = app.page.getByRole('region', { name: RUSSIA });
    expect(await column.locator('.compare-column-header').textContent()).toContain(
      'outlet not stated',
    );
    await column.getByLabel(`Outlet of “${RUSSIA}”`).selectOption({ label: 'SouthFront' });
    await expect
      .poll(() => column.locator('.compare-outlet').textContent())
      .toContain('SouthFront');
  });

  it('offer the outlet an article’s own text names, set only when the reader confirms it', async () => {
    const { page } = app;
    const column = page.getByRole('region', { name: INDEPENDENT });
    const offer = column.locator('.stated-origin');
    await offer.waitFor();
    expect(await offer.textContent()).toContain(
      'The text says: Original Source: www.independent.co.uk',
    );
    // Only a suggestion: the column still says no outlet is stated.
    expect(await column.locator('.compare-outlet').textContent()).toContain('outlet not stated');
    expect(await page.getByRole('region', { name: RUSSIA }).locator('.stated-origin').count()).toBe(
      0,
    );
    await column.getByRole('button', { name: /^Set The Independent as the outlet/ }).click();
    await expect
      .poll(() => column.locator('.compare-outlet strong').textContent())
      .toBe('The Independent');
    expect(await column.locator('.stated-origin').count()).toBe(0);
    // The registry gained the outlet, with no judgment of its own.
    await page.goto(page.url().replace(SAMPLE, '#/outlets'));
    await page.getByText('The Independent').first().waitFor();
  });

  it('keep a readable width, and say when more columns lie to the right', async () => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    const widths = await app.page
      .locator('.compare-column')
      .evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(280);
    const cue = app.page.getByText(/more articles to the right/i);
    await cue.waitFor();
    expect(await cue.isVisible()).toBe(true);
  });

  it('can be chosen from the keyboard, and the choice is kept for this comparison', async () => {
    const { page } = app;
    const columns = () => page.locator('.compare-column').count();
    expect(await columns()).toBe(5);
    const summary = page.getByText('Columns: 5 of 5 shown');
    await summary.focus();
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('group', { name: 'Show these articles side by side' });
    const boxes = chooser.getByRole('checkbox');
    expect(await boxes.count()).toBe(5);
    // Leave out the second, third and fourth: Space on each, from the keyboard.
    for (const index of [1, 2, 3]) {
      await boxes.nth(index).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(columns).toBe(2);
    await page.getByText('Columns: 2 of 5 shown').waitFor();
    // The figures still cover every article.
    expect(
      await page
        .getByRole('table', { name: /Figures per article/ })
        .getByRole('row')
        .count(),
    ).toBe(6);
    await page.reload();
    await page.locator('.compare-column').first().waitFor();
    expect(await columns()).toBe(2);
    // The last column shown cannot be hidden.
    await page.getByText('Columns: 2 of 5 shown').click();
    await boxes.nth(0).uncheck();
    expect(await boxes.nth(4).isDisabled()).toBe(true);
    expect(await columns()).toBe(1);
  });

  it('name the sample collection with one kind of apostrophe', async () => {
    await app.page.goto(app.page.url().replace(SAMPLE, '#/collections'));
    const card = app.page.getByRole('region', { name: /Syria.s coast, March 2025/ });
    const name = await card.getByLabel('Name').inputValue();
    const description = await card.getByLabel('Description').inputValue();
    const apostrophes = (s: string) => new Set(s.match(/['’]/g));
    expect([...apostrophes(name + description)]).toHaveLength(1);
  });

  it('head the claims CSV’s columns by outlet or title, never by a document id', async () => {
    const offer = app.page.getByRole('region', { name: 'Suggested claim: Death toll' });
    await offer.getByRole('button', { name: 'Add this claim' }).click();
    const [file] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download claims (CSV)' }).click(),
    ]);
    const header = (await readFile((await file.path())!, 'utf8')).split(/\r?\n/)[0]!;
    expect(header).not.toMatch(/seed-\d/);
    expect(header).toContain('SouthFront: wording');
    expect(header).toContain(`${RUSSIA}: wording`);
  });
});
