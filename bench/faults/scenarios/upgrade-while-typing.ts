import { annotationsOn, noteField, noticesShown, openPage, typeTimed } from '../app';
import type { FaultEnv, Scenario } from '../scenario';
import { countTyped } from '../scenario';
import { pause, twoTabsOnOneAnnotation } from '../two-tabs';

/**
 * Issue 14, items 7 and 8: a newer Slant upgrades the database in another tab while this (older)
 * tab is typing a note. The note must be saved, and the old tab must stop and say
 * "Slant was updated in another tab" (not that the database may be damaged).
 */
const NOTE = 'Typed while a newer Slant upgraded the database.';
const NEWER_VERSION = 1_000_000;

export const upgradeWhileTyping: Scenario = {
  name: 'upgraded in another tab while typing',
  randomDelay: true,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const { browser, a, b } = await twoTabsOnOneAnnotation(chromiumPath, baseUrl, dir);
    try {
      await b.close();
      await noteField(a).click();
      const keyTimes = await typeTimed(a, NOTE);
      await pause(delayMs);
      const upgradedAt = Date.now();
      // What a newer Slant does on opening: asks for a higher version of the database.
      const newer = await openPage(browser.context, `${baseUrl}icon.svg`);
      await newer.evaluate(
        (version) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('slant', version);
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
        NEWER_VERSION,
      );
      await a.getByRole('heading', { name: 'Slant was updated in another tab' }).waitFor();
      const [stored, ...more] = await annotationsOn(newer);
      return {
        ...countTyped(NOTE, keyTimes, upgradedAt, stored?.note),
        resurrected: 0,
        duplicated: more.length,
        messages: await noticesShown(a),
      };
    } finally {
      await browser.close();
    }
  },
};
