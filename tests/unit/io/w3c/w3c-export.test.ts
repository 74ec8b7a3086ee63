import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  SLANT_CONTEXT,
  toW3C,
  toW3CPages,
  type W3CAnnotation,
  type W3CTextPositionSelector,
  type W3CTextQuoteSelector,
} from '../../../../src/io/w3c';
import { collectionViolations } from './w3c-must-rules';
import { annotations, docA, docB, library, tags } from '../sample-data';

const generatedAt = new Date('2025-03-10T12:00:00.000Z');
const exported = toW3C(
  { documents: [docA, docB], annotations, tags },
  { id: 'urn:uuid:6f1c1a52-8b4e-4d3c-9a57-0c3c4f6b2a10', label: 'Class set', generatedAt },
);
const items = exported.first!.items;

function selectors(item: W3CAnnotation) {
  const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
  return {
    quote: quote as W3CTextQuoteSelector,
    position: position as W3CTextPositionSelector,
  };
}

describe('W3C export', () => {
  it('meets the MUST rules of the W3C model, also after a trip through JSON', () => {
    expect(collectionViolations(exported)).toEqual([]);
    expect(collectionViolations(JSON.parse(JSON.stringify(exported)))).toEqual([]);
    expect(exported['@context']).toEqual([ANNO_CONTEXT, SLANT_CONTEXT]);
    expect(exported).toMatchObject({
      type: 'AnnotationCollection',
      label: 'Class set',
      total: annotations.length,
      generated: '2025-03-10T12:00:00.000Z',
      first: { type: 'AnnotationPage', partOf: exported.id, startIndex: 0 },
    });
    expect(items).toHaveLength(annotations.length);
  });

  it('the checker does catch what breaks the rules', () => {
    const broken = structuredClone(exported);
    const item = broken.first!.items[0]! as unknown as Record<string, unknown>;
    item.id = 'not an iri';
    item.target = [];
    (broken.first!.items[1]!.target.selector[1] as W3CTextPositionSelector).start = -1;
    (broken.first!.items[2]!.target.selector[1] as W3CTextPositionSelector).end = 1.5;
    delete (broken as unknown as Record<string, unknown>)['@context'];
    const violations = collectionViolations(broken);
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^@context/),
        expect.stringMatching(/items\[0\]\.id must be exactly one IRI/),
        expect.stringMatching(/items\[0\]: an annotation must have at least one target/),
        expect.stringMatching(/items\[1\]\.target\[0\]\.selector\[1\]\.start/),
        expect.stringMatching(/items\[2\]\.target\[0\]\.selector\[1\]\.end/),
      ]),
    );
  });

  it('counts positions in code points, so astral characters (emoji) count once', () => {
    for (const item of items) {
      const document = item['slant:documentId'] === docA.id ? docA : docB;
      const { quote, position } = selectors(item);
      if (item['slant:status'] === 'orphaned') continue;
      const codePoints = [...document.text];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(Number.isInteger(position.start) && position.start >= 0).toBe(true);
      expect(position.start).toBeLessThanOrEqual(position.end);
    }
    // "RTX" follows one emoji: UTF-16 offset 165, code point 164.
    const rtx = items.find((item) => selectors(item).quote.exact === 'RTX')!;
    expect(selectors(rtx).position).toEqual({ type: 'TextPositionSelector', start: 164, end: 167 });
    // The quote holds an emoji itself: 15 code units, 14 code points.
    const terrorists = items.find((item) =>
      selectors(item).quote.exact.startsWith('"terrorists"'),
    )!;
    expect(selectors(terrorists).position).toEqual({
      type: 'TextPositionSelector',
      start: 186,
      end: 200,
    });
  });

  it('writes tags and notes as textual bodies, with the tag URN and Slant extras', () => {
    const first = items.find((item) => selectors(item).quote.exact === 'slaughtered')!;
    expect(first).toMatchObject({
      id: `urn:uuid:${annotations[0]!.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [
        {
          type: 'TextualBody',
          purpose: 'tagging',
          value: 'Loaded language',
          'slant:tag': 'urn:slant:tag:loaded-language',
        },
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Neutral: "killed".',
          format: 'text/plain',
        },
      ],
      creator: { type: 'Person', name: 'Maya' },
      created: '2025-03-08T10:00:00.000Z',
      modified: '2025-03-08T10:05:00.000Z',
      target: { type: 'SpecificResource', source: docA.url },
      'slant:documentId': 'doc-a',
      'slant:origin': 'manual',
      'slant:status': 'anchored',
      'slant:layer': 'layer-mine',
    });
    const rtx = items.find((item) => selectors(item).quote.exact === 'RTX')!;
    expect(rtx['slant:fields']).toEqual({ outletId: 'outlet-rtx' });
    expect(rtx.creator).toBeUndefined();
    const plain = items.find((item) => selectors(item).quote.exact === 'blamed foreign agents')!;
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body).toBeUndefined();
  });

  it('names a document without a URL by its URN, and keeps its context selectors', () => {
    const onB = items.filter((item) => item['slant:documentId'] === 'doc-b');
    expect(onB.map((item) => item.target.source)).toEqual([
      'urn:slant:doc:doc-b',
      'urn:slant:doc:doc-b',
    ]);
    expect(selectors(onB[0]!).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'shelling intensified',
      prefix: 'Residents fled the district as ',
      suffix: ', according to the Syrian Observ',
    });
  });

  it('lists annotations by document, then by position in the text', () => {
    const shuffled = [...annotations].reverse();
    const ordered = toW3C({ documents: [docA, docB], annotations: shuffled, tags }).first!.items;
    expect(ordered.map((item) => item.id)).toEqual(items.map((item) => item.id));
  });

  it('splits into pages linked by IRIs when asked, each page meeting the rules', () => {
    const { collection, pages } = toW3CPages(library, {
      id: 'https://example.org/sets/1',
      pageSize: 3,
    });
    expect(pages).toHaveLength(3);
    expect(collection.first).toBe(pages[0]);
    expect(collection.last).toBe('https://example.org/sets/1#page-3');
    expect(pages.map((p) => [p.startIndex, p.items.length, p.next, p.prev])).toEqual([
      [0, 3, 'https://example.org/sets/1#page-2', undefined],
      [3, 3, 'https://example.org/sets/1#page-3', 'https://example.org/sets/1#page-1'],
      [6, 1, undefined, 'https://example.org/sets/1#page-2'],
    ]);
    expect(collectionViolations(collection, pages)).toEqual([]);
  });

  it('writes no page at all for no annotations (a page is never empty)', () => {
    const empty = toW3C({ documents: [docA], annotations: [], tags });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(collectionViolations(empty)).toEqual([]);
    expect(empty.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('writes a plain date as an xsd:dateTime', () => {
    const dated = { ...annotations[0]!, createdAt: '2025-03-08', updatedAt: '2025-03-09' };
    const item = toW3C({ documents: [docA], annotations: [dated], tags }).first!.items[0]!;
    expect([item.created, item.modified]).toEqual(['2025-03-08T00:00:00Z', '2025-03-09T00:00:00Z']);
  });
});
