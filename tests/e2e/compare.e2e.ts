import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppForEachTest } from './browser';
import { putClassmateLayer } from './classmate-layer';

const SAMPLE = '#/compare/collection/sample-syria-coast-2025-03';

const app = freshAppForEachTest({
  hash: SAMPLE,
  ready: (page) => page.locator('.compare-column').first().waitFor(),
});

/** Selects a phrase in one column's text, as a drag with the mouse would, and lets go. */
async function selectInColumn(page: Page, column: number, phrase: string) {
  await page.evaluate(
    ({ column, phrase }) => {
      const root = document.querySelectorAll('.read-only-text')[column] as HTMLElement;
      for (const p of root.querySelectorAll('p')) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const at = nodes
          .map((n) => n.data)
          .join('')
          .indexOf(phrase);
        if (at < 0) continue;
        const locate = (offset: number): [Text, number] => {
          let seen = 0;
          for (const n of nodes) {
            if (offset <= seen + n.data.length) return [n, offset - seen];
            seen += n.data.length;
          }
          throw new Error('offset past the paragraph');
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + phrase.length));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${phrase}” is not in column ${column}`);
    },
    { column, phrase },
  );
}

const bar = () => app.page.getByRole('form', { name: 'Add the passage to a claim' });
const matrix = () => app.page.getByRole('table', { name: 'Claims across the articles' });

describe('Compare on the sample collection', () => {
  it('sets the five articles side by side under a table of figures and a chart', async () => {
    expect(await app.page.locator('.compare-column').count()).toBe(5);
    const figures = app.page.getByRole('table', { name: /Figures per article/ });
    expect(await figures.getByRole('row').count()).toBe(6);
    expect(await figures.textContent()).toContain('SouthFront');
    const chart = app.page.getByRole('img', { name: /Loaded language, claims and sources/ });
    expect(await chart.count()).toBe(1);
  });

  it('downloads the chart as an SVG file and as a PNG image, and the figures as CSV', async () => {
    const save = async (button: string) => {
      const [file] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('button', { name: button }).click(),
      ]);
      const path = join(tmpdir(), `slant-${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(path);
      return { name: file.suggestedFilename(), bytes: await readFile(path) };
    };
    const png = await save('Download chart (PNG)');
    expect(png.name).toMatch(/-chart\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const svg = await save('Download chart (SVG)');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*>\n<svg [^>]*role="img"/);
    const csv = (await save('Download figures (CSV)')).bytes.toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(csv).toContain('SouthFront');
  });

  it('offers the death toll each article reports, with its source, as a claim to confirm', async () => {
    const offer = app.page.getByRole('region', { name: 'Suggested claim: Death toll' });
    await offer.waitFor();
    const text = (await offer.textContent()) ?? '';
    // The MEP who reported the toll is its source, and the SOHR is the SouthFront figure's.
    expect(text).toContain('potentially reaching 7,000');
    expect(text).toContain('Nikolas Farantouris');
    expect(text).toContain('More than 1,000');
    // The reader leaves one article out and renames the claim before adding it.
    await offer.getByRole('checkbox', { name: 'SouthFront' }).uncheck();
    await offer.getByLabel('Claim name').fill('Civilian death toll');
    await offer.getByRole('button', { name: 'Add this claim' }).click();

    const row = matrix().getByRole('row', { name: /Civilian death toll/ });
    await expect.poll(() => row.textContent()).toContain('Source: Nikolas Farantouris');
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toContain('Not stated');
    expect(cells[3]).toContain('over 1,200');
    expect(await offer.count()).toBe(0);
  });

  it('keeps the sources it found for the next visit: no need to work them out again', async () => {
    const offer = app.page.getByRole('region', { name: 'Suggested claim: Death toll' });
    await offer.waitFor();
    // Each article's sources are kept (in their own database) as the worker answers.
    const kept = () =>
      app.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('slant-derived');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('results')) return resolve(0);
              const count = db.transaction('results').objectStore('results').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
    await expect.poll(kept, { timeout: 15_000 }).toBe(5);
    // Next visit, with no worker to ask: the sources are still there.
    await app.page.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new Error('no background tasks in this test');
        }
      } as unknown as typeof Worker;
    });
    await app.page.reload();
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Nikolas Farantouris');
    expect(await app.page.getByText('Sources could not be found').count()).toBe(0);
  });

  it('builds a claim across two articles and shows each one’s figure in the matrix', async () => {
    await selectInColumn(app.page, 0, 'a staggering death toll, potentially reaching 7,000');
    await bar().getByLabel('Name of the new claim').fill('Death toll');
    await bar().getByRole('button', { name: 'Add to claim' }).click();
    await matrix().waitFor();

    await selectInColumn(app.page, 1, '745 civilians have been killed');
    await expect.poll(() => bar().getByLabel('Claim').inputValue()).not.toBe('');
    await bar().getByRole('button', { name: 'Add to claim' }).click();

    const row = matrix().getByRole('row', { name: /Death toll/ });
    await expect.poll(() => row.textContent()).toContain('745');
    // Sources come from the suggestion worker, a moment later.
    await row.getByText('Source: SOHR').waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('7,000');

    // The claim and its passages outlast a reload.
    await app.page.reload();
    await expect
      .poll(() =>
        matrix()
          .getByRole('row', { name: /Death toll/ })
          .textContent(),
      )
      .toContain('745');
  });

  it('selects a passage from the keyboard: a caret in the column, Shift+arrows, Enter to the bar', async () => {
    const { page } = app;
    const column = page.locator('.read-only-text').nth(3);
    await column.focus();
    // The caret starts the text; a word to the right, then twelve characters selected.
    await page.keyboard.press('Control+ArrowRight');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Shift+ArrowRight');
    const expected = await column.evaluate((root) => {
      const selection = getSelection()!;
      return root.contains(selection.anchorNode) ? selection.toString().trim() : '';
    });
    expect(expected.length).toBeGreaterThan(5);
    await bar().waitFor();
    expect(await bar().locator('q').textContent()).toBe(expected);
    // Typing changes nothing: the text is read-only.
    const before = await column.textContent();
    await page.keyboard.press('x');
    await page.keyboard.press('Backspace');
    expect(await column.textContent()).toBe(before);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-label')),
      )
      .toBe('Add the passage to a claim');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard claim');
    await page.keyboard.press('Enter');
    await matrix()
      .getByRole('row', { name: /Keyboard claim/ })
      .waitFor();
    expect(
      await matrix()
        .getByRole('row', { name: /Keyboard claim/ })
        .textContent(),
    ).toContain(expected);
  });

  it('creates a claim by name from the keyboard, empty until passages are linked', async () => {
    await app.page.getByLabel('New claim').fill('Who is to blame');
    await app.page.keyboard.press('Enter');
    const row = matrix().getByRole('row', { name: /Who is to blame/ });
    await expect.poll(() => row.textContent()).toContain('Not stated');
  });

  it('links an existing annotation to a claim from the matrix, and filters highlights by tag', async () => {
    await selectInColumn(app.page, 3, 'over 1,200 civilians dead');
    await bar().getByLabel('Name of the new claim').fill('Death toll');
    await bar().getByRole('button', { name: 'Add to claim' }).click();
    await matrix().waitFor();
    // A second claim puts an annotation in the first article, which the first claim lacks.
    await selectInColumn(app.page, 0, 'a staggering death toll, potentially reaching 7,000');
    await bar().getByLabel('Claim').selectOption({ label: 'New claim…' });
    await bar().getByLabel('Name of the new claim').fill('Casualties');
    await bar().getByRole('button', { name: 'Add to claim' }).click();
    await matrix()
      .getByRole('row', { name: /Casualties/ })
      .waitFor();

    const deathToll = matrix().getByRole('row', { name: /Death toll/ });
    // The empty cell is a small button until asked for its passages.
    await deathToll
      .getByRole('button', { name: /^\+ add passage from .* to “Death toll”/ })
      .click();
    const menu = deathToll.getByRole('combobox', {
      name: /^Link a passage from .* to “Death toll”/,
    });
    await menu.selectOption({ label: 'a staggering death toll, potentially reaching 7,000' });
    await expect.poll(() => deathToll.textContent()).toContain('7,000');
    expect(await deathToll.textContent()).toContain('over 1,200');

    expect(await app.page.locator('.read-only-text .highlight').count()).toBe(2);
    await app.page.getByLabel('Highlights').selectOption('loaded-language');
    await expect.poll(() => app.page.locator('.read-only-text .highlight').count()).toBe(0);
  });

  it('counts only my layer until I choose a classmate’s, and says which layers in the note and the CSV', async () => {
    const { page } = app;
    await putClassmateLayer(page, 'seed-000_da10e5d0690c0007', 'massacre');
    await page.reload();
    await page.locator('.compare-column').first().waitFor();
    const downloadFigures = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download figures (CSV)' }).click(),
      ]);
      const path = join(tmpdir(), `slant-${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(path);
      const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      // Comma, always: left to guess, papaparse takes the Sources column's "; " for the delimiter.
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',' }).data;
      const row = rows.find((r) => r['Document ID']?.startsWith('seed-000_'));
      if (!row) throw new Error(`No row for seed 000 in the figures CSV:\n${csv}`);
      return {
        loaded: Number(row['Loaded language']),
        counted: row['Layers counted'],
      };
    };
    const note = page.locator('.figures-note');
    await expect.poll(() => note.textContent()).toContain('Layers counted: My annotations.');
    const before = await downloadFigures();
    expect(before.counted).toBe('My annotations');

    const layers = page.getByRole('group', { name: 'Layers counted' });
    await layers.getByRole('checkbox', { name: /^Ben \(1\)/ }).check();
    await expect.poll(() => note.textContent()).toContain('Layers counted: My annotations; Ben.');
    const after = await downloadFigures();
    expect(after.loaded).toBe(before.loaded + 1);
    expect(after.counted).toBe('My annotations; Ben');
    const chart = page.getByRole('img', { name: /Loaded language, claims and sources/ });
    expect(await chart.locator('desc').textContent()).toContain(
      'Layers counted: My annotations; Ben.',
    );

    // Back to the default: my layer only, and the choice is undone everywhere.
    await layers.getByRole('button', { name: 'Count only the layers I edit' }).click();
    await expect.poll(() => note.textContent()).toContain('Layers counted: My annotations.');
    expect((await downloadFigures()).loaded).toBe(before.loaded);
  });
});
