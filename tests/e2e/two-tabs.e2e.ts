import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, editorReadyAnonymously, freshAppForEachTest } from './browser';
import { selectPhrase } from './text-selection';

/**
 * The annotate view reads a document's annotations once, then only what each write changed
 * (not a live query over all of them): what another tab does must still show, without a reload.
 */
const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';
const PHRASE = 'blood-curdling massacre';

const app = freshAppForEachTest({ hash: SEED_000, ready: editorReadyAnonymously });

const items = (page: Page) =>
  page
    .getByRole('region', { name: /^Annotations/ })
    .getByRole('list')
    .getByRole('button');
const highlights = (page: Page) =>
  page.locator('[data-slate-editor] .highlight', { hasText: PHRASE });

describe('an article open in two tabs', () => {
  it('shows an annotation made, changed and deleted in the other tab, without a reload', async () => {
    const first = app.page;
    await first.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    const second = await app.context.newPage();
    await second.goto(baseUrl() + SEED_000);
    await second.locator('[data-slate-editor="true"]').waitFor();

    await selectPhrase(second, PHRASE);
    await second.keyboard.press('1');
    await highlights(first).first().waitFor();
    await expect.poll(() => items(first).count()).toBe(1);
    expect(await items(first).first().textContent()).toContain('Loaded language');

    const details = second.getByRole('region', { name: 'Annotation', exact: true });
    await details.getByLabel('Note').fill('Written in the other tab.');
    await details.getByLabel('Note').blur();
    await expect
      .poll(() => items(first).first().textContent())
      .toContain('Written in the other tab.');

    await second.getByRole('button', { name: 'Delete annotation' }).click();
    await expect.poll(() => highlights(first).count()).toBe(0);
    await expect.poll(() => items(first).count()).toBe(0);

    // Undo in the other tab brings it back here too.
    await second.locator('[data-slate-editor="true"]').focus();
    await second.keyboard.press('Control+z');
    await highlights(first).first().waitFor();
    await expect.poll(() => items(first).count()).toBe(1);

    expect(await first.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  });
});
