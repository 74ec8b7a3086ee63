import { describe, expect, it } from 'vitest';
import { claimMatrix } from '../../../../src/analysis/compare/claim-matrix';
import { articleAttribution } from '../../../../src/analysis/attribution/article-attribution';
import type { Claim, SlantDocument } from '../../../../src/domain/types';
import { annotate, makeDocument, seedDocument } from './fixtures';

const seed000 = seedDocument('000_da10e5d0690c0007.txt');
const seed001 = seedDocument('001_009b48cc48a6c3a5.txt');
const seed002 = seedDocument('002_7858cea97ce4f018.txt');
const seed003 = seedDocument('003_07581b009b96ef05.txt');
const seed004 = seedDocument('004_f9f508b3207d511e.txt');
const documents = [seed000, seed001, seed002, seed003, seed004];
const attributions = (docs: readonly SlantDocument[]) =>
  new Map(docs.map((d) => [d.id, articleAttribution(d.text)]));

const body000 = annotate(seed000, 'a staggering death toll, potentially reaching 7,000', []);
const headline000 = annotate(seed000, 'Death Toll Reaches 7,000', ['loaded-language']);
const count001 = annotate(
  seed001,
  '745 civilians have been killed in at least 29 different massacres',
  [],
);
const count003 = annotate(seed003, 'over 1,200 civilians, predominantly Alawites', []);
const vague004 = annotate(
  seed004,
  'More than 600 people have been killed in Syria over the past two days',
  ['unattributed-claim'],
);
const orphan004 = annotate(seed004, '532 civilians have been killed', [], { status: 'orphaned' });
const annotations = [body000, headline000, count001, count003, vague004, orphan004];

const deathToll: Claim = {
  id: 'claim-toll',
  layerId: 'layer-mine',
  name: 'Death toll',
  note: 'Civilians only?',
  annotationIds: [
    count001.id,
    body000.id,
    headline000.id,
    count003.id,
    vague004.id,
    orphan004.id,
    'deleted-annotation',
    count001.id,
  ],
  createdAt: '2025-03-10T11:00:00.000Z',
  updatedAt: '2025-03-10T11:00:00.000Z',
};
const empty: Claim = { ...deathToll, id: 'claim-empty', name: 'Refugees', annotationIds: [] };

describe('claimMatrix', () => {
  const [toll, refugees] = claimMatrix(
    [deathToll, empty],
    annotations,
    documents,
    attributions(documents),
  );

  it('makes one row per claim and one cell per document, in the given orders', () => {
    expect(toll).toMatchObject({
      claimId: 'claim-toll',
      name: 'Death toll',
      note: 'Civilians only?',
    });
    expect(toll?.cells.map((c) => c.documentId)).toEqual(['000', '001', '002', '003', '004']);
    expect(refugees?.cells.every((c) => c.annotationIds.length === 0)).toBe(true);
  });

  it("lines up each outlet's figures, hedges included", () => {
    expect(toll?.cells.map((c) => c.figures)).toEqual([
      // The headline's bare figure, then the body's, hedge and all (issue 18).
      ['7,000', 'potentially reaching 7,000'],
      ['745', 'at least 29'],
      [],
      ['over 1,200'],
      ['more than 600', 'two'],
    ]);
  });

  it('joins the passages of one document in reading order', () => {
    const cell = toll?.cells[0];
    expect(cell?.annotationIds).toEqual([headline000.id, body000.id]);
    expect(cell?.wording).toBe(
      'Death Toll Reaches 7,000 … a staggering death toll, potentially reaching 7,000',
    );
  });

  it("names the source from the passage's own sentence, or says the reader found none", () => {
    expect(toll?.cells.map((c) => c.attribution)).toEqual([
      // The MEP who reported the toll, named before a relative clause (issue 18).
      'Nikolas Farantouris',
      'SOHR',
      null,
      'Syrian Observatory for Human Rights',
      'unattributed',
    ]);
  });

  it('leaves an empty cell where a document has no passage, skipping orphans and deleted ones', () => {
    expect(toll?.cells[2]).toEqual({
      documentId: '002',
      annotationIds: [],
      wording: '',
      figures: [],
      attribution: null,
    });
    expect(toll?.cells[4]?.annotationIds).toEqual([vague004.id]);
  });

  it('joins several sources, and "unattributed", in one cell', () => {
    const doc = makeDocument(
      'mixed',
      'The SOHR said 745 died. Reports suggest more. Around 7,000 fled, Reuters reported.',
    );
    const a = annotate(doc, 'The SOHR said 745 died.', []);
    const b = annotate(doc, 'Reports suggest more.', ['unattributed-claim']);
    const c = annotate(doc, 'Around 7,000 fled', []);
    const claim = { ...deathToll, annotationIds: [c.id, b.id, a.id] };
    const [row] = claimMatrix([claim], [a, b, c], [doc], attributions([doc]));
    expect(row?.cells[0]).toMatchObject({
      annotationIds: [a.id, b.id, c.id],
      figures: ['745', 'around 7,000'],
      attribution: 'SOHR; Reuters; unattributed',
    });
  });
});
