import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorReadyAnonymously, freshAppForEachTest, openApp } from './browser';
import { selectPhrase } from './text-selection';

const SEED_002 = '#/doc/seed-002_7858cea97ce4f018';
const app = freshAppForEachTest({ hash: SEED_002, ready: editorReadyAnonymously });

async function download(page: Page, button: string, scope = page): Promise<string> {
  // In the annotate view the exports are in the document menu.
  const menu = page.getByRole('button', { name: 'Document menu' });
  if ((await menu.count()) > 0 && (await menu.getAttribute('aria-expanded')) === 'false') {
    await menu.click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(tmpdir(), `slant-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function annotateTwo(page: Page) {
  await selectPhrase(page, 'terrorist president');
  await page.keyboard.press('1');
  const details = page.getByRole('region', { name: 'Annotation', exact: true });
  await details.getByLabel('Note').fill('A label, not a description.');
  await details.getByLabel('Note').blur();
  await selectPhrase(page, 'It is estimated that around 7,000 Alawites and Christians');
  await page.keyboard.press('2');
  await details.getByLabel('Who should be cited?').fill('the camp’s administrators');
  await details.getByLabel('Who should be cited?').blur();
  await expect
    .poll(() =>
      page
        .getByRole('region', { name: /^Annotations/ })
        .getByRole('listitem')
        .count(),
    )
    .toBe(2);
}

describe('exchange', () => {
  it('backs up, and restores into an empty browser exactly', async () => {
    const { page } = app;
    await annotateTwo(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    const backup = await download(page, 'Download a backup');
    const text = await readFile(backup, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'slant-backup', version: 4 });

    const other = await app.browser.newContext();
    const { page: fresh } = await openApp(other, '#/settings');
    await fresh.getByLabel('Restore a backup…').setInputFiles(backup);
    const summary = fresh.getByRole('region', { name: 'Backup to restore' });
    await summary.getByText('2 annotations').waitFor();
    // What a merge would change is counted after the summary shows: into an empty browser,
    // both annotations would be added.
    await summary.getByText(/^Merging, annotations: 2 new/).waitFor();
    await summary.getByRole('button', { name: 'Replace everything…' }).click();
    await summary.getByRole('button', { name: 'Replace everything', exact: true }).click();
    await fresh.getByRole('table', { name: 'What the restore did' }).waitFor();

    await fresh.goto(fresh.url().replace(/#.*$/, SEED_002));
    await fresh.locator('.highlight', { hasText: 'terrorist president' }).waitFor();
    await fresh.getByRole('button', { name: /terrorist president/ }).click();
    await expect
      .poll(() => fresh.getByLabel('Note').inputValue())
      .toBe('A label, not a description.');
    await other.close();
  });

  it('reminds the user of annotations no backup holds, until one is downloaded', async () => {
    const { page } = app;
    await annotateTwo(page);
    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByText('2 annotations are only in this browser').waitFor();
    await page.getByRole('link', { name: 'Download a backup' }).click();
    await download(page, 'Download a backup');
    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.getByText('only in this browser').count()).toBe(0);
  });

  it('refuses a broken backup and changes nothing', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    const broken = join(tmpdir(), `broken-${Date.now()}.json`);
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(broken, '{"format":"slant-backup","version":1,"documents":[{"id":'),
    );
    await page.getByLabel('Restore a backup…').setInputFiles(broken);
    await page.getByRole('alert').filter({ hasText: 'Nothing was changed.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Backup to restore' }).count()).toBe(0);
  });

  it('exports W3C annotations that another browser imports onto the same document', async () => {
    const { page } = app;
    await annotateTwo(page);
    const w3c = await download(page, 'W3C annotations');
    const json = JSON.parse(await readFile(w3c, 'utf8'));
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(2);

    const other = await app.browser.newContext();
    const { page: fresh } = await openApp(other, '#/settings');
    await fresh.getByLabel('Import annotations…').setInputFiles(w3c);
    const summary = fresh.getByRole('region', { name: 'Annotations to import' });
    await summary.getByText('2 placed on their passage').waitFor();
    await summary.getByText('Annotations: 2 new.').waitFor();
    // Into the user's own layer, which the annotate view edits and shows.
    await summary.getByRole('combobox').selectOption({ label: 'My annotations' });
    await summary.getByRole('button', { name: 'Import' }).click();
    await fresh.goto(fresh.url().replace(/#.*$/, SEED_002));
    await fresh.locator('.highlight', { hasText: 'terrorist president' }).waitFor();
    await fresh.locator('.highlight', { hasText: 'It is estimated' }).first().waitFor();
    await other.close();
  });

  it('re-importing an older W3C file keeps a later edit and does not bring back a deleted one', async () => {
    const { page } = app;
    await annotateTwo(page);
    const w3c = await download(page, 'W3C annotations');
    // After the file was written: the second annotation deleted, the first one's note edited.
    await page.getByRole('button', { name: 'Delete annotation' }).click();
    await page.getByRole('button', { name: /terrorist president/ }).click();
    const details = page.getByRole('region', { name: 'Annotation', exact: true });
    await details.getByLabel('Note').fill('My later note.');
    await details.getByLabel('Note').blur();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Import annotations…').setInputFiles(w3c);
    const summary = page.getByRole('region', { name: 'Annotations to import' });
    await summary
      .getByText('Annotations: 1 kept (yours is newer), 1 not restored (you deleted it).')
      .waitFor();
    expect(await summary.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);

    await page.goto(page.url().replace(/#.*$/, SEED_002));
    await page.getByRole('button', { name: /terrorist president/ }).click();
    await expect.poll(() => page.getByLabel('Note').inputValue()).toBe('My later note.');
    await expect
      .poll(() => page.locator('.highlight', { hasText: 'It is estimated' }).count())
      .toBe(0);
  });

  it('keeps Hypothesis annotations of a page not in the library in Unplaced, until placed on an article', async () => {
    const { page } = app;
    const elsewhere = 'https://news.example.org/2025/03/coast';
    const file = join(tmpdir(), `slant-${Date.now()}-hypothesis.json`);
    await writeFile(
      file,
      JSON.stringify({
        total: 1,
        rows: [
          {
            id: 'h-1',
            uri: elsewhere,
            text: 'Emotive framing.',
            tags: ['Loaded language'],
            target: [
              {
                source: elsewhere,
                selector: [{ type: 'TextQuoteSelector', exact: 'words from a page never seen' }],
              },
            ],
            created: '2025-03-10T10:00:00.000Z',
            updated: '2025-03-10T10:00:00.000Z',
          },
          {
            id: 'h-2',
            uri: elsewhere,
            text: 'The whole piece rests on one unnamed source.',
            tags: [],
            target: [{ source: elsewhere }],
            created: '2025-03-10T10:05:00.000Z',
            updated: '2025-03-10T10:05:00.000Z',
          },
        ],
      }),
    );
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Import annotations…').setInputFiles(file);
    const summary = page.getByRole('region', { name: 'Annotations to import' });
    await summary.getByText(/2 wait for their article in Unplaced/).waitFor();
    await summary.getByRole('combobox').selectOption({ label: 'My annotations' });
    await summary.getByRole('button', { name: 'Import' }).click();
    await page.getByText(/2 wait in Unplaced/).waitFor();

    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('link', { name: /^Unplaced \(2/ }).click();
    const group = page.getByRole('region', { name: `From ${elsewhere}` });
    await group.getByText('words from a page never seen').waitFor();
    await group.getByText('Emotive framing.').waitFor();
    await group.getByText('A note on the whole page').waitFor();
    // Placed from the keyboard on the article the user chooses.
    const chooser = group.getByLabel('Put them on');
    await chooser.focus();
    await chooser.selectOption({
      label: 'Russia may work with US and Israel to build Alawite state in Syria',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/^Placed 1 annotation and 1 page note on/).waitFor();
    await page.getByText('Nothing is waiting').waitFor();

    // Its quote is not in that article: it is kept there as an orphan, with its note.
    await page.goto(page.url().replace(/#.*$/, SEED_002));
    await page.getByText('words from a page never seen').first().waitFor();
    const notes = page.getByRole('region', { name: /Notes on the whole article/ });
    await notes.getByText('The whole piece rests on one unnamed source.').waitFor();
  });

  it('exports CSV and a printable report of a document', async () => {
    const { page } = app;
    await annotateTwo(page);
    const csv = await readFile(await download(page, 'CSV'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('quote');
    expect(csv).toContain('terrorist president');
    const report = await readFile(await download(page, 'Printable report'), 'utf8');
    expect(report).not.toContain('<script');
    expect(report).toContain('A label, not a description.');
    expect(report).toContain('the camp’s administrators');

    const view = await app.context.newPage();
    await view.setContent(report);
    await view
      .getByRole('heading', { name: /Russia may work with US and Israel/ })
      .first()
      .waitFor();
    expect(await view.locator('mark').count()).toBeGreaterThanOrEqual(2);
  });
});
