import { onDatabaseChange } from '../storage';
import { writeBackup } from './exchange-commands';

/**
 * A backup of everything stored, kept as a Blob (which the browser may hold outside the page's
 * heap), written a moment after each burst of changes and a moment after start. When the disk
 * fills, Chromium may close the database so that not even reading works, and drop it at the
 * next start; this copy is what "Download a backup now" can still offer then.
 *
 * Reading everything takes the main thread for a while (tens of milliseconds at book length,
 * seconds with thousands of articles), so it waits for a pause: 2 s without a change, or at
 * most 15 s into a run of changes (typing in edit mode saves every 300 ms, and a read in the
 * middle of it would hold up a keystroke).
 */
const QUIET_MS = 2000;
const AT_MOST_MS = 15_000;
/** The first copy waits until the app has started and shown what was asked for. */
const FIRST_AFTER_MS = 10_000;

let snapshot: { backup: Blob; at: Date } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let firstChangeAt: number | undefined;
let stopWatching: (() => void) | undefined;

async function refresh() {
  timer = undefined;
  firstChangeAt = undefined;
  try {
    const at = new Date();
    snapshot = { backup: await writeBackup(at), at };
  } catch {
    // The database cannot be read (a full disk): keep the last good copy.
  }
}

function refreshIn(ms: number) {
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), ms);
}

/** Starts keeping the copy (again); call once the database is open. */
export function keepLibrarySnapshot(): void {
  stopWatching?.();
  refreshIn(FIRST_AFTER_MS);
  stopWatching = onDatabaseChange(() => {
    const now = Date.now();
    firstChangeAt ??= now;
    refreshIn(Math.min(QUIET_MS, Math.max(0, firstChangeAt + AT_MOST_MS - now)));
  });
}
/** The last copy, and when it was taken; undefined before the first. */
export const librarySnapshot = () => snapshot;
