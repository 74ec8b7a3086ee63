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
