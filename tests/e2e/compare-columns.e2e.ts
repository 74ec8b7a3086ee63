import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';

const SAMPLE = '#/compare/collection/sample-syria-coast-2025-03';
const RUSSIA = 'Russia may work with US and Israel to build Alawite state in Syria';

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

  it('name the sample collection with one kind of apostrophe', async () => {
    await app.page.goto(app.page.url().replace(SAMPLE, '#/collections'));
    const card = app.page.getByRole('region', { name: /Syria.s coast, March 2025/ });
    const name = await card.getByLabel('Name').inputValue();
    const description = await card.getByLabel('Description').inputValue();
    const apostrophes = (s: string) => new Set(s.match(/['’]/g));
    expect([...apostrophes(name + description)]).toHaveLength(1);
  });
});
