import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../src/domain/types';
import { fromW3C, toW3C, type W3CImport } from '../../../../src/io/w3c';
import { collectionViolations } from './w3c-must-rules';
import { annotations, docA, docB, tags } from '../sample-data';

const documents = [docA, docB];
const now = new Date('2025-05-01T00:00:00.000Z');

/** "Death toll": a passage in each article, linked across the two documents. */
const deathToll: Claim = {
  id: '5b0e6c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b',
  layerId: 'layer-mine',
  name: 'Death toll',
  note: 'Compare who is cited.',
  annotationIds: [annotations[1]!.id, annotations[5]!.id],
  createdAt: '2025-03-08T11:00:00.000Z',
  updatedAt: '2025-03-08T11:00:00.000Z',
};
/** A claim whose id is not a UUID (one restored from an old backup, say), without a note. */
const blame: Claim = {
  id: 'claim blame/1',
  layerId: 'layer-mine',
  name: 'Who is to blame',
  note: '',
  annotationIds: [annotations[4]!.id, annotations[1]!.id],
  createdAt: '2025-03-08T11:00:00.000Z',
  updatedAt: '2025-03-08T11:00:00.000Z',
};

function imported(json: unknown, docs = documents): Extract<W3CImport, { ok: true }> {
  const result = fromW3C(json, docs, { tags, now });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const itemOf = (file: ReturnType<typeof toW3C>, annotationId: string) =>
  file.first!.items.find((item) => item.id === `urn:uuid:${annotationId}`)!;

describe('W3C export and import of claims', () => {
  const exported = toW3C(
    { documents, annotations, tags, claims: [deathToll, blame] },
    { id: 'urn:uuid:6f1c1a52-8b4e-4d3c-9a57-0c3c4f6b2a10' },
  );

  it('lists each annotation’s claims in `slant:claims`, still meeting the model’s rules', () => {
    expect(collectionViolations(JSON.parse(JSON.stringify(exported)))).toEqual([]);
    expect(itemOf(exported, annotations[1]!.id)['slant:claims']).toEqual([
      { id: `urn:uuid:${deathToll.id}`, name: 'Death toll', note: 'Compare who is cited.' },
      { id: 'urn:slant:claim:claim%20blame%2F1', name: 'Who is to blame' },
    ]);
    expect(itemOf(exported, annotations[5]!.id)['slant:claims']).toEqual([
      { id: `urn:uuid:${deathToll.id}`, name: 'Death toll', note: 'Compare who is cited.' },
    ]);
    // An annotation in no claim has no property at all.
    expect(itemOf(exported, annotations[0]!.id)).not.toHaveProperty('slant:claims');
    // Without claims the export is as before.
    const plain = toW3C({ documents, annotations, tags });
    expect(plain.first!.items.some((item) => 'slant:claims' in item)).toBe(false);
  });

  it('brings back one claim spanning two documents, with both annotations', () => {
    const result = imported(JSON.parse(JSON.stringify(exported)));
    expect(result.warnings).toEqual([]);
    const byId = new Map(result.claims.map((c) => [c.id, c]));
    expect(result.claims).toHaveLength(2);
    expect(byId.get(deathToll.id)).toEqual({
      id: deathToll.id,
      layerId: 'layer-mine',
      name: 'Death toll',
      note: 'Compare who is cited.',
      annotationIds: [annotations[1]!.id, annotations[5]!.id],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const linked = result.annotations.filter((a) =>
      byId.get(deathToll.id)!.annotationIds.includes(a.id),
    );
    expect(linked.map((a) => a.documentId)).toEqual(['doc-a', 'doc-b']);
    expect(byId.get('claim blame/1')).toMatchObject({
      name: 'Who is to blame',
      note: '',
      annotationIds: [annotations[1]!.id, annotations[4]!.id],
    });
  });

  it('rebuilds a claim from separate files, each holding one of its documents', () => {
    const fileA = toW3C({
      documents: [docA],
      annotations: [annotations[1]!],
      tags,
      claims: [deathToll],
    });
    const fileB = toW3C({
      documents: [docB],
      annotations: [annotations[5]!],
      tags,
      claims: [deathToll],
    });
    const [a, b] = [imported(fileA), imported(fileB)];
    expect(a.claims.map((c) => [c.id, c.annotationIds])).toEqual([
      [deathToll.id, [annotations[1]!.id]],
    ]);
    expect(b.claims.map((c) => [c.id, c.annotationIds])).toEqual([
      [deathToll.id, [annotations[5]!.id]],
    ]);
  });

  it('links the ids the import gives, also for an annotation whose id it derives', () => {
    const file = JSON.parse(JSON.stringify(exported));
    const item = file.first.items.find(
      (i: { id: string }) => i.id === `urn:uuid:${annotations[5]!.id}`,
    );
    item.id = 'https://hypothes.is/a/Xf3kQp2jEe6';
    const result = imported(file);
    const derived = result.annotations.find((a) => a.target.exact === 'shelling intensified')!.id;
    expect(derived).not.toBe(annotations[5]!.id);
    expect(result.claims.find((c) => c.id === deathToll.id)!.annotationIds).toEqual([
      annotations[1]!.id,
      derived,
    ]);
  });

  it('does not link an annotation that waits in Unplaced', () => {
    const result = imported(JSON.parse(JSON.stringify(exported)), [docA]);
    expect(result.unplaced.length).toBeGreaterThan(0);
    expect(result.claims.find((c) => c.id === deathToll.id)!.annotationIds).toEqual([
      annotations[1]!.id,
    ]);
  });

  it('reports a malformed `slant:claims` as a warning and still imports the annotation', () => {
    const file = JSON.parse(JSON.stringify(exported));
    const items = file.first.items as Record<string, unknown>[];
    const at = (id: string) => items.findIndex((i) => i.id === `urn:uuid:${id}`);
    items[at(annotations[0]!.id)]!['slant:claims'] = 'Death toll';
    items[at(annotations[1]!.id)]!['slant:claims'] = [
      42,
      { name: 'No id' },
      { id: 'urn:uuid:0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b' },
      { id: `urn:uuid:${deathToll.id}`, name: 'Death toll', note: 7 },
    ];
    const result = imported(file);
    expect(result.annotations).toHaveLength(annotations.length);
    expect(result.skipped).toEqual([]);
    const where = (id: string) => `first.items[${at(id)}]`;
    expect(result.warnings).toEqual([
      {
        where: where(annotations[0]!.id),
        reason: 'slant:claims is not a list of claims ({ id, name }); its claims were left out',
      },
      {
        where: where(annotations[1]!.id),
        reason: 'slant:claims[0] is not a claim ({ id, name }); that claim was left out',
      },
      {
        where: where(annotations[1]!.id),
        reason: 'slant:claims[1] has no id; that claim was left out',
      },
      {
        where: where(annotations[1]!.id),
        reason: 'slant:claims[2] has no name; that claim was left out',
      },
    ]);
    // The readable entry still counts; a note that is not text is dropped.
    expect(result.claims.find((c) => c.id === deathToll.id)).toMatchObject({
      note: '',
      annotationIds: [annotations[1]!.id, annotations[5]!.id],
    });
  });

  it('reads a single claim object (JSON-LD allows one value for a list), and other tools’ IRIs', () => {
    const file = JSON.parse(JSON.stringify(exported));
    const items = file.first.items as Record<string, unknown>[];
    items[0]!['slant:claims'] = { id: 'https://example.org/claims/7', name: 'Elsewhere' };
    items[1]!['slant:claims'] = [{ id: 'https://example.org/claims/7', name: 'Elsewhere' }];
    const result = imported(file);
    const claim = result.claims.find((c) => c.name === 'Elsewhere')!;
    expect(claim.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/);
    expect(claim.annotationIds).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });

  it('gives no claims for other tools’ files, which have no `slant:claims`', () => {
    for (const name of [
      'hypothesis-export',
      'hypothesis-jsonld',
      'recogito-js',
      'recogito-text-annotator',
    ]) {
      const json: unknown = JSON.parse(
        readFileSync(new URL(`../../../fixtures/w3c/${name}.json`, import.meta.url), 'utf8'),
      );
      const result = imported(json);
      expect(result.annotations.length).toBeGreaterThan(0);
      expect(result.claims).toEqual([]);
    }
  });
});
