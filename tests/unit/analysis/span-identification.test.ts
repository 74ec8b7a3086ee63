import { describe, expect, it } from 'vitest';
import {
  mergeSpans,
  scoreSpanIdentification,
} from '../../../src/analysis/metrics/span-identification';
import { codePointToUtf16, codePointToUtf16Table } from '../../../bench/suggest/code-point-offsets';

describe('scoreSpanIdentification (SemEval-2020 Task 11 SI)', () => {
  it('gives full marks to an exact match', () => {
    const s = scoreSpanIdentification([
      { predicted: [{ start: 3, end: 8 }], gold: [{ start: 3, end: 8 }] },
    ]);
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, predictedSpans: 1, goldSpans: 1 });
  });

  it('gives partial credit for overlap', () => {
    // predicted [0,10) covers 5 of its 10 characters with gold [5,15), which is half covered.
    const half = scoreSpanIdentification([
      { predicted: [{ start: 0, end: 10 }], gold: [{ start: 5, end: 15 }] },
    ]);
    expect(half.precision).toBeCloseTo(0.5);
    expect(half.recall).toBeCloseTo(0.5);
    expect(half.f1).toBeCloseTo(0.5);
  });

  it('averages precision over predicted spans and recall over gold spans', () => {
    // gold [0,4) and [10,20); predicted [0,4) (exact), [12,14) (inside), [30,35) (a miss).
    // P = (1 + 1 + 0) / 3; R = (4/4 + 2/10) / 2 = 0.6; F1 = 2PR / (P + R).
    const s = scoreSpanIdentification([
      {
        predicted: [
          { start: 0, end: 4 },
          { start: 12, end: 14 },
          { start: 30, end: 35 },
        ],
        gold: [
          { start: 0, end: 4 },
          { start: 10, end: 20 },
        ],
      },
    ]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.6) / (2 / 3 + 0.6));
  });

  it('pools spans across documents rather than averaging documents', () => {
    const s = scoreSpanIdentification([
      { predicted: [{ start: 0, end: 2 }], gold: [{ start: 0, end: 2 }] },
      {
        predicted: [
          { start: 0, end: 2 },
          { start: 5, end: 6 },
          { start: 8, end: 9 },
        ],
        gold: [],
      },
    ]);
    expect(s.precision).toBeCloseTo(1 / 4);
    expect(s.recall).toBe(1);
  });

  it('merges overlapping spans of one set before scoring, so nothing counts twice', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 12 },
    ]);
    const s = scoreSpanIdentification([
      {
        predicted: [
          { start: 0, end: 6 },
          { start: 4, end: 10 },
        ],
        gold: [{ start: 0, end: 10 }],
      },
    ]);
    expect(s).toMatchObject({ precision: 1, recall: 1, predictedSpans: 1 });
  });

  it('scores zero, not NaN, when there is nothing to score', () => {
    expect(scoreSpanIdentification([{ predicted: [], gold: [] }])).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });
});

describe('code point offsets (PTC) to UTF-16 offsets (Slant)', () => {
  it('is the identity on text without astral characters', () => {
    const table = codePointToUtf16Table('plain – text’s');
    expect(codePointToUtf16(table, 7)).toBe(7);
    expect(codePointToUtf16(table, 14)).toBe(14);
  });

  it('shifts offsets after a character outside the BMP', () => {
    const text = 'a😀 loaded word';
    const table = codePointToUtf16Table(text);
    // "loaded" starts at code point 3 but UTF-16 offset 4, since the emoji takes two units.
    expect(text.slice(codePointToUtf16(table, 3), codePointToUtf16(table, 9))).toBe('loaded');
    expect(codePointToUtf16(table, [...text].length)).toBe(text.length);
  });

  it('refuses offsets past the end of the text', () => {
    expect(() => codePointToUtf16(codePointToUtf16Table('ab'), 3)).toThrow(RangeError);
  });
});
