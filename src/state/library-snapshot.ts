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
/** Restores under way (`holdLibrarySnapshot`), and whether a copy was due meanwhile. */
let holds = 0;
let due = false;

async function refresh() {
  timer = undefined;
  firstChangeAt = undefined;
  if (holds > 0) {
    due = true;
    return;
  }
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
/**
 * Holds the copy off while a backup is read for a restore, and while the restore is written:
 * reading everything meanwhile would take the main thread from it, and the copy's read
 * transaction would hold the restore's writes back until it ended (seconds with thousands of
 * articles). Returns the release; a copy that fell due meanwhile is taken after the usual pause.
 */
export function holdLibrarySnapshot(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds > 0 || !due) return;
    due = false;
    refreshIn(QUIET_MS);
  };
}

/** The last copy, and when it was taken; undefined before the first. */
export const librarySnapshot = () => snapshot;
