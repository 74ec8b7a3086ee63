import { describe, expect, it } from 'vitest';
import { describeStorageProblem } from '../../../src/storage/storage-problem';

const named = (name: string, message = '', inner?: unknown) =>
  Object.assign(new Error(message), { name, inner });

describe('describeStorageProblem', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    expect(describeStorageProblem(named('QuotaExceededError')).kind).toBe('full');
    expect(
      describeStorageProblem(named('AbortError', 'aborted', named('QuotaExceededError'))).kind,
    ).toBe('full');
  });

  it('recognises a full disk as Chromium reports it, and never calls it damage', () => {
    for (const error of [
      named('UnknownError', 'Internal error: IO error: FILE_ERROR_NO_SPACE'),
      named('AbortError', 'aborted', named('UnknownError', 'FILE_ERROR_NO_SPACE (ENOSPC)')),
      named('DataError', 'No space left on device'),
    ]) {
      const problem = describeStorageProblem(error);
      expect(problem.kind).toBe('full');
      expect(problem.detail).not.toMatch(/may be damaged/);
      expect(problem.detail).toMatch(/Nothing is damaged/);
      expect(problem.detail).toMatch(/Free some disk space/);
      expect(problem.detail).toMatch(/nothing new is saved until then/);
      expect(problem.detail).toMatch(/Download a backup now/);
    }
  });

  it('recognises a database closed under the tab, and says to reload, not that it is damaged', () => {
    for (const error of [
      named('DatabaseClosedError', 'Database has been closed'),
      named('AbortError', 'x', named('InvalidStateError', 'The database connection is closing.')),
      named('UnknownError', 'Connection is closing.'),
    ]) {
      const problem = describeStorageProblem(error);
      expect(problem.kind).toBe('closed');
      expect(problem.title).toBe('Slant’s connection to its database was closed');
      expect(problem.detail).toMatch(/Nothing is damaged/);
      expect(problem.detail).toMatch(/Reload this tab/);
    }
    // A database switched off altogether is still told apart from one closed under the tab.
    expect(describeStorageProblem(named('InvalidStateError', 'A mutation operation…')).kind).toBe(
      'unavailable',
    );
  });

  it('recognises a database from a newer Slant', () => {
    expect(
      describeStorageProblem(named('VersionError', 'requested version less than existing')).kind,
    ).toBe('newer-version');
    expect(describeStorageProblem(named('OpenFailedError', 'x', named('VersionError'))).kind).toBe(
      'newer-version',
    );
  });

  it('recognises a browser without IndexedDB, such as some private windows', () => {
    const problem = describeStorageProblem(named('MissingAPIError', 'IndexedDB API missing'));
    expect(problem.kind).toBe('unavailable');
    expect(problem.detail).toMatch(/private window/);
  });

  it('quotes the browser’s own words for anything else', () => {
    const problem = describeStorageProblem(
      named('UnknownError', 'Internal error opening backing store'),
    );
    expect(problem.kind).toBe('damaged');
    expect(problem.detail).toContain('Internal error opening backing store');
  });
});
