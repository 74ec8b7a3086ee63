/**
 * Typing that is saved a moment later (notes, edit mode) registers here how to save it at once.
 * Everything registered is flushed when the tab is hidden, left or closed, before this tab or
 * another reloads for an update, and before a newer Slant in another tab upgrades the database.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves everything typed and not yet saved; settles when the writes have (or have failed). */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}

/** Flushes as the page goes away: hidden, left, closed or reloaded. Call once per page. */
export function flushWhenLeaving(target: Window = window): () => void {
  const flush = () => void flushPendingWrites();
  const onVisibility = () => target.document.visibilityState === 'hidden' && flush();
  target.addEventListener('pagehide', flush);
  target.addEventListener('beforeunload', flush);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.removeEventListener('beforeunload', flush);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
