import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../../src/io/backup';
import { readJsonText } from '../../../../src/io/shared';
import { fromW3C, type W3CImport } from '../../../../src/io/w3c';
import { docA, docB, tags, TEXT_A } from '../sample-data';

const documents = [docA, docB];
const options = { tags, now: new Date('2025-04-01T00:00:00.000Z'), annotator: 'Importer' };

function fixture(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../../fixtures/w3c/${name}.json`, import.meta.url), 'utf8'),
  );
}

function imported(json: unknown, docs = documents): Extract<W3CImport, { ok: true }> {
  const result = fromW3C(json, docs, options);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const byQuote = (result: Extract<W3CImport, { ok: true }>, exact: string) =>
  result.annotations.find((a) => a.target.exact === exact);

describe('W3C import from Hypothesis (client export, API format)', () => {
  const result = imported(fixture('hypothesis-export'));

  it('matches the page by URL despite www, http, a trailing slash, utm_* and a fragment', () => {
    const slaughtered = byQuote(result, 'slaughtered dozens of civilians')!;
    expect(slaughtered).toMatchObject({
      documentId: 'doc-a',
      status: 'anchored',
      target: { start: 18, end: 49 },
      tagIds: ['loaded-language', 'needs-source'],
      annotator: 'Jane Doe',
      createdAt: '2025-03-09T08:12:44.120Z',
      updatedAt: '2025-03-09T08:15:02.554Z',
    });
  });

  it('reads `tags` and `text`, and folds replies into their parent’s note', () => {
    expect(byQuote(result, 'slaughtered dozens of civilians')!.note).toBe(
      'Emotive verb. Compare the **wire copy**: "killed".\n\n' +
        'Reply from sam: Agreed, the agency wire says killed.',
    );
    expect(result.tagLabels['needs-source']).toBe('Needs source');
  });

  it('places by quote when the page’s offsets do not fit the article, fuzzy if the quote changed', () => {
    // Hypothesis counts offsets in the whole page; the quote finds the passage.
    expect(byQuote(result, 'denied any involvement')).toMatchObject({
      status: 'anchored',
      target: { start: TEXT_A.indexOf('denied any involvement') },
      note: "Check the ministry's statement.",
    });
    // Offsets in UTF-16 code units (what Hypothesis really counts) are recognised too, and
    // context that does not fit the text (".The" without the line break) is described afresh.
    expect(byQuote(result, 'blamed foreign agents')).toMatchObject({
      status: 'anchored',
      target: { start: 207, end: 228, suffix: '.\nThe ministry denied any involv' },
    });
  });

  it('keeps an annotation whose quote is gone as an orphan on its page’s document', () => {
    expect(byQuote(result, 'a brutal crackdown')).toMatchObject({
      documentId: 'doc-a',
      status: 'orphaned',
      tagIds: ['loaded-language'],
    });
    expect([result.placed, result.orphaned]).toEqual([4, 1]);
  });

  it('finds the document of an unknown page by its quotes', () => {
    expect(byQuote(result, 'Syrian Observatory for Human Rights')).toMatchObject({
      documentId: 'doc-b',
      status: 'anchored',
      target: { start: 70, end: 105 },
    });
  });

  it('keeps a page note on its document, and one that fits no document waiting in Unplaced', () => {
    expect(result.skipped).toEqual([]);
    const [pageNote, waiting] = result.unplaced;
    expect(pageNote).toMatchObject({ documentId: expect.any(String), note: expect.any(String) });
    expect(pageNote!.passage).toBeUndefined();
    expect(waiting!.documentId).toBeUndefined();
    expect(waiting!.sources).toContain('https://elsewhere.example.net/unrelated');
    expect(waiting!.passage?.exact).toEqual(expect.any(String));
    expect(result.unplaced).toHaveLength(2);
  });

  it('gives other tools’ ids a stable UUID, so importing twice yields the same annotations', () => {
    const again = imported(fixture('hypothesis-export'));
    expect(again.annotations.map((a) => a.id)).toEqual(result.annotations.map((a) => a.id));
    for (const { id } of result.annotations) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/);
  });
});

describe('W3C import from Hypothesis’s JSON-LD', () => {
  it('reads a note body without a purpose, a tagging body and an acct: creator', () => {
    const result = imported(fixture('hypothesis-jsonld'));
    expect(result.annotations).toEqual([
      expect.objectContaining({
        documentId: 'doc-a',
        tagIds: ['outlet-affiliation'],
        note: 'State broadcaster: see the outlet registry.',
        annotator: 'jdoe',
        status: 'anchored',
        target: expect.objectContaining({ start: TEXT_A.indexOf('RTX'), exact: 'RTX' }),
      }),
    ]);
  });
});

describe('W3C import from Recogito', () => {
  it('reads the text annotator’s arrays of targets, bodies with creators, and guests', () => {
    const result = imported(fixture('recogito-text-annotator'));
    expect(result.annotations.map((a) => [a.id, a.tagIds, a.note, a.annotator])).toEqual([
      [
        '7e9a8c3e-3f4b-4f7a-9d7e-2c1b5a6f8e90',
        ['loaded-language'],
        'An emoji as editorial comment?',
        'Ana',
      ],
      ['0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', ['unattributed-claim'], '', 'Ana'],
      ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', [], '', 'Importer'],
    ]);
    // Its offsets are UTF-16 code units, after an emoji: still placed exactly.
    expect(byQuote(result, '"terrorists" 😡')!.target).toMatchObject({ start: 187, end: 202 });
    expect(result.warnings).toEqual([
      { where: '[1]', reason: 'it marks 2 passages; Slant kept the first' },
    ]);
  });

  it('reads RecogitoJS: `#` ids, no source, replies and links in bodies, PTC technique tags', () => {
    const result = imported(fixture('recogito-js'));
    expect(result.annotations[0]).toMatchObject({
      id: 'c3a8b1e2-5d4f-4a6b-9c8d-7e6f5a4b3c2d',
      documentId: 'doc-b',
      tagIds: ['humanitarian-framing'],
      note:
        'Who says catastrophe?\n\nReply from Cleo: The UN, in its March briefing.\n\n' +
        'identifying: http://www.wikidata.org/entity/Q1190554',
      annotator: 'Ben',
      createdAt: '2025-04-01T00:00:00.000Z',
    });
    expect(result.annotations[1]).toMatchObject({
      documentId: 'doc-a',
      tagIds: ['ptc-loaded-language'],
      target: { start: 288, end: 300, exact: 'fabrications' },
    });
    expect(result.tagIds).toEqual(['humanitarian-framing', 'ptc-loaded-language']);
  });
});

describe('W3C import of odd and bad input', () => {
  const annotation = (id: string, exact: string, extra: Record<string, unknown> = {}) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'Spin Words' },
    target: { source: 'urn:slant:doc:doc-a', selector: { type: 'TextQuoteSelector', exact } },
    ...extra,
  });

  it('reads the file text first: size, JSON, truncation, with the file’s name', () => {
    const read = (text: string) =>
      readJsonText(text, { maxBytes: MAX_BACKUP_BYTES, fileName: 'h.json' });
    const text = readFileSync(
      new URL('../../../fixtures/w3c/hypothesis-export.json', import.meta.url),
      'utf8',
    );
    expect(read(text)).toMatchObject({ ok: true });
    expect(read(text.slice(0, 2000))).toEqual({
      ok: false,
      error: '“h.json” ends early (it may have been cut off while saving or downloading).',
    });
    expect(read('{"a": 1} x')).toMatchObject({
      ok: false,
      error: /^“h\.json” is not valid JSON at line 1, column 10/,
    });
    expect(readJsonText('[]', { maxBytes: 1, fileName: 'big.json' })).toMatchObject({
      ok: false,
      error: /^“big\.json” is 1 KB; Slant reads files up to 1 KB/,
    });
  });

  it('refuses a collection without “first”, saying why', () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/collection/1',
      type: 'AnnotationCollection',
      total: 3,
    };
    expect(fromW3C(collection, [], { fileName: 'notes.jsonld' })).toEqual({
      ok: false,
      error:
        '“notes.jsonld” is an AnnotationCollection without “first”, the page where a collection’s annotations begin, although it says it holds 3 annotations, so there is nothing to import. Export the collection again with its pages, or import its page files.',
    });
    // One that holds no annotations says so, and is no error.
    expect(fromW3C({ ...collection, total: 0 }, []).ok).toBe(true);
  });

  it('refuses what holds no annotations, and a Slant backup, saying so', () => {
    expect(fromW3C(42, documents)).toMatchObject({ ok: false, error: /no annotations/ });
    expect(fromW3C({ hello: 'world' }, documents)).toMatchObject({
      ok: false,
      error: /no annotations that Slant can read/,
    });
    expect(
      fromW3C({ format: 'slant-backup', version: 1 }, documents, { fileName: 'work.json' }),
    ).toMatchObject({
      ok: false,
      error:
        '“work.json” is a Slant backup, not a file of W3C annotations: restore it as a backup.',
    });
    expect(fromW3C([], documents, { documentId: 'nope' })).toMatchObject({
      ok: false,
      error: /no document “nope”/,
    });
  });

  it('reports a reply whose parent is not in the file or was not imported', () => {
    const hypothesis = fixture('hypothesis-export') as { annotations: Record<string, unknown>[] };
    const [annotation, reply, pageNote] = hypothesis.annotations;
    const toPageNote = { ...reply, id: 'r2', references: [pageNote!.id] };
    const orphanReply = { ...reply, id: 'r3', references: ['not-here'] };
    const result = imported([annotation, reply, pageNote, toPageNote, orphanReply]);
    expect(result.annotations[0]!.note).toMatch(/Reply from sam: Agreed/);
    // A reply to a page note joins the page note's own note.
    expect(result.unplaced[0]!.note).toMatch(/Reply from sam: Agreed/);
    expect(result.skipped).toEqual([
      {
        where: '[4]',
        reason: 'it replies to an annotation that is not in this file or could not be imported',
      },
    ]);
  });

  it('skips a second annotation with the same id, saying where the first was', () => {
    const result = imported([
      annotation('urn:uuid:11111111-1111-4111-8111-111111111111', 'slaughtered'),
      annotation('urn:uuid:11111111-1111-4111-8111-111111111111', 'civilians'),
    ]);
    expect(result.annotations).toHaveLength(1);
    expect(result.skipped).toEqual([
      {
        where: '[1]',
        reason:
          'its id “urn:uuid:11111111-1111-4111-8111-111111111111” is used twice (first at [0])',
      },
    ]);
  });

  it('turns unknown tag labels into new tag ids for the caller to create', () => {
    const result = imported(
      annotation('urn:uuid:22222222-2222-4222-8222-222222222222', 'slaughtered'),
    );
    expect(result.tagIds).toEqual(['spin-words']);
    expect(result.tagLabels).toEqual({ 'spin-words': 'Spin Words' });
  });

  it('skips annotations that are not objects or have no target, and pages that are missing', () => {
    const result = imported({
      type: 'AnnotationCollection',
      id: 'urn:x:c',
      first: {
        type: 'AnnotationPage',
        id: 'urn:x:p1',
        items: ['https://example.org/anno/1', { type: 'Annotation', id: 'urn:x:a' }],
        next: 'urn:x:p2',
      },
    });
    expect(result.skipped).toEqual([
      {
        where: 'page 2',
        reason: 'this page of the collection is not in the file, only its address (urn:x:p2)',
      },
      { where: 'first.items[0]', reason: 'it is not a JSON object' },
      { where: 'first.items[1]', reason: 'it has no target' },
    ]);
  });

  it('ignores a position beyond the text and finds the quote instead; one without a quote waits', () => {
    const far = annotation('urn:uuid:33333333-3333-4333-8333-333333333333', 'civilians', {
      target: {
        source: 'urn:slant:doc:doc-a',
        selector: [
          { type: 'TextQuoteSelector', exact: 'civilians' },
          { type: 'TextPositionSelector', start: 90000, end: 90009 },
        ],
      },
    });
    const positionOnly = annotation('urn:uuid:44444444-4444-4444-8444-444444444444', '', {
      target: {
        source: 'urn:slant:doc:doc-a',
        selector: { type: 'TextPositionSelector', start: 5000, end: 5010 },
      },
    });
    const result = imported([far, positionOnly]);
    expect(result.annotations[0]!.target.start).toBe(TEXT_A.indexOf('civilians'));
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([
      {
        where: '[1]',
        reason:
          'it has no quote, and its position is outside document “Clashes in the north”; it waits in Unplaced',
      },
    ]);
    expect(result.unplaced.map((u) => u.passage?.position)).toEqual([{ start: 5000, end: 5010 }]);
  });

  it('puts everything on one document when asked', () => {
    const result = fromW3C(
      annotation('urn:uuid:55555555-5555-4555-8555-555555555555', 'humanitarian catastrophe', {
        target: {
          source: 'https://elsewhere.example/x',
          selector: { type: 'TextQuoteSelector', exact: 'humanitarian catastrophe' },
        },
      }),
      documents,
      { documentId: 'doc-b' },
    );
    expect(result.ok && result.annotations[0]).toMatchObject({
      documentId: 'doc-b',
      status: 'anchored',
    });
  });
});
