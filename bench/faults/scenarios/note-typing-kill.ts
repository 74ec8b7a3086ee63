import { join } from 'node:path';
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
import { countTyped, type FaultEnv, type Scenario } from '../scenario';

/**
 * Issue 14, item 3: a note is being typed, its field still focused, when the browser dies.
 * Every key pressed more than 0.5 s before the kill must be there after a restart.
 */
const NOTE = 'Labels a whole group as terrorists, no source named.';

export const noteTypingKill: Scenario = {
  name: 'note typed, browser killed',
  randomDelay: true,
  e2eTrials: 2,
  async trial({ baseUrl, chromiumPath, dir, delayMs }: FaultEnv) {
    const profile = join(dir, 'profile');
    const first = await launchProfile(chromiumPath, profile);
    let keyTimes: number[];
    let killedAt: number;
    try {
      const page = await openDocument(first.context, baseUrl);
      await annotate(page);
      await noteField(page).click();
      keyTimes = await typeTimed(page, NOTE);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      killedAt = Date.now();
    } finally {
      await first.kill();
    }
    const again = await launchProfile(chromiumPath, profile);
    try {
      const page = await openPage(again.context, baseUrl);
      await appStarted(page);
      const found = await annotationsOn(page);
      return {
        ...countTyped(NOTE, keyTimes, killedAt, found[0]?.note),
        resurrected: 0,
        duplicated: Math.max(0, found.length - 1),
        messages: await noticesShown(page),
      };
    } finally {
      await again.close();
    }
  },
};
