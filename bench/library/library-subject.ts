/**
 * Slant's library under test: the built app, its database seeded with the benchmark's articles
 * through the raw IndexedDB API (as the editor and Compare benchmarks seed theirs), then driven
 * as a user would: the library opened, searched by typing, filtered, a backup downloaded and
 * restored (replacing everything), six articles compared. The page-side half is
 * `page/library-probes.ts`; the JS heap is sampled through CDP while a backup or restore runs.
 */
import { stat } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { routeHref } from '../../src/ui/shared/routes';
import { firstParagraphCoverage } from '../compare/articles';
import type { CompareTimed } from '../compare/page/compare-probes';
import { isError, watchErrors } from '../editor/measure';
import type { Outcome } from '../editor/page/probes';
import { DATABASE, startSlant } from '../editor/slant';
import { sampleHeap } from './heap-sampler';
import type { LibraryData } from './library-data';
import type { ListTimed } from './page/library-probes';

const SEED_CHUNK = 50;
const LONG_MS = 300_000;

export interface HeavyFigures {
  /** ms, or null when the app refused (`note` says why). */
  ms: number | null;
  peakHeapMb: number;
  note?: string;
  bytes?: number;
  /** How the time was spent, for the log. */
  detail?: string;
}

export class LibrarySubject {
  readonly errors: string[] = [];
  private context?: BrowserContext;
  private page?: Page;

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly data: LibraryData,
    private readonly probes: string,
  ) {}

  private href(route: Parameters<typeof routeHref>[0]) {
    return `${this.baseUrl}${routeHref(route)}`;
  }

  get total(): number {
    return this.data.articles.length;
  }

  async prepare(log: (line: string) => void): Promise<void> {
    const { context, page } = await startSlant(
      this.browser,
      this.baseUrl,
      this.probes,
      this.errors,
    );
    this.context = context;
    const { articles, outlets } = this.data;
    for (let at = 0; at < articles.length; at += SEED_CHUNK) {
      const chunk = articles.slice(at, at + SEED_CHUNK);
      await page.evaluate(
        ({ db, records, clear }) => window.__slantLibrary.seed(db, records, clear),
        {
          db: DATABASE,
          clear: at === 0,
          records: {
            documents: chunk.map((a) => a.doc),
            annotations: chunk.flatMap((a) => a.annotations),
            outlets: at === 0 ? [...outlets] : [],
          },
        },
      );
    }
    const stored = await page.evaluate(
      (db) => window.__slantLibrary.count(db, 'annotations'),
      DATABASE,
    );
    const expected = articles.reduce((sum, a) => sum + a.annotations.length, 0);
    if (stored !== expected) throw new Error(`Seeded ${stored} annotations, expected ${expected}`);
    log(`  seeded ${articles.length} articles, ${stored} annotations`);
    await page.close();
    // A first visit, untimed: the service worker caches the app; the name question is answered.
    await this.openList();
    const anonymous = this.page!.getByRole('button', { name: 'Stay anonymous' });
    if (await anonymous.count()) await anonymous.click();
    await this.page!.waitForTimeout(500);
  }

  private async result(page: Page, what: string, timeoutMs = 60_000): Promise<ListTimed> {
    const outcome: Outcome<ListTimed> = await page.evaluate(
      (t) => window.__slantLibrary.result(t),
      timeoutMs,
    );
    if (isError(outcome)) {
      throw new Error(
        `${what}: ${outcome.error}${this.errors.length ? ` (page errors: ${this.errors.join('; ')})` : ''}`,
      );
    }
    return outcome;
  }

  /** Opens the library in a new page: from navigation start until every document is listed. */
  async openList(): Promise<ListTimed> {
    await this.page?.close();
    const page = await this.context!.newPage();
    this.page = page;
    watchErrors(page, this.errors);
    await page.addInitScript({
      content: `${this.probes}\nwindow.__slantLibrary.watchOpen(${this.total});`,
    });
    await page.goto(this.href({ name: 'library' }), { waitUntil: 'commit' });
    return this.result(page, 'library open', 120_000);
  }

  /** From another view, a click on "Library" in the navigation until every document is listed. */
  async navigateToList(): Promise<ListTimed> {
    const page = this.page!;
    await page.goto(this.href({ name: 'settings' }));
    await page.getByRole('heading', { name: 'Backups and export' }).waitFor();
    await settle(page);
    await page.evaluate((n) => window.__slantLibrary.armInput(n, 'click'), this.total);
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    return this.result(page, 'library from the navigation');
  }

  /** Types `text` into the search box key by key; each key timed until the list shows its answer. */
  async search(text: string, expected: (typed: string) => number): Promise<ListTimed[]> {
    const page = this.page!;
    const box = page.getByLabel('Search titles and text');
    await box.focus();
    const times: ListTimed[] = [];
    for (let i = 1; i <= text.length; i += 1) {
      await page.evaluate(
        (n) => window.__slantLibrary.armInput(n, 'keydown'),
        expected(text.slice(0, i)),
      );
      await page.keyboard.press(text[i - 1]!);
      times.push(await this.result(page, `search “${text.slice(0, i)}”`));
      // About five keys a second: a person typing a word they think about.
      await page.waitForTimeout(200);
    }
    await page.evaluate((n) => window.__slantLibrary.armInput(n, 'keydown'), this.total);
    await box.press('Control+a');
    await page.keyboard.press('Backspace');
    await this.result(page, 'search cleared');
    await settle(page);
    return times;
  }

  /** Chooses a value in a filter, timed; then the filter's "all" again, timed too. */
  async filter(label: string, value: string, expected: number): Promise<ListTimed[]> {
    const page = this.page!;
    const times: ListTimed[] = [];
    for (const [choice, count] of [
      [value, expected],
      ['', this.total],
    ] as const) {
      await page.evaluate(
        ({ label, choice, count }) => window.__slantLibrary.choose(label, choice, count),
        { label, choice, count },
      );
      times.push(await this.result(page, `${label} ${choice || 'all'}`));
      await settle(page);
    }
    return times;
  }

  /** Settings › "Download a backup": from the click until the browser has the file. */
  async backup(savePath: string): Promise<HeavyFigures> {
    const page = this.page!;
    await page.goto(this.href({ name: 'settings' }));
    const button = page.getByRole('button', { name: 'Download a backup' });
    await button.waitFor();
    await settle(page);
    const heap = await sampleHeap(page);
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: LONG_MS }),
      button.click(),
    ]);
    const failure = await download.failure();
    await download.saveAs(savePath);
    const ms = Date.now() - started;
    const peakHeapMb = await heap.stop();
    if (failure) return { ms: null, peakHeapMb, note: `download failed: ${failure}` };
    return { ms, peakHeapMb, bytes: (await stat(savePath)).size };
  }

  /**
   * Settings › "Restore a backup…" with the file, "Replace everything": from picking the file
   * until "Restored", without the time the benchmark takes to press the confirming buttons.
   */
  async restore(path: string): Promise<HeavyFigures> {
    const page = this.page!;
    await page.goto(this.href({ name: 'settings' }));
    const input = page.getByLabel('Restore a backup…');
    await input.waitFor({ state: 'attached' });
    await settle(page);
    const heap = await sampleHeap(page);
    let started = Date.now();
    await input.setInputFiles(path);
    const summary = page.getByRole('region', { name: 'Backup to restore' });
    const refused = page.getByRole('alert');
    await summary.or(refused).first().waitFor({ timeout: LONG_MS });
    if (await refused.count()) {
      const note = (await refused.first().textContent()) ?? 'refused';
      return { ms: null, peakHeapMb: await heap.stop(), note: note.slice(0, 200) };
    }
    const readMs = Date.now() - started;
    await page.getByRole('button', { name: 'Replace everything…' }).click();
    const confirm = page.getByRole('button', { name: 'Replace everything', exact: true });
    await confirm.waitFor();
    started = Date.now();
    await confirm.click();
    const done = page.getByRole('status').filter({ hasText: /^Restored / });
    await done.or(refused).first().waitFor({ timeout: LONG_MS });
    const writeMs = Date.now() - started;
    const ms = readMs + writeMs;
    const detail = `reading and checking ${readMs} ms, writing ${writeMs} ms`;
    const peakHeapMb = await heap.stop();
    if (await refused.count()) {
      return {
        ms: null,
        peakHeapMb,
        note: ((await refused.first().textContent()) ?? '').slice(0, 200),
      };
    }
    const documents = await page.evaluate(
      (db) => window.__slantLibrary.count(db, 'documents'),
      DATABASE,
    );
    const annotations = await page.evaluate(
      (db) => window.__slantLibrary.count(db, 'annotations'),
      DATABASE,
    );
    const expected = this.data.articles.reduce((sum, a) => sum + a.annotations.length, 0);
    if (documents !== this.total || annotations !== expected) {
      return {
        ms: null,
        peakHeapMb,
        detail,
        note: `after the restore: ${documents} documents, ${annotations} annotations`,
      };
    }
    return { ms, peakHeapMb, detail };
  }

  /** Opens six of the articles in Compare, timed until each column's first paragraph is painted. */
  async compare(): Promise<CompareTimed> {
    const six = this.data.articles.slice(0, 6);
    const page = await this.context!.newPage();
    watchErrors(page, this.errors);
    await page.addInitScript({
      content: `${this.probes}\nwindow.__slantCompare.watchOpen(${JSON.stringify(firstParagraphCoverage(six))});`,
    });
    try {
      await page.goto(this.href({ name: 'compare', documentIds: six.map((a) => a.doc.id) }), {
        waitUntil: 'commit',
      });
      const outcome: Outcome<CompareTimed> = await page.evaluate(
        (t) => window.__slantCompare.result(t),
        120_000,
      );
      if (isError(outcome)) throw new Error(`Compare: ${outcome.error}`);
      return outcome;
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}

async function settle(page: Page) {
  await page.evaluate(() => window.__slantBench.frames(3));
  await page.waitForTimeout(300);
}
