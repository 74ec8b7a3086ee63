import { describe, expect, it } from 'vitest';
import { classAgreement } from '../../../../src/analysis/agreement/class-agreement';
import { krippendorffAlphaNominal } from '../../../../src/analysis/agreement/krippendorff-alpha';
import type { LabelledSpan } from '../../../../src/analysis/agreement/labelled-span';

function span(start: number, end: number, tagId = 'x', documentId = 'd1'): LabelledSpan {
  return { documentId, start, end, tagId };
}

// Tokens: one [0,3), two [4,7), three [8,13), four [14,18).
const texts = new Map([['d1', 'one two three four']]);

// Ratings for tag x (1 = marked), tokens one/two/three/four:
//   R1 [0,7):                      1 1 0 0
//   R2 [4,7) and the space [13,14): 0 1 0 0   (a space is not a token)
//   R3 [5,9), "wo t":              0 1 1 0   (touching one character marks the token)
// Tag y: only R1 marks "four". Tag z: no one marks anything.
const raters = [
  { name: 'R1', spans: [span(0, 7), span(14, 18, 'y')] },
  { name: 'R2', spans: [span(4, 7), span(13, 14)] },
  { name: 'R3', spans: [span(5, 9)] },
];

describe('classAgreement (word tokens as units)', () => {
  const result = classAgreement(texts, raters, ['x', 'y', 'z']);

  it('computes alpha and Fleiss kappa per tag', () => {
    // Tag x, alpha: every unit has m = 3 ratings. Σ_{c≠k} o_ck = Σ_u (m² - Σ_c n_uc²)/(m - 1)
    //   = (9-5)/2 + 0 + (9-5)/2 + 0 = 4. n = 12 with 5 marked, 7 not: n² - Σ n_c² = 144-25-49 = 70.
    //   α = 1 - (n-1)·4/70 = 1 - 44/70 = 26/70 ≈ 0.371.
    // Tag x, Fleiss: P_i = 1/3, 1, 1/3, 1, so P̄ = 2/3; P_e = (5² + 7²)/12² = 74/144.
    //   κ = (96/144 - 74/144) / (70/144) = 22/70 ≈ 0.314.
    expect(result.byTag.x?.alpha.value).toBeCloseTo(26 / 70, 10);
    expect(result.byTag.x?.fleissKappa.value).toBeCloseTo(22 / 70, 10);
    // Tag y: one disagreeing unit, (9-5)/2 = 2; n = 12 with 1 marked: 144-1-121 = 22.
    //   α = 1 - 11·2/22 = 0. κ: P̄ = 5/6, P_e = 122/144, κ = -2/22.
    expect(result.byTag.y?.alpha.value).toBeCloseTo(0, 10);
    expect(result.byTag.y?.fleissKappa.value).toBeCloseTo(-1 / 11, 10);
  });

  it('says why a tag no one used has no figure', () => {
    expect(result.byTag.z).toEqual({
      alpha: { value: null, reason: 'no-variation' },
      fleissKappa: { value: null, reason: 'no-variation' },
    });
  });

  it('pools (token, tag) pairs for the overall figures', () => {
    // 12 units, 36 ratings, 6 marked. Σ_{c≠k} o_ck = 4 (x) + 2 (y) + 0 (z) = 6.
    //   α = 1 - 35·6 / (36² - 6² - 30²) = 1 - 210/360 = 5/12.
    //   Fleiss: Σ n_ij² = 28 + 32 + 36 = 96, P̄ = (96-36)/(36·2) = 5/6, P_e = 936/1296 = 13/18,
    //   κ = (5/6 - 13/18) / (5/18) = 0.4.
    expect(result.overall.alpha.value).toBeCloseTo(5 / 12, 10);
    expect(result.overall.fleissKappa.value).toBeCloseTo(0.4, 10);
    expect(result).toMatchObject({ tokens: 4, raters: 3 });
  });

  it('treats documents a rater did not do as missing, not unmarked', () => {
    const twoTexts = new Map([...texts, ['d2', 'five six']]);
    const result = classAgreement(
      twoTexts,
      [
        { name: 'R1', spans: [span(0, 7), span(0, 4, 'x', 'd2')] },
        { name: 'R2', spans: [span(4, 7), span(0, 8, 'x', 'd2')] },
        // R3 did only d1; a stray span on d2 is ignored.
        { name: 'R3', spans: [span(5, 9), span(0, 8, 'x', 'd2')], documentIds: ['d1'] },
      ],
      ['x'],
    );
    const expected = krippendorffAlphaNominal([
      [1, 0, 0],
      [1, 1, 1],
      [0, 0, 1],
      [0, 0, 0],
      [1, 1, null],
      [0, 1, null],
    ]);
    expect(result.byTag.x?.alpha.value).toBeCloseTo(expected.value ?? NaN, 10);
    // Alpha by hand: the d2 units add (4-2)/1 = 2 for "six"; Σ o = 6; n = 16 with 8 marked:
    //   α = 1 - 15·6/(256 - 64 - 64) = 1 - 90/128 = 0.296875.
    expect(result.byTag.x?.alpha.value).toBeCloseTo(0.296875, 10);
    expect(result.byTag.x?.fleissKappa).toEqual({ value: null, reason: 'unequal-raters' });
    expect(result.tokens).toBe(6);
  });
});
