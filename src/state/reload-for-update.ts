import { flushPendingWrites } from './pending-writes';

/**
 * Reloading for a new version of Slant reloads every tab (the new service worker takes them all
 * over). Before that, every tab saves what is being typed: the tab that asked broadcasts a flush
 * request, each tab answers once its writes have settled, and only then (or after a bounded wait)
 * does the update go ahead. The tab that asked then reloads even when the service worker does
 * not make it (a tab open since the very first visit, which no worker controlled).
 */
const CHANNEL = 'slant-update';
const WAIT_FOR_TABS_MS = 1500;
const WAIT_FOR_TAKEOVER_MS = 3000;

type Message = { kind: 'flush'; id: string } | { kind: 'flushed'; id: string };

/** Every tab answers flush requests; call once per page. Returns how to stop. */
export function answerFlushRequests(flush: () => Promise<void> = flushPendingWrites): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.kind !== 'flush') return;
    const { id } = event.data;
    void flush()
      .catch(() => undefined)
      .then(() => channel.postMessage({ kind: 'flushed', id } satisfies Message));
  };
  return () => channel.close();
}

/**
 * Asks every other tab to save what is being typed and waits for their answers: until no answer
 * has come for a short while, at most `WAIT_FOR_TABS_MS`. Resolves how many tabs answered.
 */
export async function flushEveryTab(waitMs = WAIT_FOR_TABS_MS): Promise<number> {
  await flushPendingWrites();
  if (typeof BroadcastChannel === 'undefined') return 0;
  const channel = new BroadcastChannel(CHANNEL);
  const id = Math.random().toString(36).slice(2);
  let answers = 0;
  try {
    await new Promise<void>((resolve) => {
      let quiet = setTimeout(resolve, Math.min(300, waitMs));
      const limit = setTimeout(resolve, waitMs);
      channel.onmessage = (event: MessageEvent<Message>) => {
        if (event.data.kind !== 'flushed' || event.data.id !== id) return;
        answers += 1;
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          clearTimeout(limit);
          resolve();
        }, 100);
      };
      channel.postMessage({ kind: 'flush', id } satisfies Message);
    });
  } finally {
    channel.close();
  }
  return answers;
}

/** Saves every tab's typing, activates the new version, and makes sure this tab reloads. */
export async function reloadForUpdate(
  activate: () => Promise<void>,
  reload: () => void = () => window.location.reload(),
): Promise<void> {
  await flushEveryTab();
  const tookOver = new Promise<void>((resolve) => {
    const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    container?.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, WAIT_FOR_TAKEOVER_MS);
  });
  await activate();
  await tookOver;
  reload();
}
