import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../../src/domain/anchoring/anchor-all';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';

describe('anchorAll', () => {
  it('returns one result per target, in input order, whatever method each needed', () => {
    const before = 'Gunmen entered Banias on Friday. The goverment denied it. Aid arrived later.';
    const after = `Update: ${before.replace('goverment', 'government').replace(' Aid arrived later.', '')}`;
    const targets = [
      describeRange(before, 58, 76), // "Aid arrived later.": deleted
      describeRange(before, 33, 57), // "The goverment denied it.": typo fixed
      describeRange(before, 0, 6), // "Gunmen": shifted by the update line
      { ...describeRange(before, 0, 6), exact: '' },
    ];
    expect(targets.map((t) => t.exact)).toEqual([
      'Aid arrived later.',
      'The goverment denied it.',
      'Gunmen',
      '',
    ]);
    expect(anchorAll(after, targets)).toEqual([
      { status: 'orphaned' },
      { status: 'anchored', start: 41, end: 66, method: 'fuzzy' },
      { status: 'anchored', start: 8, end: 14, method: 'exact' },
      { status: 'orphaned' },
    ]);
    expect(anchorAll(before, targets.slice(1, 3))).toEqual([
      { status: 'anchored', start: 33, end: 57, method: 'position' },
      { status: 'anchored', start: 0, end: 6, method: 'position' },
    ]);
  });

  it('returns an empty list for no targets', () => {
    expect(anchorAll('any text', [])).toEqual([]);
  });
});
