/**
 * Slant's Compare view under test: the built app served by Vite's `preview()`, its database seeded
 * with six articles and a collection of them the way a user's would be (the app starts once and
 * creates its database; then the records are written with the raw IndexedDB API), then opened at
 * `#/compare/collection/<id>` and driven in the page (`page/compare-probes.ts`).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { routeHref } from '../../src/ui/shared/routes';
import { heapMb, isError, watchErrors } from '../editor/measure';
import type { Outcome } from '../editor/page/probes';
import { DATABASE, startSlant } from '../editor/slant';
import { coverageOfTag, coveredLength, firstParagraphCoverage, type CompareData } from './articles';
import type { CompareTimed, ScrollFigures } from './page/compare-probes';

export interface CompareOpen extends CompareTimed {
  heapMb: number;
}

export class CompareSubject {
  readonly errors: string[] = [];
  private context?: BrowserContext;
  private page?: Page;
  private readonly allCoverage: number[];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly data: CompareData,
    private readonly probes: string,
  ) {
    this.allCoverage = data.articles.map((a) =>
      coveredLength(a.annotations.map((an) => an.target)),
    );
  }

  /** The page the last `open` opened, for profiling tools to attach to. */
  get openPage(): Page | undefined {
    return this.page;
  }

  get url(): string {
    return `${this.baseUrl}${routeHref({ name: 'compare', collectionId: this.data.collection.id })}`;
  }

  async prepare(): Promise<void> {
    const started = await startSlant(this.browser, this.baseUrl, this.probes, this.errors);
    this.context = started.context;
    const { page } = started;
    for (const { doc, annotations } of this.data.articles) {
      const stored = await page.evaluate(
        ({ db, doc, annotations }) => window.__slantBench.seed(db, doc, annotations),
        { db: DATABASE, doc, annotations },
      );
      if (stored !== annotations.length) {
        throw new Error(
          `Seeded ${stored} annotations for ${doc.id}, expected ${annotations.length}`,
        );
      }
    }
    await page.evaluate(
      ({ db, collection }) => window.__slantCompare.seedCollection(db, collection),
      { db: DATABASE, collection: this.data.collection },
    );
    await page.close();

    // A first visit, untimed: the service worker installs and caches the app, and a one-time
    // question for the annotator's name is answered if it is asked.
    await this.open();
    const anonymous = this.page!.getByRole('button', { name: 'Stay anonymous' });
    if (await anonymous.count()) await anonymous.click();
    await this.page!.waitForTimeout(500);
  }

  private async result(page: Page, what: string, timeoutMs = 30_000): Promise<CompareTimed> {
    const outcome: Outcome<CompareTimed> = await page.evaluate(
      (t) => window.__slantCompare.result(t),
      timeoutMs,
    );
    if (isError(outcome)) {
      throw new Error(
        `${what}: ${outcome.error}${this.errors.length ? ` (page errors: ${this.errors.join('; ')})` : ''}`,
      );
    }
    return outcome;
  }

  /** Opens the collection in a new page and times it until every column's first paragraph is painted with its highlights. */
  async open(): Promise<CompareOpen> {
    await this.page?.close();
    this.page = undefined;
    const page = await this.context!.newPage();
    watchErrors(page, this.errors);
    const coverage = firstParagraphCoverage(this.data.articles);
    await page.addInitScript({
      content: `${this.probes}\nwindow.__slantCompare.watchOpen(${JSON.stringify(coverage)});`,
    });
    await page.goto(this.url, { waitUntil: 'commit' });
    const figures = await this.result(page, 'open', 120_000);
    this.page = page;
    // Let deferred work finish: the heap is measured after opening, not during.
    await page.waitForTimeout(1000);
    return { ...figures, heapMb: await heapMb(page) };
  }

  /** Shows only `tagId`'s highlights, timed; then all of them again, timed too. */
  async filter(tagId: string): Promise<{ toTag: CompareTimed; toAll: CompareTimed }> {
    const page = this.page!;
    const coverage = coverageOfTag(this.data.articles, tagId);
    await page.evaluate(({ tagId, coverage }) => window.__slantCompare.filter(tagId, coverage), {
      tagId,
      coverage,
    });
    const toTag = await this.result(page, `filter to ${tagId}`);
    await settle(page);
    await page.evaluate((coverage) => window.__slantCompare.filter('', coverage), this.allCoverage);
    const toAll = await this.result(page, 'filter back to all tags');
    await settle(page);
    return { toTag, toAll };
  }

  /** Selects words 6 to 12 of a column's first paragraph, timed until the claim form shows. */
  async select(column: number): Promise<CompareTimed & { quote: string }> {
    const page = this.page!;
    const article = this.data.articles[column]!;
    const paragraph = article.paragraphs[0]!;
    const first = article.words[paragraph.firstWord + 6]!;
    const last = article.words[paragraph.firstWord + 12]!;
    const quote = await page.evaluate(
      ({ column, start, end }) => window.__slantCompare.selectPassage(column, 0, start, end),
      { column, start: first.start - paragraph.start, end: last.end - paragraph.start },
    );
    const timed = await this.result(page, 'passage form');
    await page.evaluate(() => window.__slantCompare.cancelPassage());
    await settle(page);
    if (await page.evaluate(() => window.__slantCompare.passageFormOpen())) {
      throw new Error('The passage form did not close on Cancel');
    }
    return { ...timed, quote };
  }

  async scroll(column: number, screens: number, step: number): Promise<ScrollFigures> {
    const page = this.page!;
    const figures = await page.evaluate(
      ({ column, screens, step }) => window.__slantCompare.scroll(column, screens, step),
      { column, screens, step },
    );
    await settle(page);
    return figures;
  }

  async countSuggestions(): Promise<CompareTimed> {
    const page = this.page!;
    await page.evaluate(() => window.__slantCompare.countSuggestions());
    const timed = await this.result(page, 'suggestions', 300_000);
    await settle(page);
    return timed;
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}

async function settle(page: Page) {
  await page.evaluate(() => window.__slantBench.frames(3));
  await page.waitForTimeout(300);
}
