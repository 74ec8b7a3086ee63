import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../../src/analysis';
import { NO_SOURCE_FOUND, toClaimMatrixCsv } from '../../../../src/io/csv';

const documents = [
  { id: 'a', title: 'Massacre toll' },
  { id: 'b', title: 'Clashes on the coast' },
  { id: 'c', title: 'Massacre toll' },
];

const matrix: ClaimRow[] = [
  {
    claimId: 'claim-1',
    name: 'Death toll',
    note: '',
    cells: [
      {
        documentId: 'a',
        annotationIds: ['x'],
        wording: 'reaching 7,000',
        figures: ['7,000'],
        attribution: null,
      },
      {
        documentId: 'b',
        annotationIds: ['y', 'z'],
        wording: '745 civilians … at least 29 massacres',
        figures: ['745', 'at least 29'],
        attribution: 'SOHR',
      },
      { documentId: 'c', annotationIds: [], wording: '', figures: [], attribution: null },
    ],
  },
  {
    claimId: 'claim-2',
    name: '+Refugees',
    note: 'At the "base"',
    cells: [
      {
        documentId: 'c',
        annotationIds: ['w'],
        wording: '-around 7,000 took refuge',
        figures: ['around 7,000'],
        attribution: 'unattributed',
      },
    ],
  },
];

describe('toClaimMatrixCsv', () => {
  const csv = toClaimMatrixCsv(matrix, documents);
  const [header, ...data] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('heads three columns per document, numbering titles that repeat', () => {
    expect(header).toEqual([
      'Claim',
      'Note',
      'Massacre toll: wording',
      'Massacre toll: figures',
      'Massacre toll: attribution',
      'Clashes on the coast: wording',
      'Clashes on the coast: figures',
      'Clashes on the coast: attribution',
      'Massacre toll (2): wording',
      'Massacre toll (2): figures',
      'Massacre toll (2): attribution',
    ]);
  });

  it('writes one row per claim, empty where a document has no passage', () => {
    expect(data).toEqual([
      [
        'Death toll',
        '',
        'reaching 7,000',
        '7,000',
        NO_SOURCE_FOUND,
        '745 civilians … at least 29 massacres',
        '745; at least 29',
        'SOHR',
        '',
        '',
        '',
      ],
      [
        "'+Refugees",
        'At the "base"',
        '',
        '',
        '',
        '',
        '',
        '',
        "'-around 7,000 took refuge",
        'around 7,000',
        'unattributed',
      ],
    ]);
  });

  it('follows RFC 4180', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).toContain(',"reaching 7,000","7,000",');
    expect(csv).toContain(',"At the ""base""",');
  });

  it('writes the header alone when there are no claims', () => {
    const empty = toClaimMatrixCsv([], documents.slice(0, 1), { bom: true });
    expect(empty).toBe(
      '\uFEFFClaim,Note,Massacre toll: wording,Massacre toll: figures,Massacre toll: attribution\r\n',
    );
  });
});
