/**
 * Turns the ways IndexedDB fails (no IndexedDB at all, private mode, a full disk, a newer Slant
 * in another tab, a damaged database) into words a user can act on.
 */
export interface StorageProblem {
  kind: 'unavailable' | 'full' | 'newer-version' | 'blocked' | 'upgraded-elsewhere' | 'damaged';
  title: string;
  detail: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  inner?: unknown;
}

function innermost(error: unknown): ErrorLike {
  let current = (error ?? {}) as ErrorLike;
  while (current.inner && typeof current.inner === 'object') current = current.inner as ErrorLike;
  return current;
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current = error as ErrorLike | undefined;
  while (current && typeof current === 'object') {
    if (current.name) found.push(current.name);
    current = current.inner as ErrorLike | undefined;
  }
  return found;
}

export function describeStorageProblem(error: unknown): StorageProblem {
  const all = names(error);
  const message = innermost(error).message ?? String(error);
  if (all.includes('QuotaExceededError') || /quota/i.test(message)) {
    return {
      kind: 'full',
      title: 'The browser has no room left for Slant',
      detail:
        'Your work so far is safe, but nothing new can be saved. Free some disk space or remove other sites’ data, then reload. Export a backup as soon as you can.',
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
