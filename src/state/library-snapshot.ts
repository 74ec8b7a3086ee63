import { onDatabaseChange } from '../storage';
import { writeBackup } from './exchange-commands';

/**
 * A backup of everything stored, kept as a Blob (which the browser may hold outside the page's
 * heap), written a moment after each burst of changes and a moment after start. When the disk
 * fills, Chromium may close the database so that not even reading works, and drop it at the
 * next start; this copy is what "Download a backup now" can still offer then.
 */
const REFRESH_AFTER_MS = 2000;
/** The first copy waits until the app has started and shown what was asked for. */
const FIRST_AFTER_MS = 10_000;

let snapshot: { backup: Blob; at: Date } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let stopWatching: (() => void) | undefined;

async function refresh() {
  timer = undefined;
  try {
    const at = new Date();
    snapshot = { backup: await writeBackup(at), at };
  } catch {
    // The database cannot be read (a full disk): keep the last good copy.
  }
}

const later = (ms = REFRESH_AFTER_MS) => {
  timer ??= setTimeout(() => void refresh(), ms);
};

/**
 * Starts keeping the copy (again); call once the database is open. The first copy waits a
 * moment too, so that a library of thousands is not read whole while the app starts.
 */
export function keepLibrarySnapshot(): void {
  stopWatching?.();
  later(FIRST_AFTER_MS);
  stopWatching = onDatabaseChange(() => later());
}

/** The last copy, and when it was taken; undefined before the first. */
export const librarySnapshot = () => snapshot;
