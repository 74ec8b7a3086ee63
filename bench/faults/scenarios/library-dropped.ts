import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  annotate,
  annotationsOn,
  appStarted,
  noteField,
  noticesShown,
  openDocument,
  openPage,
  readStore,
  typeTimed,
} from '../app';
import { launchProfile } from '../profile-browser';
import type { FaultEnv, Scenario } from '../scenario';

/**
 * Issue 14, item 1 (b): the browser dropped Slant's database (as Chromium did after a full
 * disk). On the next start Slant must not quietly load the sample collection: it says the
 * library was lost and restores a backup the user downloaded.
 */
const NOTE = 'Work that must come back from the backup.';

export const libraryDropped: Scenario = {
  name: 'database dropped by the browser',
  randomDelay: false,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir }: FaultEnv) {
    const browser = await launchProfile(chromiumPath, join(dir, 'profile'));
    try {
      const page = await openDocument(browser.context, baseUrl);
      await annotate(page);
      await noteField(page).click();
      await typeTimed(page, NOTE, 0);
      await page.locator('[data-slate-editor="true"]').focus();
      await page.waitForTimeout(600);
      await page.goto(`${baseUrl}#/settings`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download a backup', exact: true }).click(),
      ]);
      const backup = join(dir, 'backup.json');
      await download.saveAs(backup);
      // The browser gives up on the database: gone, with the page closed.
      await page.goto(`${baseUrl}icon.svg`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('slant');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      );
      const after = await openPage(browser.context, baseUrl);
      await appStarted(after);
      const messages = await noticesShown(after);
      const seeded = (await readStore<{ id: string }>(after, 'documents')).length;
      if (messages.some((m) => m.includes('Your library was lost'))) {
        await restoreFromLostLibrary(after, backup);
      }
      const found = await annotationsOn(after);
      return {
        acknowledged: 1,
        lost: found.some((a) => a.note === NOTE) ? 0 : 1,
        // The sample collection loaded over the lost library, without a word.
        resurrected: 0,
        duplicated: Math.max(0, found.length - 1),
        corrupted: seeded > 0 ? 1 : 0,
        partial: 0,
        messages,
      };
    } finally {
      await browser.close();
    }
  },
};

/** On the "library was lost" notice: restores the backup file and waits for the library. */
export async function restoreFromLostLibrary(page: Page, backup: string): Promise<void> {
  await page.getByLabel('Restore a backup…').setInputFiles(backup);
  await page.getByRole('table').waitFor({ timeout: 20_000 });
}
