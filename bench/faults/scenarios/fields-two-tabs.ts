import { annotationsOn, noteField, typeTimed } from '../app';
import type { FaultEnv, Scenario } from '../scenario';
import { pause, twoTabsOnOneAnnotation } from '../two-tabs';

/**
 * Issue 14, item 5: two tabs change different fields of one annotation within milliseconds (the
 * note in one, who should be cited in the other). Both changes must be kept.
 */
const NOTE = 'Stated as fact.';
const SHOULD_CITE = 'the health ministry';

export const fieldsTwoTabs: Scenario = {
  name: 'two tabs: different fields saved at once',
  randomDelay: false,
  async trial({ baseUrl, chromiumPath, dir }: FaultEnv) {
    const { browser, a, b } = await twoTabsOnOneAnnotation(chromiumPath, baseUrl, dir, '2');
    try {
      await noteField(a).click();
      await typeTimed(a, NOTE, 0);
      const cite = b
        .getByRole('region', { name: 'Annotation', exact: true })
        .getByLabel('Who should be cited?');
      await cite.click();
      await typeTimed(b, SHOULD_CITE, 0);
      // Both fields lose focus together: their saves land within milliseconds of each other.
      await Promise.all([
        a.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
        b.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
      ]);
      await pause(1000);
      const [stored] = await annotationsOn(a);
      const kept = [stored?.note === NOTE, stored?.fields.shouldCite === SHOULD_CITE];
      return {
        acknowledged: 2,
        lost: kept.filter((k) => !k).length,
        resurrected: 0,
        duplicated: 0,
        corrupted: 0,
        partial: 0,
        messages: [],
      };
    } finally {
      await browser.close();
    }
  },
};
