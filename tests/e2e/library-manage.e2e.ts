import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  context = await browser.newContext({ acceptDownloads: true });
  ({ page } = await openApp(context));
  await page.getByRole('table').waitFor();
});
afterEach(async () => context?.close());

const rows = () => page.getByRole('table', { name: 'Documents in your library' }).getByRole('row');

describe('managing the library', () => {
  it('searches the full text and filters by outlet', async () => {
    await page.getByLabel('Search titles and text').fill('Khmeimim Air Base');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().nth(1).textContent()).toContain('More than 1,000 people');
    await page.getByLabel('Search titles and text').fill('');
    await page.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'SouthFront' });
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'All outlets' });
    await page.getByLabel('Search titles and text').fill('no such words anywhere');
    await page.getByText('No document matches.').waitFor();
  });

  it('moves a document to the trash, undoes it, and restores from the trash', async () => {
    const title = 'Russia may work with US and Israel to build Alawite state in Syria';
    await page.getByRole('button', { name: `Move “${title}” to the trash` }).click();
    await expect.poll(() => rows().count()).toBe(5);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows().count()).toBe(6);

    await page.getByRole('button', { name: `Move “${title}” to the trash` }).click();
    await page.getByRole('link', { name: 'Trash (1)' }).click();
    await page.getByRole('button', { name: `Restore “${title}”` }).click();
    await page.getByText('The trash is empty.').waitFor();
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect.poll(() => rows().count()).toBe(6);
  });

  it('empties the trash only after asking', async () => {
    const title = 'Syria’s Alawite Mass Killings Continue Amid Political Turmoil';
    await page.getByRole('button', { name: `Move “${title}” to the trash` }).click();
    await page.getByRole('link', { name: 'Trash (1)' }).click();
    await page.getByRole('button', { name: 'Empty the trash…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Empty the trash?' })
      .getByRole('button', { name: 'Empty the trash' })
      .click();
    await page.getByText('Deleted 1 document for good.').waitFor();
    await page.reload();
    await page.getByText('The trash is empty.').waitFor();
  });
});

describe('the outlet registry', () => {
  it('records an affiliation with evidence, and shows the outlet’s documents', async () => {
    await page.getByRole('link', { name: 'SouthFront' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'SouthFront' }).waitFor();
    await page.getByLabel('Affiliation').selectOption('state-affiliated');
    await page.getByLabel('Link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('alert').filter({ hasText: 'http:// or https://' }).waitFor();
    await page.getByLabel('Link').fill('https://example.org/report');
    await page.getByLabel('What it shows').fill('A report');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const link = page.getByRole('link', { name: 'A report' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByRole('link', { name: /More than 1,000 people/ }).count()).toBe(1);

    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.getByRole('table').getByText('State-affiliated').waitFor();
  });

  it('exports the registry and imports it elsewhere; a bad file changes nothing', async () => {
    await page.getByRole('link', { name: 'Outlets' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the registry' }).click(),
    ]);
    const exported = join(tmpdir(), `slant-outlets-${Date.now()}.json`);
    await download.saveAs(exported);

    const other = await browser.newContext();
    const { page: fresh } = await openApp(other, '#/outlets');
    await fresh.getByRole('table').waitFor();
    const bad = join(tmpdir(), `bad-${Date.now()}.json`);
    await writeFile(bad, '{"format":"slant-outlet-registry","version":1,"outlets":[{"id":"x"}]}');
    await fresh.getByLabel('Import a registry…').setInputFiles(bad);
    await fresh.getByRole('alert').filter({ hasText: 'Nothing was changed.' }).waitFor();
    await fresh.getByLabel('Import a registry…').setInputFiles(exported);
    await fresh.getByRole('status').filter({ hasText: 'added 0 and updated 1 outlets' }).waitFor();
    await other.close();
  });
});
