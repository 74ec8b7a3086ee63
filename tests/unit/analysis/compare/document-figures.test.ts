import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis/analyze';
import { articleAttribution } from '../../../../src/analysis/attribution/article-attribution';
import { documentFigures } from '../../../../src/analysis/compare/document-figures';
import type { Suggestion } from '../../../../src/analysis/suggestion';
import { annotate, makeDocument, seedDocument } from './fixtures';

// Seven sentences, 52 words (counted by hand: 7 + 6 + 7 + 16 + 6 + 5 + 5).
const TEXT = [
  'Gunmen slaughtered 50 civilians, the SOHR said. Reports suggest the toll may rise.',
  'The ministry denied it, according to Reuters.',
  'While other sources report higher numbers, the Syrian Observatory for Human Rights (SOHR) said 40 died.',
  'Sources say the deal is done. The committee met on Tuesday. He said the talks failed.',
].join('\n');
const doc = makeDocument('doc', TEXT);
const other = makeDocument('other', 'Gunmen slaughtered everyone.');

const annotations = [
  annotate(doc, 'slaughtered', ['loaded-language']),
  annotate(doc, 'Reports suggest the toll may rise.', ['unattributed-claim']),
  annotate(doc, 'While other sources report higher numbers', ['unattributed-claim']),
  annotate(doc, 'deal', ['loaded-language', 'ptc-name-calling']),
  annotate(doc, 'Gunmen', ['loaded-language'], { status: 'orphaned' }),
  annotate(other, 'slaughtered', ['loaded-language']),
];

function suggestion(tag: Suggestion['tag'], exact: string): Suggestion {
  const start = TEXT.indexOf(exact);
  return { tag, start, end: start + exact.length, exact, reason: 'test' };
}

describe('documentFigures', () => {
  const figures = documentFigures({
    document: doc,
    attribution: articleAttribution(TEXT),
    annotations,
    affiliation: 'independent',
    outletName: 'The Daily Test',
  });

  it('counts words and the anchored annotations of this document only', () => {
    expect(figures).toMatchObject({
      documentId: 'doc',
      title: 'doc',
      outletName: 'The Daily Test',
      affiliation: 'independent',
      words: 52,
      loadedLanguage: 2,
      unattributedClaims: 2,
      tagCounts: { 'loaded-language': 2, 'unattributed-claim': 2, 'ptc-name-calling': 1 },
    });
    expect(figures.loadedPer1000Words).toBeCloseTo(38.46, 2);
  });

  it('counts sentences that name a source, but not one the reader marked unattributed', () => {
    // "the SOHR said", "according to Reuters", "He said"; not the SOHR sentence that opens
    // with a marked unattributed clause, not "Sources say", "Reports suggest" or the committee.
    expect(figures.attributedClaims).toBe(3);
  });

  it('lists each source once, by its fullest name', () => {
    expect(figures.sourcesNamed).toEqual(['Syrian Observatory for Human Rights (SOHR)', 'Reuters']);
  });

  it('adds suggestions, but not one overlapping an annotation with the same tag', () => {
    const withSuggestions = documentFigures({
      document: doc,
      attribution: articleAttribution(TEXT),
      annotations,
      suggestions: [
        suggestion('loaded-language', 'slaughtered 50'), // overlaps a marked loaded-language span
        suggestion('loaded-language', 'denied'),
        suggestion('loaded-language', 'Reports'), // overlaps only an unattributed claim
        suggestion('unattributed-claim', 'Sources say the deal is done.'),
        suggestion('unattributed-claim', 'The ministry denied it, according to Reuters.'),
      ],
    });
    expect(withSuggestions).toMatchObject({
      loadedLanguage: 4,
      unattributedClaims: 4,
      // The Reuters sentence now holds a (suggested) unattributed claim.
      attributedClaims: 2,
      outletName: null,
      affiliation: 'unknown',
    });
  });

  it('gives zeros for an empty text', () => {
    const empty = documentFigures({
      document: makeDocument('empty', ''),
      annotations: [],
      attribution: articleAttribution(''),
    });
    expect(empty).toMatchObject({
      words: 0,
      loadedPer1000Words: 0,
      attributedClaims: 0,
      sourcesNamed: [],
      tagCounts: {},
    });
  });
});

describe('documentFigures on the seed articles', () => {
  const figuresOf = (file: Parameters<typeof seedDocument>[0]) => {
    const document = seedDocument(file);
    return documentFigures({
      document,
      annotations: [],
      suggestions: analyze(document.text),
      attribution: articleAttribution(document.text),
    });
  };
  const seed000 = figuresOf('000_da10e5d0690c0007.txt');
  const seed001 = figuresOf('001_009b48cc48a6c3a5.txt');
  const seed003 = figuresOf('003_07581b009b96ef05.txt');
  const seed004 = figuresOf('004_f9f508b3207d511e.txt');
  const sohr = (sources: string[]) => sources.filter((s) => /SOHR|Syrian Observatory/.test(s));

  it('names the SOHR once in each article that cites it, however spelt', () => {
    expect(sohr(seed001.sourcesNamed)).toEqual(['Syrian Observatory for Human Rights (SOHR)']);
    expect(sohr(seed003.sourcesNamed)).toEqual(['Syrian Observatory for Human Rights']);
    expect(sohr(seed004.sourcesNamed)).toEqual(['Syrian Observatory for Human Rights (SOHR)']);
    expect(sohr(seed000.sourcesNamed)).toEqual([]);
  });

  it('finds the other sources the wire-based article cites', () => {
    expect(seed004.sourcesNamed).toEqual(
      expect.arrayContaining(['AP', 'Al-Mayadeen', 'The Cradle', 'Rami Abdurrahman']),
    );
    expect(seed004.attributedClaims).toBeGreaterThan(seed000.attributedClaims);
  });

  it('finds more loaded language in the sensational article than in the report of the count', () => {
    expect(seed000.loadedPer1000Words).toBeGreaterThan(seed001.loadedPer1000Words);
    expect(seed000.unattributedClaims).toBeGreaterThan(0);
  });
});
