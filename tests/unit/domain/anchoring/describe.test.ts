import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';

const TEXT =
  'The ceasefire held for a day. Then the shelling resumed along the coast, officials said.';

describe('describe', () => {
  it('stores the quote with 32 code units of context on each side', () => {
    const start = TEXT.indexOf('shelling');
    expect(describeRange(TEXT, start, start + 8)).toEqual({
      start: 39,
      end: 47,
      exact: 'shelling',
      prefix: 'sefire held for a day. Then the ',
      suffix: ' resumed along the coast, offici',
    });
  });

  it('clamps the context at the edges of the text', () => {
    expect(describeRange(TEXT, 0, 3)).toEqual({
      start: 0,
      end: 3,
      exact: 'The',
      prefix: '',
      suffix: ' ceasefire held for a day. Then ',
    });
    const end = TEXT.length;
    expect(describeRange(TEXT, end - 5, end)).toMatchObject({
      exact: 'said.',
      prefix: 'umed along the coast, officials ',
      suffix: '',
    });
    expect(describeRange(TEXT, 0, end)).toMatchObject({ exact: TEXT, prefix: '', suffix: '' });
  });

  it('keeps context of exactly 32 code units away from the edges', () => {
    const target = describeRange(TEXT, 40, 45);
    expect(target.prefix).toHaveLength(32);
    expect(target.suffix).toHaveLength(32);
  });

  it('shortens context by one rather than cut an emoji in half', () => {
    // 31 code units of ASCII after the emoji: the 32nd unit of prefix would be its low half.
    const text = `🎉${'a'.repeat(31)}QUOTE${'b'.repeat(31)}🎉tail`;
    const start = 2 + 31;
    const target = describeRange(text, start, start + 5);
    expect(target.prefix).toBe('a'.repeat(31));
    expect(target.suffix).toBe('b'.repeat(31));
    // Starting two units earlier, the whole emoji fits in the 32.
    expect(describeRange(text, start - 2, start).prefix).toBe(`🎉${'a'.repeat(29)}`);
  });

  it('quotes curly apostrophes and surrogate pairs as they are', () => {
    const text = 'Syria’s coast 🕊️ mourns';
    expect(describeRange(text, 0, 7).exact).toBe('Syria’s');
    expect(describeRange(text, 14, 17)).toMatchObject({ exact: '🕊️', prefix: 'Syria’s coast ' });
  });

  it.each([
    [5, 3, 'Range start 5 is after its end 3'],
    [4, 4, 'Range [4, 4) is empty: an annotation needs some text'],
    [-1, 3, 'Range start -1 is negative'],
    [0, 500, `Range end 500 is beyond the end of the text (length ${TEXT.length})`],
    [1.5, 3, 'Range start 1.5 is not an integer offset'],
    [0, Number.NaN, 'Range end NaN is not an integer offset'],
  ])('rejects [%s, %s) with a RangeError saying why', (start, end, message) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(new RangeError(message));
  });

  it('rejects a range that splits a surrogate pair', () => {
    const text = 'flag 🇸🇾 waved';
    expect(() => describeRange(text, 6, 9)).toThrow(
      new RangeError('Range start 6 splits a character (a surrogate pair) in two'),
    );
    expect(() => describeRange(text, 5, 8)).toThrow(
      new RangeError('Range end 8 splits a character (a surrogate pair) in two'),
    );
    expect(describeRange(text, 5, 9).exact).toBe('🇸🇾');
  });
});
