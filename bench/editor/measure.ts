/**
 * Measurements shared by Slant and the peer: open a page and time its first screen, read its JS
 * heap, and time tagging a word. The page-side half is `page/probes.ts`.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Place } from './places';
import type { OpenResult, Outcome, PageShape, TimedResult } from './page/probes';

export interface OpenFigures {
  page: Page;
  /** ms from navigation start to the first paint of the text with its first-screen highlights. */
  openMs: number;
  probeMs: number;
  longTaskMs: number;
  paragraphs: number;
  highlights: number;
}

function isError<T extends object>(outcome: Outcome<T>): outcome is { error: string } {
  return 'error' in outcome;
}

export function watchErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(message.text());
  });
}

/** Opens `url` in a new page and times it until the text and the `firstScreenIds` are painted. */
export async function openPage(
  context: BrowserContext,
  url: string,
  shape: PageShape,
  firstScreenIds: readonly string[],
  probes: string,
  errors: string[],
  timeoutMs = 120_000,
): Promise<OpenFigures> {
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.addInitScript({
    content: `${probes}\nwindow.__slantBench.watchOpen(${JSON.stringify(shape)}, ${JSON.stringify(firstScreenIds)});`,
  });
  await page.goto(url, { waitUntil: 'commit' });
  const outcome: Outcome<OpenResult> = await page.evaluate(
    (t) => window.__slantBench.opened(t),
    timeoutMs,
  );
  if (isError(outcome)) {
    await page.close();
    throw new Error(
      `${url}: ${outcome.error}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
    );
  }
  return {
    page,
    openMs: outcome.painted,
    probeMs: outcome.probeMs,
    longTaskMs: outcome.longTaskMs,
    paragraphs: outcome.paragraphs,
    highlights: outcome.highlights,
  };
}

/** The page's used JS heap in MiB after a forced garbage collection (CDP, as DevTools does). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
    return used / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** Scrolls a place's paragraph into the middle of the window and lets the page paint it. */
export async function scrollToPlace(page: Page, shape: PageShape, place: Place): Promise<void> {
  const found = await page.evaluate(
    ({ shape, paragraph }) => window.__slantBench.scrollTo(shape, paragraph),
    { shape, paragraph: place.paragraph },
  );
  if (!found) throw new Error(`The page has no paragraph ${place.paragraph}`);
  await page.evaluate(() => window.__slantBench.frames(3));
  await page.waitForTimeout(150);
}

/**
 * Focuses the text, lets the page settle (an editor may re-render on focus, and then put back its
 * own idea of the selection), selects `[start, end)` of a paragraph, and checks after a while
 * that the selection stayed. Returns the selected text, or '' when it did not stay.
 */
export async function selectText(
  page: Page,
  shape: PageShape,
  paragraph: number,
  start: number,
  end: number,
): Promise<string> {
  await page.evaluate((shape) => window.__slantBench.focus(shape), shape);
  await page.evaluate(() => window.__slantBench.frames(2));
  const selected = await page.evaluate(
    ({ shape, paragraph, start, end }) => window.__slantBench.select(shape, paragraph, start, end),
    { shape, paragraph, start, end },
  );
  await page.evaluate(() => window.__slantBench.frames(2));
  await page.waitForTimeout(150);
  const kept = await page.evaluate(() => window.__slantBench.selectedText());
  return kept === selected ? selected : '';
}

/** Presses `key` over the selection and times it until a new highlight is painted. */
export async function timeTagging(
  page: Page,
  shape: PageShape,
  key: string,
  timeoutMs = 15_000,
): Promise<Outcome<TimedResult>> {
  await page.evaluate(({ shape, key }) => window.__slantBench.armNewHighlight(shape, key), {
    shape,
    key,
  });
  await page.keyboard.press(key);
  return page.evaluate((t) => window.__slantBench.result(t), timeoutMs);
}

/** Presses `key` and times it until the text's change is painted. */
export async function timeKeystroke(
  page: Page,
  shape: PageShape,
  key: string,
  timeoutMs = 5_000,
): Promise<Outcome<TimedResult>> {
  await page.evaluate((shape) => window.__slantBench.armTextChange(shape), shape);
  await page.keyboard.press(key);
  return page.evaluate((t) => window.__slantBench.result(t), timeoutMs);
}

export { isError };
