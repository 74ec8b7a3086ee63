import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

/** Launch flags for Debian's Chromium on a machine without a network (ARCHITECTURE.md §9). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = () => inject('baseUrl');
export const chromiumPath = () => inject('chromiumPath');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** A page whose uncaught errors and console errors (such as CSP violations) are collected. */
export async function openApp(
  context: BrowserContext,
  hash = '#/',
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl() + hash);
  return { page, errors };
}

export interface AppSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

interface FreshAppOptions {
  /** Where each test starts, e.g. `#/doc/<id>`. */
  hash?: string;
  /** Waits until the starting view is ready, and answers anything it asks first. */
  ready?: (page: Page) => Promise<void>;
}

/**
 * One browser for the file, and for each test a new context (so a fresh, empty IndexedDB: the
 * app starts as on a first visit) with the app open. Registers the hooks; read `session.page`
 * inside tests.
 */
export function freshAppForEachTest({ hash = '#/', ready }: FreshAppOptions = {}): AppSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    context = await browser!.newContext({ acceptDownloads: true });
    ({ page } = await openApp(context, hash));
    await ready?.(page);
  });
  afterEach(async () => context?.close());
  return {
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
  };
}

export const libraryReady = (page: Page) => page.getByRole('table').waitFor();

/** The document's editor is there, and the annotator's name question answered anonymously. */
export async function editorReadyAnonymously(page: Page) {
  await page.locator('[data-slate-editor="true"]').waitFor();
  await page.getByRole('button', { name: 'Stay anonymous' }).click();
}
