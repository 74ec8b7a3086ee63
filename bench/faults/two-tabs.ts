import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PHRASE, annotate, openDocument } from './app';
import { launchProfile, type ProfileBrowser } from './profile-browser';

/**
 * Two tabs of one browser on the same document: tab A has just tagged the phrase, and tab B has
 * the same annotation open.
 */
export interface TwoTabs {
  browser: ProfileBrowser;
  a: Page;
  b: Page;
}

export async function twoTabsOnOneAnnotation(
  chromiumPath: string,
  baseUrl: string,
  dir: string,
  tagKey = '1',
): Promise<TwoTabs> {
  const browser = await launchProfile(chromiumPath, join(dir, 'profile'));
  try {
    const a = await openDocument(browser.context, baseUrl);
    await annotate(a, PHRASE, tagKey);
    const b = await openDocument(browser.context, baseUrl);
    await openFromList(b);
    return { browser, a, b };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export async function openFromList(page: Page, phrase = PHRASE): Promise<void> {
  const item = page
    .getByRole('region', { name: /^Annotations/ })
    .getByRole('button', { name: new RegExp(phrase) });
  await item.first().click();
  await page.getByRole('region', { name: 'Annotation', exact: true }).waitFor();
}

/** The view's status line: what the app said in that tab. */
export const statusOf = async (page: Page) =>
  ((await page.locator('.annotate-status').textContent()) ?? '').trim();

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
