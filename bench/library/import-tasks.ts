/**
 * How long the page's main thread is blocked while files are imported through the real UI:
 * each file is chosen on the import page on its own, and the longest main-thread task
 * (PerformanceObserver 'longtask', tasks over 50 ms) from the choice until its preview (or its
 * refusal) shows is recorded. With more than one file, the whole set is then chosen at once and
 * the time until every file is read is `batchMs`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export interface ImportFileInput {
  name: string;
  bytes: Buffer;
}

export interface ImportMeasure {
  longestTaskMs: number;
  perFile: { name: string; longestTaskMs: number; previewMs: number }[];
  batchMs?: number;
}

export interface MeasureImportOptions {
  baseUrl: string;
  browser: Browser;
  files: ImportFileInput[];
  /** 'each' times every file alone, 'batch' all at once; both by default. */
  mode?: 'each' | 'batch' | 'both';
  /** Longest wait for one import, in ms. */
  timeoutMs?: number;
}

declare global {
  interface Window {
    __slantLongTasks?: { start: number; duration: number }[];
  }
}

/** The import page's status once every chosen file is read. */
const readAll = (count: number) => `^Read ${count} files?\\.$`;

function recordLongTasks(): void {
  window.__slantLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__slantLongTasks!.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Shown drafts plus listed refusals: one more of either means a file reached the preview. */
const previewCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.import-draft, .import-failures li').length);

/**
 * Files are written to disk and chosen by path, as a user chooses them: handed over as buffers,
 * Playwright would build them inside the page, a main-thread task of its own.
 */
async function chooseAndWait(
  page: Page,
  files: ImportFileInput[],
  timeoutMs: number,
  folder: string,
): Promise<{ elapsedMs: number; longestTaskMs: number }> {
  const before = await previewCount(page);
  const start = await page.evaluate(() => performance.now());
  await page.getByLabel('Choose files…').setInputFiles(files.map(({ name }) => join(folder, name)));
  await page.waitForFunction(
    ({ before, pattern }) => {
      const status = document.querySelector('.import-status')?.textContent?.trim() ?? '';
      const shown = document.querySelectorAll('.import-draft, .import-failures li').length;
      return new RegExp(pattern).test(status) && shown > before;
    },
    { before, pattern: readAll(files.length) },
    { timeout: timeoutMs, polling: 50 },
  );
  return page.evaluate((start) => {
    const end = performance.now();
    const tasks = (window.__slantLongTasks ?? []).filter((t) => t.start + t.duration >= start);
    return {
      elapsedMs: end - start,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  }, start);
}

async function clearPreview(page: Page): Promise<void> {
  const discard = page.getByRole('button', { name: 'Discard the preview' });
  if (await discard.count()) await discard.click();
  const clear = page.getByRole('button', { name: 'Clear these messages' });
  if (await clear.count()) await clear.click();
}

export async function measureImport(opts: MeasureImportOptions): Promise<ImportMeasure> {
  const { baseUrl, browser, files, mode = 'both', timeoutMs = 300_000 } = opts;
  const context = await browser.newContext();
  const folder = mkdtempSync(join(tmpdir(), 'slant-import-'));
  for (const { name, bytes } of files) writeFileSync(join(folder, name), bytes);
  try {
    const page = await context.newPage();
    await page.addInitScript(recordLongTasks);
    await page.goto(`${baseUrl.replace(/\/$/, '')}/#/import`);
    await page.getByLabel('Choose files…').waitFor();

    const perFile: ImportMeasure['perFile'] = [];
    if (mode !== 'batch') {
      for (const file of files) {
        const { elapsedMs, longestTaskMs } = await chooseAndWait(page, [file], timeoutMs, folder);
        perFile.push({ name: file.name, longestTaskMs, previewMs: Math.round(elapsedMs) });
        await clearPreview(page);
      }
    }
    let batchMs: number | undefined;
    if (mode !== 'each' && files.length > 1) {
      batchMs = Math.round((await chooseAndWait(page, files, timeoutMs, folder)).elapsedMs);
    }
    return {
      longestTaskMs: Math.max(0, ...perFile.map((f) => f.longestTaskMs)),
      perFile,
      ...(batchMs !== undefined && { batchMs }),
    };
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
