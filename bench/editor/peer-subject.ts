/**
 * The peer under test: @recogito/text-annotator on the plain page of `peer/`, served by its own
 * `preview()` on another origin (so Slant's service worker never sees it), timed exactly as
 * Slant is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchArticle } from './generate-article';
import { heapMb, isError, openPage, scrollToPlace, selectText, timeTagging } from './measure';
import type { PageShape } from './page/probes';
import type { Place } from './places';
import { firstScreenIds, VIEWPORT } from './slant';
import { noFigures, record, type Subject, type TagFigures } from './subject';

export const PEER_SHAPE: PageShape = {
  root: '#article',
  paragraphs: 'p',
  highlightLayer: '.r6o-span-highlight-layer',
  idAttribute: 'data-annotation',
};

export const PEER_PACKAGE = '@recogito/text-annotator';

export function peerVersion(): string {
  // The package exports no `./package.json`: find it above its entry point.
  let dir = dirname(createRequire(import.meta.url).resolve(PEER_PACKAGE));
  while (!existsSync(join(dir, 'package.json')) || !dir.includes(PEER_PACKAGE)) {
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export class PeerSubject implements Subject {
  readonly name = PEER_PACKAGE;
  readonly errors: string[] = [];
  private context?: BrowserContext;
  private page?: Page;

  constructor(
    private readonly browser: Browser,
    private readonly url: string,
    private readonly article: BenchArticle,
    private readonly probes: string,
  ) {}

  async prepare(): Promise<void> {
    this.context = await this.browser.newContext({ viewport: VIEWPORT });
    // A first visit, untimed, as for Slant: the browser has the page and its data cached after.
    const { page } = await openPage(
      this.context,
      this.url,
      PEER_SHAPE,
      firstScreenIds(this.article),
      this.probes,
      this.errors,
    );
    await page.waitForTimeout(1000);
    await page.close();
  }

  async open() {
    await this.page?.close();
    this.page = undefined;
    const figures = await openPage(
      this.context!,
      this.url,
      PEER_SHAPE,
      firstScreenIds(this.article),
      this.probes,
      this.errors,
    );
    this.page = figures.page;
    // The peer page marks its steps: where its opening time goes.
    const marks = await this.page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
    );
    await this.page.waitForTimeout(1000);
    return { ...figures, heapMb: await heapMb(this.page), detail: marks.join(', ') };
  }

  async tag(places: readonly Place[]): Promise<TagFigures> {
    const page = this.page!;
    await page.evaluate(
      (ids) => window.__slantBench.knowIds(ids),
      this.article.annotations.map((a) => a.id),
    );
    const figures: TagFigures = noFigures();
    for (const place of places) {
      await scrollToPlace(page, PEER_SHAPE, place);
      const selected = await selectText(page, PEER_SHAPE, place.paragraph, place.start, place.end);
      if (selected !== place.word) {
        figures.failures.push(
          `paragraph ${place.paragraph}: selecting “${place.word}” did not stay selected (got “${selected}”)`,
        );
        continue;
      }
      await page.waitForTimeout(150);
      const outcome = await timeTagging(page, PEER_SHAPE, '1');
      if (isError(outcome)) figures.failures.push(`paragraph ${place.paragraph}: ${outcome.error}`);
      else record(figures, outcome);
      await page.waitForTimeout(300);
    }
    return figures;
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}
