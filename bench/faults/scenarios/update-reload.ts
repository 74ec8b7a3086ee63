import type { Page } from 'playwright-core';
import { appStarted, noteField, openPage } from '../app';
import { killAndRestart, noteCounts, startNote, typeAndWait } from '../kill-and-restart';
import { ACKNOWLEDGED_AFTER_MS, type FaultEnv, type Scenario } from '../scenario';

/**
 * Issue 14, item 6: "Reload" on the update prompt in one tab reloads every tab. Before it does,
 * the tab that asked broadcasts a flush request (src/state/reload-for-update.ts) and waits for
 * the answers; here tab A sends it while tab B is typing a note, and the browser is then killed
 * (harsher than the reload). Every key B pressed before the request must be saved.
 */
const NOTE = 'Typed in the other tab as the update was asked for.';

export const updateReload: Scenario = {
  name: 'update asked for in another tab while typing',
  randomDelay: true,
  trial: (env: FaultEnv) =>
    killAndRestart(
      env,
      async (context) => {
        const b = await startNote(context, env.baseUrl);
        const a = await openPage(context, env.baseUrl);
        await appStarted(a);
        await b.bringToFront();
        await noteField(b).click();
        const keyTimes = await typeAndWait(b, NOTE, Math.min(env.delayMs, 250));
        const askedAt = Date.now();
        await askEveryTabToSave(a);
        return { keyTimes, askedAt };
      },
      // Every key pressed before the request counts: the flush promised to save them all.
      async (page, { keyTimes, askedAt }) => ({
        ...(await noteCounts(page, NOTE, keyTimes, askedAt + ACKNOWLEDGED_AFTER_MS)),
        messages: [],
      }),
    ),
};

/** What the update prompt's Reload does first: ask every tab to save, and wait for answers. */
const askEveryTabToSave = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new BroadcastChannel('slant-update');
        const timer = setTimeout(resolve, 1500);
        channel.onmessage = (event: MessageEvent<{ kind: string; id: string }>) => {
          if (event.data.kind === 'flushed' && event.data.id === 'faults') {
            clearTimeout(timer);
            channel.close();
            resolve();
          }
        };
        channel.postMessage({ kind: 'flush', id: 'faults' });
      }),
  );
