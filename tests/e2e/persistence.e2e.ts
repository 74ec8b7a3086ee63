import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { selectPhrase } from './text-selection';

const SEED_002 = '#/doc/seed-002_7858cea97ce4f018';

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

describe('work is never lost', () => {
  it('keeps two tabs on the same document in step', async () => {
    const { page: first } = await openApp(context, SEED_002);
    await first.getByRole('button', { name: 'Stay anonymous' }).click();
    const { page: second } = await openApp(context, SEED_002);
    await second.locator('[data-slate-editor="true"]').waitFor();

    await selectPhrase(first, 'terrorist president');
    await first.keyboard.press('1');
    await second.locator('.highlight', { hasText: 'terrorist president' }).waitFor();
    const list = second.getByRole('region', { name: /^Annotations/ }).getByRole('button');
    await expect.poll(() => list.count()).toBe(1);
  });

  it('saves a note still being typed when the page is hidden or closed', async () => {
    const { page: writer } = await openApp(context, SEED_002);
    await writer.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(writer, 'Jihadists');
    await writer.keyboard.press('1');
    const note = writer.getByRole('region', { name: 'Annotation', exact: true }).getByLabel('Note');
    await note.click();
    await writer.keyboard.type('Labels a whole group');
    // What the browser sends as the tab goes away; the field keeps its focus, so no blur saves it.
    await writer.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));

    const { page: reader } = await openApp(context, SEED_002);
    const item = reader
      .getByRole('region', { name: /^Annotations/ })
      .getByRole('button', { name: /Jihadists/ });
    await expect.poll(() => item.textContent()).toContain('Labels a whole group');
  });
});
