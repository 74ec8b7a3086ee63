/**
 * Slant under test: the built app served by Vite's `preview()`, its database seeded with the
 * benchmark article the way a user's would be (the app starts once and creates the database and
 * its default tags; then the document and its annotations are written with the raw IndexedDB
 * API), then opened at `#/doc/<id>` and driven with real key presses.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { routeHref } from '../../src/ui/shared/routes';
import type { BenchArticle } from './generate-article';
import {
  heapMb,
  isError,
  openPage,
  scrollToPlace,
  selectText,
  timeKeystroke,
  timeTagging,
  watchErrors,
} from './measure';
import type { PageShape } from './page/probes';
import type { Place } from './places';
import { noFigures, record, type Subject, type TagFigures, type TimedFigures } from './subject';

export const SLANT_SHAPE: PageShape = {
  root: '[data-slate-editor="true"]',
  paragraphs: 'p',
  highlightLayer: '[data-slate-editor="true"]',
  idAttribute: 'data-annotation-ids',
};

export const DATABASE = 'slant';
export const VIEWPORT = { width: 1280, height: 860 };
/** Letters typed at each place in edit mode. */
const TYPED = 'benchmarks';

export interface KeystrokeFigures extends TimedFigures {
  /** Why there are no figures, when there are none. */
  note?: string;
}

export function firstScreenIds(article: BenchArticle): string[] {
  const first = article.paragraphs[0]!;
  return article.annotations.filter((a) => a.target.end <= first.end).map((a) => a.id);
}

/**
 * A fresh browser context with the probes, on the built app's library, once the app has created
 * its database and default tags: ready to be seeded through the raw IndexedDB API.
 */
export async function startSlant(
  browser: Browser,
  baseUrl: string,
  probes: string,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.addInitScript({ content: probes });
  await page.goto(`${baseUrl}${routeHref({ name: 'library' })}`);
  const deadline = Date.now() + 60_000;
  while ((await page.evaluate((db) => window.__slantBench.tagCount(db), DATABASE)) === 0) {
    if (Date.now() > deadline) throw new Error('Slant did not create its database in 60 s');
    await page.waitForTimeout(200);
  }
  return { context, page };
}

/**
 * The layered case: other people's read-only layers, each with its own copy of the annotations,
 * all shown beside the edited layer (as a teacher shows students' work beside the key).
 */
async function seedOtherLayers(page: Page, annotations: readonly object[], count: number) {
  await page.evaluate(
    ({ db, annotations, count }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['layers', 'annotations'], 'readwrite');
          const now = new Date().toISOString();
          const shown: string[] = [];
          for (let n = 1; n <= count; n += 1) {
            const id = `layer-bench-${n}`;
            shown.push(id);
            tx.objectStore('layers').put({
              ...{ id, kind: 'lesson-work', owner: `Student ${n}`, label: `Student ${n}` },
              ...{ colour: '#7a3ec8', readOnly: true, createdAt: now, updatedAt: now },
            });
            for (const annotation of annotations as { id: string }[])
              tx.objectStore('annotations').put({
                ...annotation,
                id: `${annotation.id}-${n}`,
                layerId: id,
              });
          }
          tx.oncomplete = () => {
            database.close();
            localStorage.setItem(
              'slant-layer-view',
              JSON.stringify({ state: { chosenByDocument: {}, shown }, version: 1 }),
            );
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: DATABASE, annotations, count },
  );
}

export class SlantSubject implements Subject {
  readonly name = 'Slant';
  readonly errors: string[] = [];
  private context?: BrowserContext;
  private page?: Page;

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly article: BenchArticle,
    private readonly probes: string,
    private readonly log: (line: string) => void,
    /** Layers shown at once: the edited one plus `layers - 1` classmates' read-only copies. */
    private readonly layers = 1,
  ) {}

  /** Runs around each timed key press only (profile.ts profiles these windows alone). */
  aroundTimed = <T>(press: () => Promise<T>): Promise<T> => press();

  /** The context `prepare` left: the database seeded and the service worker installed. */
  get preparedContext(): BrowserContext {
    if (!this.context) throw new Error('prepare() first');
    return this.context;
  }

  private get url() {
    return `${this.baseUrl}${routeHref({ name: 'document', documentId: this.article.doc.id })}`;
  }

  async prepare(): Promise<void> {
    const started = await startSlant(this.browser, this.baseUrl, this.probes, this.errors);
    this.context = started.context;
    const { page } = started;
    const { doc, annotations } = this.article;
    const stored = await page.evaluate(
      ({ db, doc, annotations }) => window.__slantBench.seed(db, doc, annotations),
      { db: DATABASE, doc, annotations },
    );
    if (stored !== annotations.length) {
      throw new Error(`Seeded ${stored} annotations, expected ${annotations.length}`);
    }
    if (this.layers > 1) await seedOtherLayers(page, annotations, this.layers - 1);
    await page.close();

    // A first visit, untimed: the service worker installs and caches the app, and the one-time
    // question for the annotator's name is answered, as for anyone who has used Slant before.
    const { page: first } = await openPage(
      this.context,
      this.url,
      SLANT_SHAPE,
      firstScreenIds(this.article),
      this.probes,
      this.errors,
    );
    const anonymous = first.getByRole('button', { name: 'Stay anonymous' });
    if (await anonymous.count()) await anonymous.click();
    await first.waitForTimeout(1000);
    await first.close();
  }

  async open() {
    await this.page?.close();
    this.page = undefined;
    const figures = await openPage(
      this.context!,
      this.url,
      SLANT_SHAPE,
      firstScreenIds(this.article),
      this.probes,
      this.errors,
    );
    this.page = figures.page;
    // Let deferred work (lists, effects) finish: the heap is measured after opening, not during.
    const settled = this.page.waitForTimeout(1000);
    // A long text renders its first screen first and says it is busy until the rest is there.
    await this.page.waitForFunction(
      (root) => !document.querySelector(`${root}[aria-busy="true"]`),
      SLANT_SHAPE.root,
      { timeout: 60_000, polling: 'raf' },
    );
    const whole = await this.page.evaluate(() => performance.now());
    await settled;
    return {
      ...figures,
      heapMb: await heapMb(this.page),
      detail: `all of the text rendered at ${whole.toFixed(0)} ms`,
    };
  }

  async tag(places: readonly Place[]): Promise<TagFigures> {
    const page = this.page!;
    await page.evaluate(
      (ids) => window.__slantBench.knowIds(ids),
      this.article.annotations.map((a) => a.id),
    );
    const figures: TagFigures = noFigures();
    let toolbarMissing = 0;
    for (const place of places) {
      await scrollToPlace(page, SLANT_SHAPE, place);
      const selected = await selectText(page, SLANT_SHAPE, place.paragraph, place.start, place.end);
      if (selected !== place.word) {
        figures.failures.push(
          `paragraph ${place.paragraph}: selecting “${place.word}” did not stay selected (got “${selected}”)`,
        );
        continue;
      }
      // Untimed: wait until the editor has taken the selection in, which its toolbar, named
      // after the selected text, shows (without such a toolbar: wait a while).
      const toolbar = page.getByRole('toolbar', { name: new RegExp(`^Tag\\b.*${place.word}`) });
      const shown = await toolbar
        .waitFor({ timeout: toolbarMissing ? 300 : 3000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) toolbarMissing += 1;
      await page.waitForTimeout(50);
      const outcome = await this.aroundTimed(() => timeTagging(page, SLANT_SHAPE, '1'));
      if (isError(outcome)) figures.failures.push(`paragraph ${place.paragraph}: ${outcome.error}`);
      else record(figures, outcome);
      await page.waitForTimeout(300);
    }
    if (toolbarMissing) {
      this.log(
        `  note: no “Tag …” toolbar showed for ${toolbarMissing} of ${places.length} selections`,
      );
    }
    return figures;
  }

  /** Types in edit mode, one key at a time, at the given places. */
  async type(places: readonly Place[]): Promise<KeystrokeFigures> {
    const page = this.page!;
    const figures: KeystrokeFigures = noFigures();
    const toggle = page.getByRole('button', { name: 'Edit text' });
    if ((await toggle.count()) === 0) {
      return { ...figures, note: 'the app has no “Edit text” button yet, so no typing was timed' };
    }
    await toggle.first().click();
    if ((await toggle.first().getAttribute('aria-pressed')) !== 'true') {
      figures.failures.push('“Edit text” did not report aria-pressed="true" after a click');
    }
    for (const place of places) {
      await scrollToPlace(page, SLANT_SHAPE, place);
      await selectText(page, SLANT_SHAPE, place.paragraph, place.end, place.end);
      await page.waitForTimeout(300);
      const before = await page.evaluate(
        ({ shape, paragraph }) => window.__slantBench.paragraphText(shape, paragraph),
        { shape: SLANT_SHAPE, paragraph: place.paragraph },
      );
      for (const key of TYPED) {
        const outcome = await this.aroundTimed(() => timeKeystroke(page, SLANT_SHAPE, key));
        if (isError(outcome))
          figures.failures.push(`paragraph ${place.paragraph} key ${key}: ${outcome.error}`);
        else record(figures, outcome);
        // About ten keys a second: a fast typist's pace.
        await page.waitForTimeout(100);
      }
      const after = await page.evaluate(
        ({ shape, paragraph }) => window.__slantBench.paragraphText(shape, paragraph),
        { shape: SLANT_SHAPE, paragraph: place.paragraph },
      );
      const expected = before.slice(0, place.end) + TYPED + before.slice(place.end);
      if (after !== expected) {
        figures.failures.push(
          `paragraph ${place.paragraph}: after typing “${TYPED}” the text reads “…${after.slice(Math.max(0, place.end - 20), place.end + 20)}…”`,
        );
      }
    }
    if (figures.samples.length === 0) {
      figures.failures.push('typing in edit mode changed nothing on the page: no keystroke timed');
    }
    return figures;
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}
