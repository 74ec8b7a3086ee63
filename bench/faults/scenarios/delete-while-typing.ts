import { annotationsOn, noteField, readStore, typeTimed } from '../app';
import type { FaultEnv, Scenario } from '../scenario';
import { openFromList, pause, statusOf, twoTabsOnOneAnnotation } from '../two-tabs';

/**
 * Issue 14, item 4: tab A deletes an annotation while tab B types its note. It must stay
 * deleted (B's late saves may not re-create it), and B must be told its typing was not saved.
 */
export const deleteWhileTyping: Scenario = {
  name: 'two tabs: deleted while the other types its note',
  randomDelay: true,
  mustTell: true,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const { browser, a, b } = await twoTabsOnOneAnnotation(chromiumPath, baseUrl, dir);
    try {
      await openFromList(a);
      await noteField(b).click();
      await typeTimed(b, 'Typed in tab B before ');
      await a.getByRole('button', { name: 'Delete annotation' }).click();
      await pause(delayMs);
      await typeTimed(b, 'and after the deletion.');
      await b.locator('[data-slate-editor="true"]').focus(); // the note field loses focus
      await pause(1000);
      const left = await annotationsOn(a);
      const tombstones = await readStore<{ id: string }>(a, 'tombstones');
      const said = await statusOf(b);
      return {
        acknowledged: 1,
        lost: tombstones.length === 0 ? 1 : 0,
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
