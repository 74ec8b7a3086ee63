import { annotationsOn, noteField, typeTimed } from '../app';
import type { FaultEnv, Scenario } from '../scenario';
import { pause, statusOf, twoTabsOnOneAnnotation } from '../two-tabs';

/**
 * Issue 14, item 4: a note is edited in tab A, the annotation deleted in tab B, and Ctrl+Z
 * pressed in A. The undo would bring the deleted annotation back: it must say so and do nothing.
 */
export const undoAfterRemoteDelete: Scenario = {
  name: 'two tabs: undo in one after a delete in the other',
  randomDelay: false,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const { browser, a, b } = await twoTabsOnOneAnnotation(chromiumPath, baseUrl, dir);
    try {
      await noteField(a).click();
      await typeTimed(a, 'A note typed in tab A.');
      await a.locator('[data-slate-editor="true"]').focus();
      await pause(delayMs);
      await b.getByRole('button', { name: 'Delete annotation' }).click();
      await pause(500);
      await a.locator('[data-slate-editor="true"]').focus();
      await a.keyboard.press('Control+z');
      await pause(1000);
      const left = await annotationsOn(a);
      const said = await statusOf(a);
      return {
        acknowledged: 1,
        lost: 0,
        resurrected: left.length,
        duplicated: 0,
        corrupted: 0,
        partial: 0,
        messages: said ? [said] : [],
      };
    } finally {
      await browser.close();
    }
  },
};
