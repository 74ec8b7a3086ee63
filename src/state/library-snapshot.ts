import type { RestoredBackup } from '../io/backup';
import { onDatabaseChange } from '../storage';
import { readEverything } from './exchange-commands';

/**
 * A copy in memory of everything stored, refreshed a moment after each burst of changes. When
 * the disk fills, Chromium may close the database so that not even reading works, and drop it
 * at the next start; this copy is what "Download a backup now" can still offer then.
 */
const REFRESH_AFTER_MS = 2000;

let snapshot: { contents: RestoredBackup; at: Date } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let stopWatching: (() => void) | undefined;

async function refresh() {
  timer = undefined;
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
    timer ??= setTimeout(() => void refresh(), REFRESH_AFTER_MS);
  });
}

/** The last copy, and when it was taken; undefined before the first. */
export const librarySnapshot = () => snapshot;
