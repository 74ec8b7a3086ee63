import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DocumentFigures } from '../../../../src/analysis';
import { FIGURES_CSV_COLUMNS, toFiguresCsv } from '../../../../src/io/csv';

const rows: DocumentFigures[] = [
  {
    documentId: 'doc-1',
    title: 'Death toll reaches 7,000',
    outletName: 'Example "News"',
    affiliation: 'state-affiliated',
    words: 467,
    loadedLanguage: 20,
    loadedPer1000Words: 42.82655,
    unattributedClaims: 3,
    attributedClaims: 2,
    sourcesNamed: ['Syrian Observatory for Human Rights (SOHR)', 'AP'],
    tagCounts: { 'loaded-language': 20, 'unattributed-claim': 3, 'outlet-affiliation': 1 },
  },
  {
    documentId: 'doc-2',
    title: '=HYPERLINK("http://evil.example")',
    outletName: null,
    affiliation: 'unknown',
    words: 0,
    loadedLanguage: 0,
    loadedPer1000Words: 0,
    unattributedClaims: 0,
    attributedClaims: 0,
    sourcesNamed: [],
    tagCounts: { 'ptc-doubt': 2 },
  },
];

describe('toFiguresCsv', () => {
  const csv = toFiguresCsv(rows, { tags: [{ id: 'outlet-affiliation', label: 'Outlet' }] });
  const [header, ...data] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('heads the columns in plain English, then one per other tag used', () => {
    expect(header).toEqual([...FIGURES_CSV_COLUMNS, 'Tagged: Outlet', 'Tagged: ptc-doubt']);
  });

  it('writes one row per document, the rate rounded to one decimal', () => {
    expect(data).toEqual([
      [
        'doc-1',
        'Death toll reaches 7,000',
        'Example "News"',
        'state-affiliated',
        '467',
        '20',
        '42.8',
        '3',
        '2',
        '2',
        'Syrian Observatory for Human Rights (SOHR); AP',
        '1',
        '0',
      ],
      [
        'doc-2',
        `'=HYPERLINK("http://evil.example")`,
        '',
        'unknown',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '',
        '0',
        '2',
      ],
    ]);
  });

  it('follows RFC 4180 and defuses formulas', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).toContain(',"Loaded language per 1,000 words",');
    expect(csv).toContain(',"Example ""News""",');
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
  });

  it('writes the header alone for no rows, and a byte order mark on request', () => {
    const empty = toFiguresCsv([], { bom: true });
    expect(empty.startsWith('\uFEFFDocument ID,Title,')).toBe(true);
    expect(empty.split('\r\n')).toHaveLength(2);
  });
});
