import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../../src/analysis/agreement/cohen-kappa';
import { fleissKappa } from '../../../../src/analysis/agreement/fleiss-kappa';
import { krippendorffAlphaNominal } from '../../../../src/analysis/agreement/krippendorff-alpha';

const _ = null;

/** Rows of raters, as the papers print them, turned into rows of units. */
function byUnit(raters: (number | null)[][]): (number | null)[][] {
  return (raters[0] ?? []).map((_value, u) => raters.map((row) => row[u] ?? null));
}

describe('krippendorffAlphaNominal', () => {
  it("matches Krippendorff's published example with missing values (α = 0.743)", () => {
    // "Computing Krippendorff's Alpha-Reliability" (2011), section C: 4 observers, 12 units.
    // Unit 12 has one value and is not pairable, so n = 40, with n_1..n_5 = 9, 13, 10, 5, 3.
    // Units 2, 6 and 8 disagree: Σ_{c≠k} o_ck = 6/3 + 12/3 + 6/3 = 8.
    // α = 1 - 39 · 8 / (40² - (81 + 169 + 100 + 25 + 9)) = 1 - 312/1216 = 0.7434.
    const alpha = krippendorffAlphaNominal(
      byUnit([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
      ]),
    );
    expect(alpha.value).toBeCloseTo(0.743, 3);
    expect(alpha.value).toBeCloseTo(1 - 312 / 1216, 10);
  });

  it('is 1 for perfect agreement and below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlphaNominal([
        ['x', 'x'],
        ['y', 'y'],
        [_, 'y'],
      ]).value,
    ).toBe(1);
    // Two raters who always differ: o_xy = o_yx = 2, n = 4, α = 1 - 3·4 / (16 - 8) = -0.5.
    expect(
      krippendorffAlphaNominal([
        ['x', 'y'],
        ['y', 'x'],
      ]).value,
    ).toBeCloseTo(-0.5);
  });

  it('returns null with a reason instead of NaN', () => {
    expect(
      krippendorffAlphaNominal([
        [0, 0, 0],
        [0, 0, _],
      ]),
    ).toEqual({
      value: null,
      reason: 'no-variation',
    });
    expect(
      krippendorffAlphaNominal([
        [1, _],
        [_, 2],
      ]),
    ).toEqual({
      value: null,
      reason: 'too-few-ratings',
    });
    expect(krippendorffAlphaNominal([])).toEqual({ value: null, reason: 'too-few-ratings' });
  });
});

describe('fleissKappa', () => {
  it("matches Wikipedia's worked example (10 subjects, 14 raters, 5 categories: κ = 0.210)", () => {
    const kappa = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    // P̄ = 0.378, P_e = (20² + 28² + 39² + 21² + 32²) / 140² = 0.2128.
    expect(kappa.value).toBeCloseTo(0.21, 3);
  });

  it('returns null when subjects have different numbers of raters, or no variation', () => {
    expect(
      fleissKappa([
        [1, 1],
        [2, 1],
      ]),
    ).toEqual({ value: null, reason: 'unequal-raters' });
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toEqual({ value: null, reason: 'no-variation' });
    expect(fleissKappa([[1, 0]])).toEqual({ value: null, reason: 'too-few-ratings' });
  });
});

describe('cohenKappa', () => {
  it("matches Wikipedia's 50-proposal example (κ = 0.4)", () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5.
    const first = [...'y'.repeat(25), ...'n'.repeat(25)];
    const second = [...'y'.repeat(20), ...'n'.repeat(5), ...'y'.repeat(10), ...'n'.repeat(15)];
    expect(cohenKappa(first, second).value).toBeCloseTo(0.4, 10);
  });

  it('returns null when both raters used one label throughout, and throws on unequal lengths', () => {
    expect(cohenKappa([0, 0], [0, 0])).toEqual({ value: null, reason: 'no-variation' });
    expect(cohenKappa([], [])).toEqual({ value: null, reason: 'too-few-ratings' });
    expect(() => cohenKappa([0], [0, 1])).toThrow(RangeError);
  });
});
