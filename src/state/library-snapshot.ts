import type { RestoredBackup } from '../io/backup';
import { onDatabaseChange } from '../storage';
import { readEverything } from './exchange-commands';

/**
 * A copy in memory of everything stored, refreshed a moment after each burst of changes. When
 * the disk fills, Chromium may close the database so that not even reading works, and drop it
 * at the next start; this copy is what "Download a backup now" can still offer then.
 *
 * Reading everything takes the main thread for a while (tens of milliseconds at book length), so
 * it waits for a pause: 2 s without a change, or at most 15 s into a run of changes (typing in
 * edit mode saves every 300 ms, and a read in the middle of it would hold up a keystroke).
 */
const QUIET_MS = 2000;
const AT_MOST_MS = 15_000;

let snapshot: { contents: RestoredBackup; at: Date } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let firstChangeAt: number | undefined;
let stopWatching: (() => void) | undefined;

async function refresh() {
  timer = undefined;
  firstChangeAt = undefined;
  try {
    snapshot = { contents: await readEverything(), at: new Date() };
  } catch {
    // The database cannot be read (a full disk): keep the last good copy.
  }
}

/** Starts keeping the copy (again); call once the database is open. */
export function keepLibrarySnapshot(): void {
  stopWatching?.();
  void refresh();
  stopWatching = onDatabaseChange(() => {
    const now = Date.now();
    firstChangeAt ??= now;
    clearTimeout(timer);
    const wait = Math.min(QUIET_MS, Math.max(0, firstChangeAt + AT_MOST_MS - now));
    timer = setTimeout(() => void refresh(), wait);
  });
}

/** The last copy, and when it was taken; undefined before the first. */
export const librarySnapshot = () => snapshot;
