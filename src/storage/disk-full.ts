import type { StorageProblem } from './storage-problem';

/**
 * A full disk, told apart from a damaged database. Browsers report it as `QuotaExceededError`
 * (Dexie may wrap it, as `AbortError` with `inner`), and Chromium's LevelDB sometimes only in the
 * message (`FILE_ERROR_NO_SPACE`, "No space left on device") of an `UnknownError`. Kept apart
 * from storage-problem.ts's general wording so the two can change independently.
 */
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

const FULL_WORDS = /quota|FILE_ERROR_NO_SPACE|no space|ENOSPC|disk (is )?full/i;

export function isDiskFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as ErrorLike | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current.name === 'QuotaExceededError') return true;
    if (typeof current.message === 'string' && FULL_WORDS.test(current.message)) return true;
    current = (current.inner ?? current.cause) as ErrorLike | undefined;
  }
  return typeof error === 'string' && FULL_WORDS.test(error);
}

export const DISK_FULL: StorageProblem = {
  kind: 'full',
  title: 'The disk is full',
  detail:
    'Free some disk space (or remove other sites’ data); nothing new is saved until then. What you type stays on screen. Download a backup now: it holds everything saved so far.',
};
