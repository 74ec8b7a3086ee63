import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultLayer } from '../../../../src/domain/layers';
import { CSV_COLUMNS, toCsv } from '../../../../src/io/csv';
import type { Annotation } from '../../../../src/domain/types';
import { annotate, docA, library } from '../sample-data';

function rows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  const csv = toCsv(library);
  const parsed = rows(csv);

  it('writes one row per annotation and tag, and one for an annotation without tags', () => {
    const expected = library.annotations.reduce((n, a) => n + Math.max(1, a.tagIds.length), 0);
    expect(parsed).toHaveLength(expected);
    const terrorists = parsed.filter((r) => r.quote === '"terrorists" 😡');
    expect(terrorists.map((r) => r.tag_id)).toEqual([
      'loaded-language',
      'ptc-name-calling-labeling',
    ]);
    const untagged = parsed.find((r) => r.quote === 'blamed foreign agents')!;
    expect([untagged.tag_id, untagged.tag_label]).toEqual(['', '']);
  });

  it('has the documented columns, then one per tag-specific field', () => {
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual([...CSV_COLUMNS, 'field_outletId', 'field_shouldCite']);
    const claim = parsed.find((r) => r.tag_id === 'unattributed-claim')!;
    expect(claim).toMatchObject({
      document_id: 'doc-a',
      document_title: 'Clashes in the north',
      outlet: 'RTX',
      tag_label: 'Unattributed claim',
      annotator: 'Maya',
      origin: 'manual',
      status: 'anchored',
      created: '2025-03-08T10:00:00.000Z',
      modified: '2025-03-08T10:05:00.000Z',
      // No layers given: the layer's id.
      layer: 'layer-mine',
      field_shouldCite: 'the health ministry',
      field_outletId: '',
    });
    // An outlet field shows the outlet's name.
    expect(parsed.find((r) => r.tag_id === 'outlet-affiliation')!.field_outletId).toBe('RTX');
  });

  it('names each annotation’s layer', () => {
    const layers = [defaultLayer('Maya', '2025-03-01T00:00:00.000Z')];
    const named = rows(toCsv({ ...library, layers }));
    expect(new Set(named.map((r) => r.layer))).toEqual(new Set(['My annotations']));
  });

  it('follows RFC 4180: CRLF records, quotes doubled, commas and line breaks quoted', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length - 1).toBe(parsed.length + 1);
    // The note with a line break stays one quoted field.
    expect(csv).toContain('"<script>alert(1)</script> & a second line\nhere"');
    const titled = toCsv({ ...library, documents: [{ ...docA, title: 'Clashes, again' }] });
    expect(titled).toContain('\r\ndoc-a,"Clashes, again",RTX,');
    expect(csv).toContain('"Neutral: ""killed""."');
    const note = parsed.find((r) => r.note!.includes('second line'))!.note;
    expect(note).toBe('<script>alert(1)</script> & a second line\nhere');
  });

  it('escapes cells a spreadsheet would run as formulas (OWASP), however they continue', () => {
    const hostile = [
      '=1+2',
      '+SUM(A1)',
      '-2+3',
      '@cmd',
      '\tTAB',
      '\rCR',
      '=HYPERLINK("x")\nsecond line',
    ];
    const annotations: Annotation[] = hostile.map((note, i) => ({
      ...annotate(docA, 'slaughtered'),
      id: `a-${i}`,
      note,
      annotator: note,
    }));
    const out = rows(toCsv({ ...library, annotations }));
    expect(out.map((r) => r.note)).toEqual(hostile.map((h) => `'${h}`));
    expect(out.map((r) => r.annotator)).toEqual(hostile.map((h) => `'${h}`));
    // Harmless text and numbers are left alone.
    expect(out[0]!.quote).toBe('slaughtered');
    expect(out[0]!.start).toBe('18');
  });

  it('counts offsets in code points by default, UTF-16 on request', () => {
    const rtx = (csvText: string) => rows(csvText).find((r) => r.quote === 'RTX')!;
    expect([rtx(csv).start, rtx(csv).end]).toEqual(['164', '167']);
    const utf16 = rtx(toCsv(library, { offsets: 'utf16' }));
    expect([utf16.start, utf16.end]).toEqual(['165', '168']);
  });

  it('can start with a byte order mark for Excel', () => {
    expect(toCsv(library, { bom: true }).startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(csv.startsWith('document_id,')).toBe(true);
  });
});
