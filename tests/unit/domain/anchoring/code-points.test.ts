import { describe, expect, it } from 'vitest';
import {
  splitsSurrogatePair,
  widenToCodePoints,
} from '../../../../src/domain/anchoring/code-points';

const TEXT = 'a🎉b'; // a, \uD83C, \uDF89, b

describe('code points', () => {
  it('knows which offsets cut a surrogate pair', () => {
    expect([0, 1, 2, 3, 4].map((offset) => splitsSurrogatePair(TEXT, offset))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('does not treat lone surrogates as pairs', () => {
    expect(splitsSurrogatePair('a\uDF89\uD83Cb', 2)).toBe(false);
  });

  it('widens a range that cuts a pair to take the whole character', () => {
    expect(widenToCodePoints(TEXT, 2, 4)).toEqual([1, 4]);
    expect(widenToCodePoints(TEXT, 0, 2)).toEqual([0, 3]);
    expect(widenToCodePoints(TEXT, 1, 3)).toEqual([1, 3]);
  });
});
