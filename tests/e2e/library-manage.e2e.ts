import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest, libraryReady, openApp } from './browser';

const app = freshAppForEachTest({ ready: libraryReady });

const rows = () =>
  app.page.getByRole('table', { name: 'Documents in your library' }).getByRole('row');

describe('managing the library', () => {
  it('searches the full text and filters by outlet', async () => {
    await app.page.getByLabel('Search titles and text').fill('Khmeimim Air Base');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().nth(1).textContent()).toContain('More than 1,000 people');
    await app.page.getByLabel('Search titles and text').fill('');
    await app.page.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'SouthFront' });
    await expect.poll(() => rows().count()).toBe(2);
    await app.page.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'All outlets' });
    await app.page.getByLabel('Search titles and text').fill('no such words anywhere');
    await app.page.getByText('No document matches.').waitFor();
  });

  it('moves a document to the trash, undoes it, and restores from the trash', async () => {
    const title = 'Russia may work with US and Israel to build Alawite state in Syria';
    await app.page
      .getByRole('button', { name: `Delete “${title}” (move it to the trash)` })
      .click();
    await expect.poll(() => rows().count()).toBe(5);
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows().count()).toBe(6);

    await app.page
      .getByRole('button', { name: `Delete “${title}” (move it to the trash)` })
      .click();
    await app.page.getByRole('link', { name: 'Trash (1)' }).click();
    await app.page.getByRole('button', { name: `Restore “${title}”` }).click();
    await app.page.getByText('The trash is empty.').waitFor();
    await app.page.getByRole('link', { name: 'Back to the library' }).click();
    await expect.poll(() => rows().count()).toBe(6);
  });

  it('empties the trash only after asking', async () => {
    const title = 'Syria’s Alawite Mass Killings Continue Amid Political Turmoil';
    await app.page
      .getByRole('button', { name: `Delete “${title}” (move it to the trash)` })
      .click();
    await app.page.getByRole('link', { name: 'Trash (1)' }).click();
    await app.page.getByRole('button', { name: 'Empty the trash…' }).click();
    await app.page
      .getByRole('alertdialog', { name: 'Empty the trash?' })
      .getByRole('button', { name: 'Empty the trash' })
      .click();
    await app.page.getByText('Deleted 1 document for good.').waitFor();
    await app.page.reload();
    await app.page.getByText('The trash is empty.').waitFor();
  });
});

describe('the outlet registry', () => {
  it('records an affiliation with evidence, and shows the outlet’s documents', async () => {
    await app.page.getByRole('link', { name: 'SouthFront' }).first().click();
    await app.page.getByRole('heading', { level: 1, name: 'SouthFront' }).waitFor();
    await app.page.getByLabel('Affiliation').selectOption('state-affiliated');
    await app.page.getByLabel('Link').fill('javascript:alert(1)');
    await app.page.getByRole('button', { name: 'Add evidence' }).click();
    await app.page.getByRole('alert').filter({ hasText: 'http:// or https://' }).waitFor();
    await app.page.getByLabel('Link').fill('https://example.org/report');
    await app.page.getByLabel('What it shows').fill('A report');
    await app.page.getByRole('button', { name: 'Add evidence' }).click();
    const link = app.page.getByRole('link', { name: 'A report' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await app.page.getByRole('link', { name: /More than 1,000 people/ }).count()).toBe(1);

    await app.page.goto(app.page.url().replace(/#.*$/, '#/'));
    await app.page.getByRole('table').getByText('State-affiliated').waitFor();
  });

  it('exports the registry and imports it elsewhere; a bad file changes nothing', async () => {
    await app.page.getByRole('link', { name: 'Outlets' }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Export the registry' }).click(),
    ]);
    const exported = join(tmpdir(), `slant-outlets-${Date.now()}.json`);
    await download.saveAs(exported);

    const other = await app.browser.newContext();
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
