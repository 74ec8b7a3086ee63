import { describe, expect, it } from 'vitest';
import { startsWithTitle } from '../../../src/domain/document-title';

describe('startsWithTitle', () => {
  it('sees the headline repeated as the first line, case, spacing and quote marks aside', () => {
    expect(startsWithTitle('Syria’s  coast burns\nBody text.', "SYRIA'S coast burns")).toBe(true);
    expect(startsWithTitle('Syria’s coast burns', 'Syria’s coast burns')).toBe(true);
  });
  it('does not hide a first line that is more than the headline, or an empty title', () => {
    expect(startsWithTitle('Syria’s coast burns, and more\nBody.', 'Syria’s coast burns')).toBe(
      false,
    );
    expect(startsWithTitle('\nBody.', '')).toBe(false);
  });
});
