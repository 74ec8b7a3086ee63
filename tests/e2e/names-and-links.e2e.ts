/**
 * Links and names from files, in the real browser: a `data:`, `vbscript:` or `javascript:`
 * evidence link restored from a backup is never clickable, and a title holding a right-to-left
 * override is isolated where it is shown and flagged in the import preview.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/content-hash';
import { toBackup } from '../../src/io/backup';
import { freshAppForEachTest, libraryReady } from './browser';

const app = freshAppForEachTest({ hash: '#/', ready: libraryReady });

const TEXT = 'Officials denied the report.\nThe ministry said it would investigate.';
const TRICK = 'Quarterly report \u202Efdp.exe';

async function backupFile(): Promise<string> {
  const text = toBackup({
    documents: [
      {
        id: 'doc-trick',
        title: TRICK,
        text: TEXT,
        outletId: 'outlet-odd',
        importedAt: '2025-03-08T09:00:00.000Z',
        contentHash: await contentHash(TEXT),
        collectionIds: [],
      },
    ],
    annotations: [],
    tags: [],
    collections: [],
    outlets: [
      {
        id: 'outlet-odd',
        name: 'Odd Outlet',
        aliases: [],
        domains: ['odd.example'],
        affiliation: 'unknown',
        evidence: [
          { url: 'https://example.org/filing', label: 'Ownership filing' },
          { url: 'data:text/html,<script>alert(1)</script>', label: 'Data link' },
          { url: 'vbscript:msgbox(1)', label: 'VBScript link' },
          { url: 'javascript:alert(1)', label: 'Script link' },
        ],
      },
    ],
  });
  const path = join(tmpdir(), `slant-names-${Date.now()}.json`);
  await writeFile(path, text);
  return path;
}

describe('links and names from files', () => {
  it('makes only http(s) evidence links clickable, and isolates a title with a direction override', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Restore a backup…').setInputFiles(await backupFile());
    const summary = page.getByRole('region', { name: 'Backup to restore' });
    await summary.getByText('documents[0].title: holds invisible direction controls').waitFor();
    await summary.getByRole('button', { name: 'Merge into this library' }).click();
    await page.getByRole('table', { name: 'What the restore did' }).waitFor();

    await page.goto(page.url().replace(/#.*$/, '#/outlets/outlet-odd'));
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByText('Ownership filing').waitFor();
    const links = evidence.getByRole('link');
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute('href')).toBe('https://example.org/filing');
    for (const label of ['Data link', 'VBScript link', 'Script link'])
      await evidence.getByText(label, { exact: true }).waitFor();
    expect(await evidence.getByText(/not a web address, so not opened/).count()).toBe(3);
    await evidence.screenshot({ path: join(tmpdir(), 'slant-evidence.png') });

    await page.goto(page.url().replace(/#.*$/, '#/'));
    const title = page.getByRole('link', { name: TRICK });
    await title.waitFor();
    expect(await title.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  });

  it('flags direction controls in an import preview', async () => {
    const { page } = app;
    await page.goto(page.url().replace(/#.*$/, '#/import'));
    await page
      .getByLabel(/Or paste an article’s text/)
      .fill(`${TRICK}\nAnd a first paragraph of the pasted article.`);
    await page.getByRole('button', { name: 'Preview the pasted text' }).click();
    const note = page.getByRole('note').filter({ hasText: 'invisible direction controls' });
    await note.waitFor();
    expect(await note.textContent()).toContain('right-to-left override (U+202E)');
    await page
      .locator('.import-draft')
      .first()
      .screenshot({ path: join(tmpdir(), 'slant-import-bidi.png') });
  });
});
