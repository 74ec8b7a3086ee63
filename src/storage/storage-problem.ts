/**
 * Turns the ways IndexedDB fails (no IndexedDB at all, private mode, a full disk, a connection
 * closed under the tab, a newer Slant in another tab, a damaged database) into words a user can
 * act on. A full disk and a closed connection damage nothing, so they are never called damage:
 * Chromium reports a full disk as `QuotaExceededError` or, when the disk itself is full, as an
 * `UnknownError` naming `FILE_ERROR_NO_SPACE`; a closed connection as Dexie's
 * `DatabaseClosedError` or an `InvalidStateError` saying the connection is closing.
 */
export interface StorageProblem {
  kind:
    | 'unavailable'
    | 'full'
    | 'closed'
    | 'newer-version'
    | 'blocked'
    | 'upgraded-elsewhere'
    | 'damaged';
  title: string;
  detail: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  /** Dexie wraps the browser's error in `inner`; other code in `cause`. */
  inner?: unknown;
  cause?: unknown;
}

/** The error that `error` wraps, if any. */
const wrapped = (error: ErrorLike): ErrorLike | undefined =>
  (error.inner ?? error.cause) as ErrorLike | undefined;

function innermost(error: unknown): ErrorLike {
  let current = (error ?? {}) as ErrorLike;
  while (current.inner && typeof current.inner === 'object') current = current.inner as ErrorLike;
  return current;
}

/** The errors along the chain of wrapped ones, each once (a cycle ends the walk). */
function chain(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  let current = error as ErrorLike | undefined;
  while (current && typeof current === 'object' && !found.includes(current)) {
    found.push(current);
    current = wrapped(current);
  }
  return found;
}

const names = (error: unknown): string[] => chain(error).flatMap((e) => e.name ?? []);

/** Every message along the chain of wrapped errors, for the patterns below. */
function messages(error: unknown): string {
  const found = chain(error).flatMap((e) => (typeof e.message === 'string' ? e.message : []));
  return found.join('\n') || String(error);
}

const DISK_FULL_WORDS = /quota|FILE_ERROR_NO_SPACE|no space left|ENOSPC|disk (is )?full/i;

/**
 * A full disk: `QuotaExceededError`, or Chromium's LevelDB saying so only in the message of an
 * `UnknownError` (`FILE_ERROR_NO_SPACE`, "No space left on device"), anywhere in the chain.
 */
export const isDiskFull = (error: unknown): boolean =>
  names(error).includes('QuotaExceededError') || DISK_FULL_WORDS.test(messages(error));

export const DISK_FULL: StorageProblem = {
  kind: 'full',
  title: 'The disk is full',
  detail:
    'Free some disk space (or remove other sites’ data); nothing new is saved until then. Nothing is damaged: what was saved before is safe, and what you type stays on screen. Download a backup now: it holds everything saved so far.',
};
const CONNECTION_CLOSED = /connection (is|was) clos|database (is |was |has been )?closed/i;

export function describeStorageProblem(error: unknown): StorageProblem {
  const all = names(error);
  const message = innermost(error).message ?? String(error);
  const said = messages(error);
  if (isDiskFull(error)) return DISK_FULL;
  if (all.includes('DatabaseClosedError') || CONNECTION_CLOSED.test(said)) {
    return {
      kind: 'closed',
      title: 'Slant’s connection to its database was closed',
      detail:
        'The browser closed the database while this tab was using it (another tab updated Slant, site data was cleared, or the browser is shutting down). Nothing is damaged and what was saved before is safe, but the last change may not have been saved. Reload this tab, check your last change, then download a backup.',
    };
  }
  if (all.includes('VersionError')) {
    return {
      kind: 'newer-version',
      title: 'A newer version of Slant has used this browser',
      detail:
        'This copy of Slant is older than the data it found, so it will not touch it. Reload to get the newest version; if that does not help, clear the site’s cache (not its data) and reload.',
    };
  }
  if (
    all.includes('MissingAPIError') ||
    all.includes('InvalidStateError') ||
    all.includes('SecurityError')
  ) {
    return {
      kind: 'unavailable',
      title: 'This browser will not let Slant store anything',
      detail:
        'Slant keeps your work in the browser’s local database (IndexedDB), which is switched off here: often by a private window or by a setting that blocks site data. Open Slant in a normal window, or allow site data for it.',
    };
  }
  return {
    kind: 'damaged',
    title: 'Slant could not open its local database',
    detail: `The browser reported: “${message}”. Close other Slant tabs and reload. If it happens again, the database may be damaged: export what you can from another tab, or ask for help before clearing site data.`,
  };
}

export const BLOCKED_BY_OTHER_TAB: StorageProblem = {
  kind: 'blocked',
  title: 'Another Slant tab is holding the database',
  detail:
    'An older copy of Slant is open in another tab or window and is keeping this one from upgrading the database. Close the other Slant tabs; this one will go on by itself.',
};

export const UPGRADED_ELSEWHERE: StorageProblem = {
  kind: 'upgraded-elsewhere',
  title: 'Slant was updated in another tab',
  detail:
    'A newer Slant opened in another tab, so this one has stopped saving to avoid damaging your data. Reload this tab to go on; nothing you saved is lost.',
};
