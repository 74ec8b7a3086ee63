import { describe, expect, it } from 'vitest';
import { compareFigures, FIGURE_MEASURES } from '../../../../src/analysis/compare/compare-figures';
import type { DocumentFigures } from '../../../../src/analysis/compare/document-figures';

function row(id: string, values: Partial<DocumentFigures>): DocumentFigures {
  return {
    documentId: id,
    title: id,
    outletName: null,
    affiliation: 'unknown',
    words: 0,
    loadedLanguage: 0,
    loadedPer1000Words: 0,
    unattributedClaims: 0,
    attributedClaims: 0,
    sourcesNamed: [],
    tagCounts: {},
    ...values,
  };
}

describe('compareFigures', () => {
  const scales = compareFigures([
    row('a', { words: 400, loadedPer1000Words: 5, unattributedClaims: 1, attributedClaims: 8 }),
    row('b', { words: 1000, loadedPer1000Words: 20, unattributedClaims: 4, sourcesNamed: ['AP'] }),
  ]);
  const scale = (key: string) => scales.find((s) => s.key === key)!;

  it('gives every measure a label, the values and the largest', () => {
    expect(scales.map((s) => s.key)).toEqual(FIGURE_MEASURES.map((m) => m.key));
    expect(scale('words')).toEqual({
      key: 'words',
      label: 'Words',
      values: [400, 1000],
      max: 1000,
      fractions: [0.4, 1],
    });
    expect(scale('loadedPer1000Words')).toMatchObject({ max: 20, fractions: [0.25, 1] });
    expect(scale('sourcesNamed')).toMatchObject({ values: [0, 1], max: 1 });
  });

  it('puts attributed and unattributed claims on one scale', () => {
    expect(scale('unattributedClaims')).toMatchObject({ max: 8, fractions: [0.125, 0.5] });
    expect(scale('attributedClaims')).toMatchObject({ max: 8, fractions: [1, 0] });
  });

  it('gives zero-length bars when every value is zero, and copes with no rows', () => {
    expect(compareFigures([row('a', {})])[0]).toMatchObject({ max: 0, fractions: [0] });
    expect(compareFigures([]).every((s) => s.max === 0 && s.values.length === 0)).toBe(true);
  });
});
