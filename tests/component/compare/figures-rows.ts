import type { DocumentFigures } from '../../../src/analysis/compare/document-figures';

/** Two hand-made articles: one from a named outlet, one with none; numbers worked out by hand. */
export const ROWS: DocumentFigures[] = [
  {
    documentId: 'doc-a',
    title: 'Storm floods the coast',
    outletName: 'The Daily Example',
    affiliation: 'independent',
    words: 12_345,
    loadedLanguage: 37,
    // 37 marks in 12,345 words: 2.997 per 1,000, shown as 3.0.
    loadedPer1000Words: (37 * 1000) / 12_345,
    unattributedClaims: 4,
    attributedClaims: 9,
    sourcesNamed: ['Met Office', 'Jane Doe'],
    tagCounts: { 'loaded-language': 37, 'unattributed-claim': 4 },
  },
  {
    documentId: 'doc-b',
    title: 'Officials blame the weather',
    outletName: null,
    affiliation: 'state-affiliated',
    words: 800,
    loadedLanguage: 2,
    loadedPer1000Words: 2.5,
    unattributedClaims: 0,
    attributedClaims: 1,
    sourcesNamed: [],
    tagCounts: { 'loaded-language': 2 },
  },
];

export function article(n: number, overrides: Partial<DocumentFigures> = {}): DocumentFigures {
  return {
    documentId: `doc-${n}`,
    title: `Article ${n}`,
    outletName: `Outlet ${n}`,
    affiliation: 'unknown',
    words: 1000 * n,
    loadedLanguage: n,
    loadedPer1000Words: 1,
    unattributedClaims: n,
    attributedClaims: 6 - n,
    sourcesNamed: Array.from({ length: n }, (_, i) => `Source ${i + 1}`),
    tagCounts: {},
    ...overrides,
  };
}
