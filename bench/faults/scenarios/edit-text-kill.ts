import type { Page } from 'playwright-core';
import { selectPhraseToEdit } from '../../../tests/e2e/text-selection';
import { DOC, PHRASE, noticesShown, openDocument, readStore } from '../app';
import { killAndRestart, typeAndWait } from '../kill-and-restart';
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
  trial: (env: FaultEnv) =>
    killAndRestart(
      env,
      async (context) => {
        const page = await openDocument(context, env.baseUrl);
        const original = (await storedDocuments(page)).find((d) => d.id === DOCUMENT_ID)!.text;
        await page.getByRole('button', { name: 'Edit text' }).click();
        await selectPhraseToEdit(page, PHRASE);
        const keyTimes = await typeAndWait(page, TYPED, env.delayMs);
        return { original, keyTimes };
      },
      async (page, { original, keyTimes }, killedAt) => {
        const docs = (await storedDocuments(page)).filter((d) => d.id === DOCUMENT_ID);
        const stored = docs[0]?.text ?? '';
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
          duplicated: docs.length > 1 ? 1 : 0,
          messages: await noticesShown(page),
        };
      },
    ),
};

const storedDocuments = (page: Page) => readStore<{ id: string; text: string }>(page, 'documents');
