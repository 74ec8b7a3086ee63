import { contentHash } from '../domain/content-hash';
import { toCanonicalText } from '../domain/paragraphs';
import type { Collection, Outlet, SlantDocument } from '../domain/types';
import type { SlantDatabase } from './slant-database';

/**
 * The sample collection every new user sees first: the seed articles (`seeds/`), one event told by
 * five outlets. It is loaded once per browser. A marker in `meta` records that it was, so a reload
 * adds nothing twice and a sample the user deleted stays deleted.
 */

/** One entry of `seeds/manifest.json`, with the file's raw text beside it. */
export interface SeedArticle {
  file: string;
  raw: string;
  title?: string;
  publishedAt?: string;
  author?: string;
  outlet?: { name: string; aliases?: string[]; domains: string[] };
}

export const SAMPLE_COLLECTION_ID = 'sample-syria-coast-2025-03';
export const SAMPLE_COLLECTION_NAME = "Syria's coast, March 2025";
const LOADED_MARKER = 'sample-collection-loaded';

export function seedDocumentId(file: string): string {
  return `seed-${file.replace(/\.[^.]+$/, '')}`;
}

function outletId(name: string): string {
  return `outlet-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function toOutlet(outlet: NonNullable<SeedArticle['outlet']>): Outlet {
  return {
    id: outletId(outlet.name),
    name: outlet.name,
    aliases: outlet.aliases ?? [],
    domains: outlet.domains,
    affiliation: 'unknown',
    notes:
      'Named in a sample article. Slant makes no judgment of its own: record what you find, with evidence.',
    evidence: [],
  };
}

async function toDocument(seed: SeedArticle, importedAt: string): Promise<SlantDocument> {
  const text = toCanonicalText(seed.raw);
  return {
    id: seedDocumentId(seed.file),
    title: seed.title ?? '',
    text,
    ...(seed.outlet && { outletId: outletId(seed.outlet.name) }),
    ...(seed.author && { author: seed.author }),
    ...(seed.publishedAt && { publishedAt: seed.publishedAt }),
    importedAt,
    language: 'en',
    contentHash: await contentHash(text),
    collectionIds: [SAMPLE_COLLECTION_ID],
  };
}

/** Whether this database was ever started (the samples loaded, or a restore stood for them). */
export const sampleCollectionLoaded = async (db: SlantDatabase) =>
  (await db.meta.get(LOADED_MARKER)) !== undefined;

/** Records the samples as loaded without loading them: a restored library needs none. */
export const markSampleCollectionLoaded = (db: SlantDatabase, now: Date = new Date()) =>
  db.meta.put({ key: LOADED_MARKER, value: now.toISOString() });

/** Loads the sample collection unless this database has had it before. */
export async function ensureSampleCollection(
  db: SlantDatabase,
  seeds: readonly SeedArticle[],
  now: Date = new Date(),
): Promise<'loaded' | 'already-loaded'> {
  if (await db.meta.get(LOADED_MARKER)) return 'already-loaded';

  // Hashing is async outside IndexedDB, so it happens before the transaction opens.
  const importedAt = now.toISOString();
  const documents = await Promise.all(seeds.map((seed) => toDocument(seed, importedAt)));
  const outlets = seeds.flatMap((seed) => (seed.outlet ? [toOutlet(seed.outlet)] : []));
  const collection: Collection = {
    id: SAMPLE_COLLECTION_ID,
    name: SAMPLE_COLLECTION_NAME,
    description:
      "One event, five outlets: the killings on Syria's coast that began on 6 March 2025. Compare how each tells it.",
    documentIds: documents.map((doc) => doc.id),
  };

  return db.transaction('rw', [db.meta, db.documents, db.outlets, db.collections], async () => {
    // Checked again inside the transaction: another tab may have loaded it meanwhile.
    if (await db.meta.get(LOADED_MARKER)) return 'already-loaded' as const;
    await db.outlets.bulkPut(outlets);
    await db.documents.bulkPut(documents);
    await db.collections.put(collection);
    await db.meta.put({ key: LOADED_MARKER, value: importedAt });
    return 'loaded' as const;
  });
}
