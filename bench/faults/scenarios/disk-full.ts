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
  typeTimed,
} from '../app';
import { launchProfile } from '../profile-browser';
import type { FaultEnv, Scenario } from '../scenario';
import { canMount, mountSmallDisk } from '../small-disk';
import { restoreFromLostLibrary } from './library-dropped';

/**
 * Issue 14, item 1: the disk fills while a note is typed. Slant must say the disk is full (not
 * that the database may be damaged), offer a backup that downloads, and after space is freed
 * and the browser restarted, the work must be there (or, if the browser dropped the database,
 * be reported lost and restorable from that backup). On a real small filesystem (a tmpfs the
 * runner mounts as root); otherwise IndexedDB's writes fail with the browser's own
 * QuotaExceededError once the disk is "full".
 */
const BEFORE = 'Saved before the disk filled.';
const REAL = canMount();

// Without a real small disk: IndexedDB's writes throw the browser's own QuotaExceededError once
// the page sets `__slantDiskFull`, as Chromium does when the disk is full.
const SIMULATED_FULL = `(() => {
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (...args) {
      if (self.__slantDiskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
})();`;

export const diskFull: Scenario = {
  name: `disk full while typing (${REAL ? 'real tmpfs' : 'simulated quota errors'})`,
  randomDelay: false,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir }: FaultEnv) {
    const disk = REAL ? mountSmallDisk(join(dir, 'profile'), 200) : undefined;
    const profile = disk?.path ?? join(dir, 'profile');
    const messages: string[] = [];
    let backupFile: string | undefined;
    try {
      const first = await launchProfile(chromiumPath, profile);
      try {
        if (!REAL) await first.context.addInitScript(SIMULATED_FULL);
        const page = await openDocument(first.context, baseUrl);
        await annotate(page);
        await noteField(page).click();
        await typeTimed(page, BEFORE);
        await page.locator('[data-slate-editor="true"]').focus();
        await page.waitForTimeout(600);
        if (disk) disk.fill();
        else
          await page.evaluate(
            () => ((self as { __slantDiskFull?: boolean }).__slantDiskFull = true),
          );
        // A few bytes may still fit in a page the filesystem gave out earlier: type on until a
        // save needs a new one and fails (each save writes the whole record again).
        const notice = page.locator('.save-problem');
        await noteField(page).click();
        for (let round = 0; round < 12 && !(await notice.isVisible()); round += 1) {
          await typeTimed(page, ' Typed on a full disk.', 5);
          await page.waitForTimeout(400);
        }
        await page.locator('[data-slate-editor="true"]').focus();
        await notice.waitFor({ timeout: 10_000 }).catch(() => undefined);
        messages.push(...(await noticesShown(page)));
        backupFile = await downloadBackup(page, join(dir, 'backup.json'));
        disk?.free();
      } finally {
        await first.kill();
      }
      const again = await launchProfile(chromiumPath, profile);
      try {
        const page = await openPage(again.context, baseUrl);
        await appStarted(page);
        const shown = await noticesShown(page);
        messages.push(...shown);
        if (shown.some((m) => m.includes('Your library was lost')) && backupFile) {
          await restoreFromLostLibrary(page, backupFile);
        }
        const found = await annotationsOn(page);
        const kept = found.some((a) => a.note.startsWith(BEFORE));
        return {
          acknowledged: 1,
          lost: kept ? 0 : 1,
          resurrected: 0,
          duplicated: Math.max(0, found.length - 1),
          corrupted: found.some((a) => !a.note.startsWith(BEFORE)) ? 1 : 0,
          partial: 0,
          messages,
        };
      } finally {
        await again.close();
      }
    } finally {
      disk?.unmount();
    }
  },
};

/** Clicks the notice's "Download a backup now" and saves the file; undefined when none came. */
async function downloadBackup(page: Page, path: string): Promise<string | undefined> {
  const button = page.getByRole('button', { name: 'Download a backup now' });
  if (!(await button.isVisible().catch(() => false))) return undefined;
  const download = page.waitForEvent('download', { timeout: 15_000 }).catch(() => undefined);
  await button.click();
  const file = await download;
  if (!file) return undefined;
  await file.saveAs(path);
  return path;
}
