/**
 * axe-core on every view, in the states the README's screenshots show (the sample library, an
 * article with nested highlights, its hover card and side panel, Compare with its figures and a
 * claim), failing on any serious or critical violation. axe is injected into the page, so these
 * contexts bypass the app's Content-Security-Policy (which rightly refuses injected scripts).
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';
import { selectPhrase } from './text-selection';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';
const SAMPLE = '#/compare/collection/sample-syria-coast-2025-03';

interface Found {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical violations on the page as it is now, each with where it is. */
async function seriousViolations(page: Page): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (c: Document, o: object) => Promise<AxeResults> };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact!,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
      }));
  });
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const open = async (hash: string) => {
  await page.goto(baseUrl() + hash);
};

describe('axe-core finds no serious or critical violation', () => {
  it('in the library with the sample collection, and in the trash', async () => {
    await open('#/');
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await open('#/trash');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on an annotated article: nested highlights, hover card, side panel, menu, picker', async () => {
    await open(SEED_000);
    await page.getByRole('button', { name: 'Stay anonymous' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stay anonymous' }).click();
    await selectPhrase(page, 'A horrific massacre of Alawites and Christians');
    await page.keyboard.press('2');
    await selectPhrase(page, 'horrific');
    // The tag picker by the selection.
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('1');
    const inner = page.locator('[data-slate-editor] .highlight[data-overlap="2"]');
    await inner.first().hover();
    await page.getByRole('tooltip').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Show suggestions' }).check();
    await page.getByRole('button', { name: 'Document menu' }).click();
    await page.getByRole('button', { name: 'CSV', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in Compare, with figures, a chart and a claim', async () => {
    await open(SAMPLE);
    await page.locator('.compare-column').first().waitFor();
    await page.getByRole('img', { name: /Loaded language, claims and sources/ }).waitFor();
    const offer = page.getByRole('region', { name: 'Suggested claim: Death toll' });
    await offer.getByRole('button', { name: 'Add this claim' }).click();
    await page.getByRole('table', { name: 'Claims across the articles' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in Collections, Outlets, Import, Class and Settings', async () => {
    for (const [hash, ready] of [
      ['#/collections', 'Collections'],
      ['#/outlets', 'Outlets'],
      ['#/import', 'Import'],
      ['#/class', 'Class'],
      ['#/settings', 'Settings'],
    ] as const) {
      await open(hash);
      await page.getByRole('heading', { level: 1, name: new RegExp(ready) }).waitFor();
      const found = await seriousViolations(page);
      expect({ hash, found }).toEqual({ hash, found: [] });
    }
  });
});
