import { annotationsOn, noteField, typeTimed } from '../app';
import type { FaultEnv, Scenario } from '../scenario';
import { pause, twoTabsOnOneAnnotation } from '../two-tabs';

/**
 * Issue 14, item 5: both tabs type the same annotation's note at once. Neither tab's typing may
 * replace the other's: the stored note holds both, and the tab typed in says so.
 */
const WORDS_A = ['Tab A says:', 'a loaded label', 'for a whole group.'];
const WORDS_B = ['Tab B adds:', 'no source', 'is named.'];

/**
 * Characters of one tab's typing missing from the merged note, in order. Both tabs typing at the
 * same place interleave (as in team sync), so a tab's text is a subsequence, not a substring.
 */
function unmatched(typed: string, note: string): number {
  let at = 0;
  let found = 0;
  for (const char of typed) {
    const next = note.indexOf(char, at);
    if (next === -1) continue;
    found += 1;
    at = next + 1;
  }
  return typed.length - found;
}

export const sameNoteTwoTabs: Scenario = {
  name: 'two tabs: the same note typed in both',
  randomDelay: true,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const { browser, a, b } = await twoTabsOnOneAnnotation(chromiumPath, baseUrl, dir);
    try {
      await noteField(a).click();
      await noteField(b).click();
      // Turn by turn, each tab a few words, the other's typing arriving meanwhile.
      for (let i = 0; i < WORDS_A.length; i += 1) {
        await a.bringToFront();
        await noteField(a).focus();
        await typeTimed(a, `${WORDS_A[i]} `, 5);
        await b.bringToFront();
        await noteField(b).focus();
        await typeTimed(b, `${WORDS_B[i]} `, 5);
        await pause(delayMs / WORDS_A.length);
      }
      await a.locator('[data-slate-editor="true"]').focus();
      await b.locator('[data-slate-editor="true"]').focus();
      await pause(1000);
      const [stored] = await annotationsOn(a);
      const note = stored?.note ?? '';
      const typed = [`${WORDS_A.join(' ')} `, `${WORDS_B.join(' ')} `];
      const messages = [
        ...(await a.locator('.details-merged').allTextContents()),
        ...(await b.locator('.details-merged').allTextContents()),
      ];
      return {
        acknowledged: typed[0]!.length + typed[1]!.length,
        lost: typed.reduce((sum, text) => sum + unmatched(text, note), 0),
        resurrected: 0,
        duplicated: note.length > typed[0]!.length + typed[1]!.length ? 1 : 0,
        corrupted: 0,
        partial: 0,
        messages,
      };
    } finally {
      await browser.close();
    }
  },
};
