import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring';
import type { Annotation, Claim, SlantDocument, Tag } from '../../../../src/domain/types';
import { fromW3C, toW3C } from '../../../../src/io/w3c';
import { tags as sampleTags } from '../sample-data';

/** Texts over an alphabet with astral characters; `§` never occurs, so orphans stay orphans. */
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', '😀', '𝐓', '👩‍👧', '"'),
  minLength: 1,
  maxLength: 200,
});
const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

const libraryArb = fc.gen().map((g) => {
  const tags: Tag[] = sampleTags.slice(
    0,
    g(() => fc.integer({ min: 0, max: sampleTags.length })),
  );
  const documents: SlantDocument[] = g(() =>
    fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
        text,
        url: fc.option(fc.webUrl(), { nil: undefined }),
      }),
      { selector: (d) => d.id, minLength: 1, maxLength: 3 },
    ),
  ).map(({ id, text: body, url }) => ({
    id,
    title: id,
    text: body,
    ...(url !== undefined && { url }),
    importedAt: '2025-01-01T00:00:00.000Z',
    contentHash: '0'.repeat(64),
    collectionIds: [],
  }));
  const seen = new Set<string>();
  const annotations: Annotation[] = documents.flatMap((document) =>
    g(() => fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 })).flatMap(
      ([a, b, orphan]) => {
        const points = [...document.text];
        const from = Math.min(a % points.length, b % points.length);
        const to = Math.max(from + 1, a % points.length, b % points.length);
        const start = points.slice(0, from).join('').length;
        const end = start + points.slice(from, to).join('').length;
        const id = g(() => fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })));
        if (seen.has(id)) return [];
        seen.add(id);
        const target = orphan
          ? {
              start: start + 500,
              end: end + 500,
              exact: `§${g(() => anyText)}`,
              prefix: 'x',
              suffix: '',
            }
          : describeRange(document.text, start, end);
        return [
          {
            id,
            layerId: 'layer-mine',
            documentId: document.id,
            tagIds: g(() =>
              fc.uniqueArray(fc.constantFrom('gone-tag', ...tags.map((t) => t.id)), {
                maxLength: 3,
              }),
            ),
            target,
            note: g(() => anyText),
            fields: g(() =>
              // Names as records allow them (FIELD_NAME), those objects inherit among them.
              fc.dictionary(
                fc.oneof(
                  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/),
                  fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty'),
                ),
                anyText,
                { maxKeys: 2 },
              ),
            ),
            annotator: g(() => anyText),
            origin: g(() => fc.constantFrom('manual' as const, 'suggestion' as const)),
            status: orphan ? ('orphaned' as const) : ('anchored' as const),
            createdAt: g(() => timestamp),
            updatedAt: g(() => timestamp),
          },
        ];
      },
    ),
  );
  // Claims over any of the annotations, across documents; ids UUIDs or any other string.
  const claims: Claim[] = g(() =>
    fc.uniqueArray(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })),
        layerId: fc.constant('layer-mine'),
        name: anyText,
        note: anyText,
        annotationIds: fc.uniqueArray(fc.constantFrom('no-such-annotation', ...seen), {
          maxLength: 4,
        }),
      }),
      { selector: (c) => c.id, maxLength: 3 },
    ),
  ).map((claim) => ({ ...claim, createdAt: NOW, updatedAt: NOW }));
  return { documents, annotations, tags, claims };
});

const NOW = '2025-06-01T00:00:00.000Z';

/** What a claim should come back as: only its exported annotations, in any order; none if none. */
function expectedClaims(claims: readonly Claim[], annotations: readonly Annotation[]) {
  const ids = new Set(annotations.map((a) => a.id));
  return byClaimId(
    claims
      .map((c) => ({ ...c, annotationIds: c.annotationIds.filter((id) => ids.has(id)).sort() }))
      .filter((c) => c.annotationIds.length > 0),
  );
}

const byClaimId = (list: readonly Claim[]) =>
  [...list]
    .map((c) => ({ ...c, annotationIds: [...c.annotationIds].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

const byId = (list: readonly Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('W3C round trip (property)', () => {
  it('Slant → W3C JSON → Slant loses nothing, for any annotations and claims on any text', () => {
    fc.assert(
      fc.property(libraryArb, ({ documents, annotations, tags, claims }) => {
        const file = JSON.stringify(toW3C({ documents, annotations, tags, claims }));
        const imported = fromW3C(JSON.parse(file), documents, { now: new Date(NOW) });
        if (!imported.ok) throw new Error(imported.error);
        expect(imported.skipped).toEqual([]);
        expect(imported.warnings).toEqual([]);
        expect(byId(imported.annotations)).toEqual(byId(annotations));
        expect(byClaimId(imported.claims)).toEqual(expectedClaims(claims, annotations));
      }),
      // No shrinking: shrinking a whole library retries it thousands of times, each failure with
      // a large diff, which can exhaust memory before it reports; the first counterexample is enough.
      { numRuns: 200, endOnFailure: true },
    );
  }, 60_000);
});
