import { join } from 'node:path';
import {
  annotate,
  annotationsOn,
  appStarted,
  noteField,
  openDocument,
  openPage,
  typeTimed,
} from '../app';
import { launchProfile } from '../profile-browser';
import { countTyped, type FaultEnv, type Scenario } from '../scenario';

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
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const profile = join(dir, 'profile');
    const first = await launchProfile(chromiumPath, profile);
    let keyTimes: number[];
    let askedAt: number;
    try {
      const b = await openDocument(first.context, baseUrl);
      await annotate(b);
      const a = await openPage(first.context, baseUrl);
      await appStarted(a);
      await b.bringToFront();
      await noteField(b).click();
      keyTimes = await typeTimed(b, NOTE);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delayMs, 250)));
      askedAt = Date.now();
      // What the update prompt's Reload does first: ask every tab to save, and wait for answers.
      await a.evaluate(
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
    } finally {
      await first.kill();
    }
    const again = await launchProfile(chromiumPath, profile);
    try {
      const page = await openPage(again.context, baseUrl);
      await appStarted(page);
      const found = await annotationsOn(page);
      // Every key pressed before the request counts: the flush promised to save them all.
      return {
        ...countTyped(NOTE, keyTimes, askedAt + 500, found[0]?.note),
        resurrected: 0,
        duplicated: Math.max(0, found.length - 1),
        messages: [],
      };
    } finally {
      await again.close();
    }
  },
};
