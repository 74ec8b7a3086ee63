import { describe, expect, it } from 'vitest';
import { isDiskFull } from '../../../src/storage/storage-problem';

describe('isDiskFull: a full disk told apart from damage', () => {
  it('recognises the browser’s quota error, also wrapped by Dexie', () => {
    expect(isDiskFull(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(true);
    const wrapped = {
      name: 'AbortError',
      message: 'Transaction aborted',
      inner: new DOMException('', 'QuotaExceededError'),
    };
    expect(isDiskFull(wrapped)).toBe(true);
  });

  it('recognises Chromium’s no-space error that comes only in the message', () => {
    const error = {
      name: 'UnknownError',
      message: 'Internal error: IO error: FILE_ERROR_NO_SPACE',
    };
    expect(isDiskFull({ name: 'AbortError', message: 'aborted', inner: error })).toBe(true);
  });

  it('does not call damage or a closed database a full disk', () => {
    expect(isDiskFull({ name: 'DatabaseClosedError', message: 'Database has been closed' })).toBe(
      false,
    );
    expect(
      isDiskFull({ name: 'UnknownError', message: 'Internal error opening backing store' }),
    ).toBe(false);
    expect(isDiskFull(undefined)).toBe(false);
  });
});
