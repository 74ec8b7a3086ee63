/**
 * A highlight on the wrong words is worse than an orphan. These tests pin down when a short quote
 * found only in unrelated surroundings is refused, and that the same quote is still re-found when
 * its surroundings survive.
 */
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../src/domain/anchoring/anchor';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';
import { offsetOf } from './fixtures';

const BEFORE = [
  'On Friday the interior ministry said the curfew in Latakia would be lifted by the weekend.',
  'Aid convoys reached Jableh late on Saturday, according to local officials.',
  'Residents told reporters that the president said nothing about the killings.',
].join('\n');

function annotate(text: string, quote: string) {
  const start = offsetOf(text, quote);
  return describeRange(text, start, start + quote.length);
}

describe('anchor refuses weak matches for short quotes', () => {
  it('orphans a short quote whose sentence was deleted though the word occurs elsewhere', () => {
    const target = annotate(BEFORE, 'Jableh');
    const after = BEFORE.replace(/Aid convoys[^\n]*\n/, '').concat('\nJableh was quiet.');
    expect(anchor(after, target)).toEqual({ status: 'orphaned' });
  });

  it('still anchors the same short quote when one side of its context survives', () => {
    const target = annotate(BEFORE, 'Jableh');
    const after = BEFORE.replace('Aid convoys reached', 'Trucks got to');
    const start = offsetOf(after, 'Jableh');
    expect(anchor(after, target)).toEqual({
      status: 'anchored',
      start,
      end: start + 6,
      method: 'exact',
    });
  });

  it('orphans a deleted short quote rather than fuzzy-match a near twin elsewhere', () => {
    const target = annotate(BEFORE, 'the president said');
    const after = BEFORE.replace(/Residents told[^\n]*/, 'Later, the presidents said more.');
    expect(anchor(after, target)).toEqual({ status: 'orphaned' });
  });

  it('fuzzy-matches the same short quote with a typo fixed, its context intact', () => {
    const original = BEFORE.replace('the president said', 'teh president said');
    const target = annotate(original, 'teh president said');
    const start = offsetOf(BEFORE, 'the president said');
    expect(anchor(BEFORE, target)).toEqual({
      status: 'anchored',
      start,
      end: start + 18,
      method: 'fuzzy',
    });
  });
});
