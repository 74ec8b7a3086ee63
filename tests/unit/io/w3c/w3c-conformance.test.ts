/**
 * W3C Web Annotation conformance, proven by the Working Group's own tests: every MUST assertion of
 * `annotationMusts.test` and `collectionMusts.test` (tests/fixtures/w3c-annotation-tests, draft-04
 * JSON Schemas run with Ajv) against every way Slant writes W3C annotations: a document's, a
 * collection's and the whole library's export as the app makes them (from the database, through
 * `readScope`), the same split into pages, and `slant analyze --format w3c`. The library holds
 * annotations with several tags, notes, tag fields, claims, orphans, a deleted tag, a custom tag
 * and astral characters. Then every key of every export must be a Web Annotation term or one
 * Slant's own context defines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../../src/cli/run';
import type { Annotation, Claim, Tag } from '../../../../src/domain/types';
import { SLANT_CONTEXT, toW3C, toW3CPages } from '../../../../src/io/w3c';
import { pageDatabase as db } from '../../../support/database';
import { readScope } from '../../../../src/state/exchange-commands';
import { annotate, annotations, collection, docA, docB, outlet, tags } from '../sample-data';
import { ANNO_TERMS } from './anno-terms';

const SUITE = fileURLToPath(new URL('../../../fixtures/w3c-annotation-tests/', import.meta.url));
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(SUITE + path, 'utf8')) as Record<string, unknown>;

interface Assertion {
  file: string;
  validate: ValidateFunction;
  expectValid: boolean;
  message: string;
}

function loadAssertions(list: string): Assertion[] {
  // The assertion schemas carry the suite's own keywords (assertionType, errorMessage, …).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(`${SUITE}definitions`).filter((f) => f.endsWith('.json')))
    ajv.addSchema(readJson(`definitions/${file}`));
  const files = readJson(list)['assertions'] as string[];
  return files.map((file) => {
    const schema = readJson(file);
    return {
      file,
      validate: ajv.compile(schema),
      expectValid: schema['expectedResult'] !== 'invalid',
      message: String(schema['errorMessage'] ?? ''),
    };
  });
}

const annotationMusts = loadAssertions('annotations/annotationMusts.test');
const collectionMusts = loadAssertions('collections/collectionMusts.test');

type Json = Record<string, unknown>;

function failures(assertions: readonly Assertion[], value: unknown, where: string): string[] {
  return assertions.flatMap(({ file, validate, expectValid, message }) =>
    Boolean(validate(value)) === expectValid ? [] : [`${where}: ${file}: ${message}`],
  );
}

/**
 * A collection's failures, and each item's as an annotation. An embedded item is read in the
 * collection's @context (JSON-LD scoping), so it is checked with that context written on it.
 */
function collectionFailures(collection: Json, where: string): string[] {
  const first = collection['first'] as Json | undefined;
  const items = (first?.['items'] as Json[] | undefined) ?? [];
  return [
    ...failures(collectionMusts, collection, where),
    ...items.flatMap((item, index) =>
      failures(
        annotationMusts,
        { '@context': collection['@context'], ...item },
        `${where} item ${index}`,
      ),
    ),
  ];
}

function pageFailures(page: Json, where: string): string[] {
  const context = page['@context'];
  return ((page['items'] as Json[]) ?? []).flatMap((item, index) =>
    failures(annotationMusts, { '@context': context, ...item }, `${where} item ${index}`),
  );
}

/** Every key in `value`, skipping the @context itself and the JSON literals of `@json` terms. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      if (key === '@context') continue;
      const term = (SLANT_CONTEXT as Record<string, unknown>)[key] as
        { '@type'?: string } | undefined;
      if (term?.['@type'] === '@json') continue;
      keysOf(child, into);
    }
  }
  return into;
}

const customTag: Tag = {
  id: 'spin-words',
  label: 'Spin words',
  description: 'A teacher’s own tag.',
  colour: '#009E73',
  underline: 'wavy',
  taxonomyId: 'default',
  order: 10,
};

const library: Annotation[] = [
  ...annotations,
  // A custom tag, and a tag deleted since (its id no longer names a tag).
  annotate(docB, 'Aid groups', { tagIds: ['spin-words', 'deleted-tag'], note: 'Who? 𝒜𝒾𝒹 🌍' }),
  // Astral characters in the quote itself.
  annotate(docA, '🚨 The state broadcaster', { tagIds: ['loaded-language'] }),
];

const claims: Claim[] = [
  {
    id: '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6071',
    layerId: 'layer-mine',
    name: 'Death toll',
    note: 'How many died, and who says so.',
    annotationIds: [library[1]!.id, library[5]!.id],
    createdAt: '2025-03-09T08:00:00.000Z',
    updatedAt: '2025-03-09T08:00:00.000Z',
  },
];

const exports = new Map<string, Json>();

beforeAll(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkAdd([docA, docB]);
  await db.tags.bulkAdd([...tags, customTag]);
  await db.outlets.add(outlet);
  await db.collections.add(collection);
  await db.annotations.bulkAdd(library);
  await db.claims.bulkAdd(claims);

  // As the Export buttons make them (ExportButtons.tsx): a document, a collection, everything.
  const scopes: [string, readonly string[]][] = [
    ['a document', [docA.id]],
    ['a collection', collection.documentIds],
    ['everything', (await db.documents.toArray()).map((d) => d.id)],
  ];
  for (const [name, ids] of scopes) {
    const { documents, annotations: inScope, tags: all, claims: linked } = await readScope(ids);
    const exported = toW3C(
      { documents, annotations: inScope, tags: all, claims: linked },
      { label: name },
    );
    exports.set(name, JSON.parse(JSON.stringify(exported)) as Json);
  }

  let stdout = '';
  const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => seeds + f);
  const code = await run(['analyze', '--format', 'w3c', ...files], {
    stdout: (text) => (stdout += text),
    stderr: () => {},
  });
  expect(code).toBe(0);
  exports.set('slant analyze --format w3c', JSON.parse(stdout) as Json);
}, 60_000);

describe('W3C conformance (the Working Group’s MUST assertions)', () => {
  it('runs every listed assertion', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
  });

  it.each(['a document', 'a collection', 'everything', 'slant analyze --format w3c'])(
    'holds for the export of %s and each annotation in it',
    (name) => {
      const exported = exports.get(name)!;
      expect(((exported['first'] as Json)['items'] as Json[]).length).toBeGreaterThan(0);
      expect(collectionFailures(exported, name)).toEqual([]);
    },
  );

  it('holds for the export split into pages, each page’s annotations too', async () => {
    const scope = await readScope([docA.id, docB.id]);
    const { collection: paged, pages } = toW3CPages(scope, { pageSize: 3 });
    expect(pages.length).toBeGreaterThan(2);
    const json = JSON.parse(JSON.stringify({ paged, pages })) as { paged: Json; pages: Json[] };
    expect(collectionFailures(json.paged, 'paged')).toEqual([]);
    expect(json.pages.slice(1).flatMap((page, i) => pageFailures(page, `page ${i + 2}`))).toEqual(
      [],
    );
  });

  it('fails an annotation that breaks a rule (the suite does catch things)', () => {
    const item = ((exports.get('everything')!['first'] as Json)['items'] as Json[])[0]!;
    const withIdAndPurpose = {
      '@context': exports.get('everything')!['@context'],
      ...item,
      body: [{ type: 'TextualBody', purpose: 'tagging', id: 'urn:slant:tag:x', value: 'X' }],
    };
    expect(failures(annotationMusts, withIdAndPurpose, 'old tag body')).toEqual([
      expect.stringContaining('3.3.5-bodyEWRNoPurpose'),
    ]);
    const noContext = { ...item };
    expect(failures(annotationMusts, noContext, 'no context').join()).toContain(
      '3.1-annotationContextValidated',
    );
  });
});

describe('Slant’s JSON-LD context', () => {
  it('defines every key of every export that is not a Web Annotation term', () => {
    const used = new Set<string>();
    for (const exported of exports.values()) keysOf(exported, used);
    const slantTerms = new Set(Object.keys(SLANT_CONTEXT));
    const undefinedKeys = [...used].filter(
      (key) => key !== '@context' && !ANNO_TERMS.has(key) && !slantTerms.has(key),
    );
    expect(undefinedKeys).toEqual([]);
    // The check is not empty: Slant's own terms are in use, and defined.
    expect([...used].filter((key) => key.startsWith('slant:')).sort()).toEqual([
      'slant:claims',
      'slant:documentId',
      'slant:fields',
      'slant:layer',
      'slant:origin',
      'slant:status',
      'slant:tag',
    ]);
  });

  it('is W3C’s context followed by Slant’s terms, each an absolute IRI', () => {
    const context = exports.get('everything')!['@context'] as unknown[];
    expect(context[0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(context[1]).toEqual(SLANT_CONTEXT);
    for (const [term, definition] of Object.entries(SLANT_CONTEXT)) {
      if (!term.startsWith('slant:')) continue;
      expect((definition as { '@id': string })['@id']).toMatch(/^urn:slant:vocab#\w+$/);
    }
  });
});
