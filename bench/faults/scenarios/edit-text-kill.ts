import { join } from 'node:path';
import { selectPhraseToEdit } from '../../../tests/e2e/text-selection';
import {
  DOC,
  PHRASE,
  appStarted,
  noticesShown,
  openDocument,
  openPage,
  readStore,
  typeTimed,
} from '../app';
import { launchProfile } from '../profile-browser';
import { countTyped, type FaultEnv, type Scenario } from '../scenario';

/**
 * Issue 14, item 3: the article's text is being edited (edit mode) when the browser dies. Every
 * key pressed more than 0.5 s before the kill must be in the text after a restart.
 */
const TYPED = 'Gunmen, as the agency itself later called them,';
const DOCUMENT_ID = DOC.replace('#/doc/', '');

export const editTextKill: Scenario = {
  name: 'article text edited, browser killed',
  randomDelay: true,
  e2eTrials: 2,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const profile = join(dir, 'profile');
    const first = await launchProfile(chromiumPath, profile);
    let keyTimes: number[];
    let killedAt: number;
    let original: string;
    try {
      const page = await openDocument(first.context, baseUrl);
      const [doc] = (await readStore<{ id: string; text: string }>(page, 'documents')).filter(
        (d) => d.id === DOCUMENT_ID,
      );
      original = doc!.text;
      await page.getByRole('button', { name: 'Edit text' }).click();
      await selectPhraseToEdit(page, PHRASE);
      keyTimes = await typeTimed(page, TYPED);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      killedAt = Date.now();
    } finally {
      await first.kill();
    }
    const again = await launchProfile(chromiumPath, profile);
    try {
      const page = await openPage(again.context, baseUrl);
      await appStarted(page);
      const docs = await readStore<{ id: string; text: string }>(page, 'documents');
      const stored = docs.find((d) => d.id === DOCUMENT_ID)?.text ?? '';
      const at = original.indexOf(PHRASE);
      const head = original.slice(0, at);
      const tail = original.slice(at + PHRASE.length);
      const intact = stored.startsWith(head) && stored.endsWith(tail);
      const middle = intact ? stored.slice(head.length, stored.length - tail.length) : undefined;
      const counts = intact
        ? countTyped(TYPED, keyTimes, killedAt, middle === PHRASE ? '' : middle)
        : { ...countTyped(TYPED, keyTimes, killedAt, undefined), corrupted: 1 };
      return {
        ...counts,
        resurrected: 0,
        duplicated: docs.filter((d) => d.id === DOCUMENT_ID).length > 1 ? 1 : 0,
        messages: await noticesShown(page),
      };
    } finally {
      await again.close();
    }
  },
};
