import { noticesShown } from '../app';
import { killAndRestart, noteCounts, startNote, typeAndWait } from '../kill-and-restart';
import type { FaultEnv, Scenario } from '../scenario';

/**
 * Issue 14, item 3: a note is being typed, its field still focused, when the browser dies.
 * Every key pressed more than 0.5 s before the kill must be there after a restart.
 */
const NOTE = 'Labels a whole group as terrorists, no source named.';

export const noteTypingKill: Scenario = {
  name: 'note typed, browser killed',
  randomDelay: true,
  e2eTrials: 2,
  trial: (env: FaultEnv) =>
    killAndRestart(
      env,
      async (context) => typeAndWait(await startNote(context, env.baseUrl), NOTE, env.delayMs),
      async (page, keyTimes, killedAt) => ({
        ...(await noteCounts(page, NOTE, keyTimes, killedAt)),
        messages: await noticesShown(page),
      }),
    ),
};
