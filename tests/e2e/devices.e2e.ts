/**
 * Slant on a phone (360×740, touch), a tablet (768×1024, touch) and a laptop (1280×800), in
 * Chromium's device emulation: every view fits without scrolling sideways (screenshots of each
 * go to `.reports/screens/` for review), and the main flows work by touch: select a passage
 * by press-hold-and-drag (through CDP, since Playwright's touchscreen only taps) and tag it,
 * compare, and open a lesson pack.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';

const SEED_000 = '#/doc/seed-000_da10e5d0690c0007';
const SCREENS = join(process.cwd(), '.reports', 'screens');

const DEVICES = {
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
  tablet: { viewport: { width: 768, height: 1024 }, hasTouch: true },
  laptop: { viewport: { width: 1280, height: 800 } },
} as const;
type Device = keyof typeof DEVICES;

const VIEWS: readonly [name: string, hash: string, ready: (page: Page) => Promise<unknown>][] = [
  ['library', '#/', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['annotate', SEED_000, (p) => p.locator('[data-slate-editor="true"]').waitFor()],
  [
    'compare',
    '#/compare/collection/sample-syria-coast-2025-03',
    (p) => p.locator('.compare-column').first().waitFor(),
  ],
  ['collections', '#/collections', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['outlets', '#/outlets', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['import', '#/import', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['class', '#/class', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['settings', '#/settings', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ['trash', '#/trash', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
];

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENS, { recursive: true });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function openOn(device: Device, hash: string): Promise<Page> {
  const context = await browser.newContext({ ...DEVICES[device], acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(baseUrl() + hash);
  return page;
}

/** How far the page reaches past the right edge of the screen, in CSS pixels. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Press and hold on `from`, then drag to `to`: a selection gesture, as a finger makes it. */
async function holdAndDrag(page: Page, from: string, to: string) {
  const points = await page.evaluate(
    ({ from, to }) => {
      const editor = document.querySelector('[data-slate-editor]')!;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      const centre = (phrase: string, end: boolean) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(phrase);
          if (at < 0) continue;
          const range = document.createRange();
          const offset = end ? at + phrase.length - 1 : at + 1;
          range.setStart(n, offset);
          range.setEnd(n, offset + 1);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        throw new Error(`“${phrase}” is not on the page`);
      };
      const start = centre(from, false);
      walker.currentNode = editor;
      return { start, end: centre(to, true) };
    },
    { from, to },
  );
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [point] : [] });
  await touch('touchStart', points.start);
  // Hold until the text takes the caret under the finger, as a user waits to see it.
  await page.waitForFunction(
    () =>
      document.activeElement?.matches('[data-slate-editor]') && !!window.getSelection()?.anchorNode,
    undefined,
    { timeout: 5000 },
  );
  for (let step = 1; step <= 8; step += 1) {
    await touch('touchMove', {
      x: points.start.x + ((points.end.x - points.start.x) * step) / 8,
      y: points.start.y + ((points.end.y - points.start.y) * step) / 8,
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await touch('touchEnd');
  await cdp.detach();
}

describe('every view on a phone, a tablet and a laptop', () => {
  for (const device of Object.keys(DEVICES) as Device[]) {
    it(`fits the ${device}’s screen (${DEVICES[device].viewport.width} px)`, async () => {
      const page = await openOn(device, '#/');
      const overflowing: string[] = [];
      for (const [name, hash, ready] of VIEWS) {
        await page.goto(baseUrl() + hash);
        await ready(page);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
        const over = await sideways(page);
        if (over > 1) overflowing.push(`${name} (${over} px)`);
        await page.screenshot({ path: join(SCREENS, `${device}-${name}.png`) });
      }
      expect(overflowing).toEqual([]);
    });
  }
});

describe('touch flows', () => {
  for (const device of ['phone', 'tablet'] as const) {
    it(`selects a passage by hold-and-drag and tags it on a ${device}`, async () => {
      const page = await openOn(device, SEED_000);
      // The offline notice comes when the service worker is ready and moves the text down:
      // let it come and dismiss it, so the text stays where the finger is.
      await page.getByText('Slant is ready to work offline.').waitFor();
      await page.getByRole('button', { name: 'Dismiss this notice' }).tap();
      await page.getByRole('button', { name: 'Stay anonymous' }).tap();
      await page.locator('[data-slate-editor="true"]').waitFor();
      await holdAndDrag(page, 'blood-curdling', 'massacre');
      const picker = page.getByRole('toolbar', { name: /^Tag “/ });
      // The editor hears of the selection a moment after the finger lifts.
      await expect
        .poll(() => picker.getAttribute('aria-label'))
        .toBe('Tag “blood-curdling massacre”');
      const box = await picker.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(DEVICES[device].viewport.width);
      await picker.getByRole('button', { name: /Loaded language/ }).tap();
      await page
        .locator('[data-slate-editor] .highlight', { hasText: 'blood-curdling massacre' })
        .waitFor();
      await page.screenshot({ path: join(SCREENS, `${device}-annotate-tagged.png`) });
    });
  }

  it('compares the sample collection on a tablet: five columns, the page not sideways', async () => {
    const page = await openOn('tablet', '#/compare/collection/sample-syria-coast-2025-03');
    await page.locator('.compare-column').first().waitFor();
    expect(await page.locator('.compare-column').count()).toBe(5);
    expect(await sideways(page)).toBeLessThanOrEqual(1);
  });

  it('opens a lesson pack on a tablet', async () => {
    const teacher = await openOn('laptop', '#/class');
    await teacher.getByRole('heading', { level: 1, name: 'Class' }).waitFor();
    await teacher.getByLabel('Title').fill('Reading on a tablet');
    await teacher.getByRole('checkbox', { name: /^Alawites and Christians Slaughtered/ }).check();
    await teacher.getByRole('button', { name: 'Create lesson' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Reading on a tablet' }).waitFor();
    const [file] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: 'Download lesson pack', exact: true }).click(),
    ]);
    const pack = join(await mkdtemp(join(tmpdir(), 'slant-devices-')), file.suggestedFilename());
    await file.saveAs(pack);

    const student = await openOn('tablet', '#/class');
    await student.getByRole('heading', { level: 1, name: 'Class' }).waitFor();
    await student.getByLabel('Open a lesson pack…').setInputFiles(pack);
    await student.getByRole('heading', { level: 1, name: 'Reading on a tablet' }).waitFor();
    expect(await sideways(student)).toBeLessThanOrEqual(1);
    await student.screenshot({ path: join(SCREENS, 'tablet-lesson.png') });
  });
});
