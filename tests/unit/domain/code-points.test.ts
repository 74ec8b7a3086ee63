import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  offsetConverter,
  splitsSurrogatePair,
  widenToCodePoints,
} from '../../../src/domain/code-points';

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

describe('UTF-16 ↔ code point offsets', () => {
  it('counts an astral character once, and a BMP one once', () => {
    const text = 'a😀b𠀋c';
    const offsets = offsetConverter(text);
    expect([0, 1, 3, 4, 6, 7].map(offsets.toCodePoints)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(offsets.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(codePointLength(text)).toBe(5);
  });

  it('rounds an offset inside a surrogate pair down to the pair, and extends past the end', () => {
    const offsets = offsetConverter('a😀b');
    expect(offsets.toCodePoints(2)).toBe(1);
    expect(offsets.toCodePoints(10)).toBe(9);
    expect(offsets.toUtf16(9)).toBe(10);
  });

  it('agrees with the spread of the string, both ways (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', '𝐓', '\n', '\ud800'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (value) => {
        const offsets = offsetConverter(value);
        const points = [...value];
        let utf16 = 0;
        points.forEach((point, index) => {
          expect(offsets.toCodePoints(utf16)).toBe(index);
          expect(offsets.toUtf16(index)).toBe(utf16);
          utf16 += point.length;
        });
        expect(offsets.toCodePoints(value.length)).toBe(points.length);
        expect(codePointLength(value)).toBe(points.length);
      }),
    );
  });
});
