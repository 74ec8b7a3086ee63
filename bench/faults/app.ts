import type { BrowserContext, Page } from 'playwright-core';
import { selectPhrase } from '../../tests/e2e/text-selection';

/** What the fault scenarios do in the app, as a user would, and how they read what was stored. */

export const DOC = '#/doc/seed-002_7858cea97ce4f018';
export const PHRASE = 'Jihadists';

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Opens the sample document and answers the name question once per profile. */
export async function openDocument(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await openPage(context, baseUrl + DOC);
  await page.locator('[data-slate-editor="true"]').waitFor();
  const anonymous = page.getByRole('button', { name: 'Stay anonymous' });
  if (await anonymous.isVisible().catch(() => false)) await anonymous.click();
  return page;
}

/** Tags the phrase with the first tag and leaves the annotation's details open. */
export async function annotate(page: Page, phrase = PHRASE, tagKey = '1'): Promise<void> {
  await selectPhrase(page, phrase);
  await page.keyboard.press(tagKey);
  await noteField(page).waitFor();
}

export const noteField = (page: Page) =>
  page.getByRole('region', { name: 'Annotation', exact: true }).getByLabel('Note');

/** Types key by key; returns when each key was pressed (ms since the epoch). */
export async function typeTimed(page: Page, text: string, gapMs = 15): Promise<number[]> {
  const times: number[] = [];
  for (const key of text) {
    await page.keyboard.type(key);
    times.push(Date.now());
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return times;
}

/** Every record of an object store, read with IndexedDB itself (not through the app). */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('slant');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

export interface StoredAnnotation {
  id: string;
  note: string;
  fields: Record<string, string>;
  target: { exact: string };
}

export const annotationsOn = async (page: Page, phrase = PHRASE) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter((a) => a.target.exact === phrase);

/** The notices on the page: alerts and status messages a user would read. */
export async function noticesShown(page: Page): Promise<string[]> {
  const texts = await page.locator('[role="alert"], .save-problem').allTextContents();
  return texts.map((t) => t.trim()).filter((t) => t.length > 0);
}

/** Waits until the app has opened its database (the library, a document, or a notice). */
export async function appStarted(page: Page): Promise<void> {
  await page
    .locator('table, [data-slate-editor="true"], [role="alert"]')
    .first()
    .waitFor({ timeout: 20_000 });
}
