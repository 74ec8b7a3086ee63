import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, freshAppForEachTest, libraryReady } from './browser';
import { selectPhrase } from './text-selection';

/**
 * A text long enough that the editor renders its first screen first and the rest in steps
 * (src/editor/use-revealed-blocks.ts): what comes later must still be there whole, with its
 * highlights, and be found, selected and tagged like the rest.
 */
const DOC_ID = 'long-document';
const PARAGRAPHS = 400;
const FILLER =
  'The committee heard evidence from residents, officials and aid workers about the week, ' +
  'and the record of its sessions runs to many pages of careful and repetitive prose. ';
const paragraph = (i: number) =>
  `Paragraph number ${i} begins here. ${FILLER.repeat(2)}Paragraph number ${i} ends here.`;
const TEXT = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i)).join('\n');
const EARLY = 'Paragraph number 1 ends here';
const LATE = 'Paragraph number 398 ends here';

function annotation(id: string, quote: string) {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  const at = '2025-01-01T00:00:00.000Z';
  return {
    ...{ id, documentId: DOC_ID, layerId: 'layer-mine', tagIds: ['loaded-language'] },
    target: {
      start,
      end,
      exact: quote,
      prefix: TEXT.slice(Math.max(0, start - 32), start),
      suffix: TEXT.slice(end, end + 32),
    },
    ...{ note: '', fields: {}, annotator: '', origin: 'manual', status: 'anchored' },
    ...{ createdAt: at, updatedAt: at },
  };
}

async function putLongDocument(page: Page) {
  const doc = {
    id: DOC_ID,
    title: 'A long record',
    text: TEXT,
    importedAt: '2025-01-01T00:00:00.000Z',
    language: 'en',
    contentHash: createHash('sha256').update(TEXT).digest('hex'),
    collectionIds: [],
  };
  const annotations = [annotation('early-one', EARLY), annotation('late-one', LATE)];
  await page.evaluate(
    ({ doc, annotations }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('slant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'annotations'], 'readwrite');
          tx.objectStore('documents').put(doc);
          for (const a of annotations) tx.objectStore('annotations').put(a);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { doc, annotations },
  );
}

/** Opens the document as a new page would (a page start, not a change of address). */
async function openLongDocument(page: Page) {
  await page.goto(`${baseUrl()}#/doc/${DOC_ID}`);
  await page.reload();
  await page.locator('[data-slate-editor="true"]').waitFor();
  const anonymous = page.getByRole('button', { name: 'Stay anonymous' });
  if (await anonymous.count()) await anonymous.click();
}

const editor = (page: Page) => page.locator('[data-slate-editor="true"]');
const whole = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('[data-slate-editor="true"][aria-busy="true"]'),
    undefined,
    { timeout: 30_000 },
  );

const app = freshAppForEachTest({ ready: libraryReady });

describe('a long text, rendered in steps', () => {
  it('never shows a paragraph’s text without its highlights, and ends whole and findable', async () => {
    await putLongDocument(app.page);
    // From the page's start: every DOM change is checked before it can be painted.
    await app.page.addInitScript(
      ({ early, late }) => {
        const seen: string[] = [];
        (window as unknown as { bareText: string[] }).bareText = seen;
        new MutationObserver(() => {
          for (const [quote, id] of [
            [early, 'early-one'],
            [late, 'late-one'],
          ] as const) {
            const shown = [...document.querySelectorAll('[data-slate-editor] p')].find((p) =>
              p.textContent?.includes(quote),
            );
            if (shown && !shown.querySelector(`[data-annotation-ids~="${id}"]`)) seen.push(quote);
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      },
      { early: EARLY, late: LATE },
    );
    await openLongDocument(app.page);
    await whole(app.page);

    const paragraphs = editor(app.page).locator('p');
    expect(await paragraphs.count()).toBe(PARAGRAPHS);
    expect(await paragraphs.last().textContent()).toBe(paragraph(PARAGRAPHS - 1));
    const late = app.page.locator('[data-slate-editor] [data-annotation-ids~="late-one"]');
    expect(await late.allTextContents()).toEqual([LATE]);
    expect(
      await app.page.evaluate(() => (window as unknown as { bareText: string[] }).bareText),
    ).toEqual([]);
    // Find in page (Chromium's `window.find`, the same search) reaches the last paragraph.
    const find = () =>
      (window as unknown as { find: (text: string) => boolean }).find(
        'Paragraph number 399 ends here',
      );
    expect(await app.page.evaluate(find)).toBe(true);
  });

  it('selects and tags a passage far below the first screen', async () => {
    await putLongDocument(app.page);
    await openLongDocument(app.page);
    await whole(app.page);
    await selectPhrase(app.page, 'Paragraph number 350 begins here');
    await app.page.keyboard.press('2');
    const tagged = app.page.locator('[data-slate-editor] .highlight', {
      hasText: 'Paragraph number 350 begins here',
    });
    await tagged.first().waitFor();
    const list = app.page.getByRole('region', { name: /^Annotations/ }).getByRole('list');
    await expect.poll(() => list.getByRole('button').count()).toBe(3);
  });

  it('jumps from the list to a passage not rendered yet, rendering the rest at once', async () => {
    await putLongDocument(app.page);
    // The list's entry for the last annotation is clicked as soon as it shows, in the same turn
    // as the first screen's render: before any later paragraph has rendered.
    await app.page.addInitScript((late) => {
      const state = window as unknown as { busyAtClick?: string | null };
      const observer = new MutationObserver(() => {
        const item = [...document.querySelectorAll<HTMLElement>('.annotation-item')].find((b) =>
          b.textContent?.includes(late),
        );
        if (!item) return;
        observer.disconnect();
        state.busyAtClick = document
          .querySelector('[data-slate-editor="true"]')
          ?.getAttribute('aria-busy');
        item.click();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, LATE);
    await openLongDocument(app.page);
    await expect.poll(() => app.page.evaluate(() => getSelection()?.toString())).toBe(LATE);
    expect(
      await app.page.evaluate(() => (window as unknown as { busyAtClick?: string }).busyAtClick),
    ).toBe('true');
    expect(await editor(app.page).getAttribute('aria-busy')).toBeNull();
    expect(await editor(app.page).locator('p').last().textContent()).toBe(
      paragraph(PARAGRAPHS - 1),
    );
  });
});
