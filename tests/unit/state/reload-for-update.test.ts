import { afterEach, describe, expect, it } from 'vitest';
import { answerFlushRequests, reloadForUpdate } from '../../../src/state/reload-for-update';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('reloading for a new version', () => {
  it('lets every other tab save what is being typed before the update reloads them', async () => {
    const events: string[] = [];
    // Two other tabs, each with a note being typed that takes a while to save.
    for (const tab of ['tab B', 'tab C']) {
      stops.push(
        answerFlushRequests(async () => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          events.push(`${tab} saved`);
        }),
      );
    }
    await reloadForUpdate(
      async () => void events.push('update activated'),
      () => events.push('reloaded'),
    );
    expect(events.slice(0, 2).sort()).toEqual(['tab B saved', 'tab C saved']);
    expect(events.slice(2)).toEqual(['update activated', 'reloaded']);
  });

  it('reloads the tab that asked even when no service worker takes it over', async () => {
    const events: string[] = [];
    await reloadForUpdate(
      async () => void events.push('update activated'),
      () => events.push('reloaded'),
    );
    expect(events).toEqual(['update activated', 'reloaded']);
  });
});
