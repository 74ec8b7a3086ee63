import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classAgreement, scoreAgainstKey, type LabelledSpan } from '../../../../src/analysis';
import { toAgreementCsv, toResultsCsv } from '../../../../src/io/class';

const tags = [
  { id: 'loaded-language', label: 'Loaded language' },
  { id: 'unattributed-claim', label: 'Unattributed claim' },
];
const tagIds = tags.map((t) => t.id);
const span = (start: number, end: number, tagId = 'loaded-language'): LabelledSpan => ({
  documentId: 'd',
  start,
  end,
  tagId,
});
// Key: one loaded-language span of 10 characters. The student marks its first 5 and one claim.
const key = [span(0, 10)];
const answer = [span(0, 5), span(20, 30, 'unattributed-claim')];

const read = (csv: string) => Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;

describe('results CSV', () => {
  it('writes one row per student: fractions per tag and overall, empty where there is none', () => {
    const csv = toResultsCsv(tags, [
      {
        student: 'Ana Silva',
        exportedAt: '2025-03-12T09:30:00.000Z',
        annotations: 2,
        orphaned: 0,
        score: scoreAgainstKey(key, answer, tagIds),
      },
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(read(csv)).toEqual([
      [
        'Student',
        'Exported',
        'Annotations',
        'Orphaned',
        'Loaded language: precision',
        'Loaded language: recall',
        'Loaded language: F1',
        'Unattributed claim: precision',
        'Unattributed claim: recall',
        'Unattributed claim: F1',
        'Overall: precision',
        'Overall: recall',
        'Overall: F1',
      ],
      // Loaded language: P = 5/5, R = 5/10, F1 = 2/3. Claims: P = 0, no key so no recall, F1 0.
      // Overall: P = (1 + 0) / 2, R = 0.5 / 1, F1 = 0.5.
      [
        'Ana Silva',
        '2025-03-12T09:30:00.000Z',
        '2',
        '0',
        '1',
        '0.5',
        '0.6667',
        '0',
        '',
        '0',
        '0.5',
        '0.5',
        '0.5',
      ],
    ]);
  });

  it('keeps a student’s name that looks like a formula as text', () => {
    const csv = toResultsCsv(tags, [
      {
        student: '=HYPERLINK("http://evil.example","x")',
        exportedAt: '2025-03-12',
        annotations: 1,
        orphaned: 0,
        score: scoreAgainstKey(key, [], tagIds),
      },
      {
        student: '@SUM(1)\nsecond line',
        exportedAt: '2025-03-12',
        annotations: 1,
        orphaned: 0,
        score: scoreAgainstKey(key, [], tagIds),
      },
    ]);
    const rows = read(csv);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(rows[2]?.[0]).toBe("'@SUM(1)\nsecond line");
  });

  it('writes the agreement per tag and overall, with the reason for a missing figure', () => {
    const texts = new Map([['d', 'one two three four five six seven eight']]);
    const agreement = classAgreement(
      texts,
      [
        { name: 'Ana', spans: [span(0, 3)] },
        { name: 'Ben', spans: [span(0, 7)] },
      ],
      tagIds,
    );
    const csv = toAgreementCsv(tags, agreement, { bom: true });
    expect(csv.startsWith('\uFEFFTag,')).toBe(true);
    const rows = read(csv);
    expect(rows.map((r) => r.slice(0, 2).concat(r.slice(3)))).toMatchObject([
      ['Tag', "Krippendorff's alpha", "Fleiss' kappa", 'Why no kappa', 'Students', 'Word tokens'],
      ['Loaded language', expect.any(String), expect.any(String), '', '2', '8'],
      [
        'Unattributed claim',
        '',
        '',
        'every student gave every word the same rating, so there is nothing to measure',
        '2',
        '8',
      ],
      ['Overall', expect.any(String), expect.any(String), '', '2', '8'],
    ]);
    expect(rows[2]?.[2]).toBe(
      'every student gave every word the same rating, so there is nothing to measure',
    );
    // Loaded language, 8 tokens by 2 students: both mark "one", only Ben "two". Coincidences:
    // n = 16, n(marked) = 3, n(not) = 13; one disagreeing token adds 2 to Σ o(c≠k).
    // alpha = 1 - (n - 1) · 2 / (2 · 3 · 13) = 1 - 15 / 39 = 0.6154.
    expect(Number(rows[1]?.[1])).toBeCloseTo(1 - 15 / 39, 4);
  });
});
