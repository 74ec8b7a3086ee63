import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { toCanonicalText } from '../../../src/domain/paragraphs';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { documentsRepository } from '../../../src/storage/documents-repository';
import {
  SAMPLE_COLLECTION_ID,
  SAMPLE_COLLECTION_NAME,
  ensureSampleCollection,
  seedDocumentId,
} from '../../../src/storage/sample-collection';
import { freshDatabase } from '../../support/database';
import { readSeedArticles } from '../../support/seeds';

let db: SlantDatabase;
afterEach(async () => db?.delete());

describe('seed files', () => {
  const shared = new URL('../../../../shared/seeds/', import.meta.url);
  const sharedFiles = (() => {
    try {
      return readdirSync(shared).filter((f) => f.endsWith('.txt'));
    } catch {
      return [];
    }
  })();

  it.runIf(sharedFiles.length > 0)('are the shared seed articles byte for byte', () => {
    const ours = readdirSync(new URL('../../../seeds/', import.meta.url)).filter((f) =>
      f.endsWith('.txt'),
    );
    expect(ours.sort()).toEqual(sharedFiles.sort());
    for (const file of sharedFiles) {
      expect(readFileSync(new URL(`../../../seeds/${file}`, import.meta.url))).toEqual(
        readFileSync(new URL(file, shared)),
      );
    }
  });

  it('are all listed in the manifest, each once, with titles that open their text', () => {
    const seeds = readSeedArticles();
    expect(seeds.map((s) => s.file)).toEqual([
      '000_da10e5d0690c0007.txt',
      '001_009b48cc48a6c3a5.txt',
      '002_7858cea97ce4f018.txt',
      '003_07581b009b96ef05.txt',
      '004_f9f508b3207d511e.txt',
    ]);
    for (const seed of seeds) {
      if (seed.title) expect(seed.raw.slice(0, 200)).toContain(seed.title);
      if (seed.publishedAt) expect(seed.raw).toContain(seed.publishedAt);
      if (seed.author) expect(seed.raw).toContain(seed.author);
      if (seed.outlet) expect(seed.raw).toContain(seed.outlet.name);
    }
  });
});

describe('ensureSampleCollection', () => {
  it('loads the five seeds as one collection, in order, with canonical text', async () => {
    db = freshDatabase();
    const seeds = readSeedArticles();
    expect(await ensureSampleCollection(db, seeds)).toBe('loaded');

    const collection = await db.collections.get(SAMPLE_COLLECTION_ID);
    expect(collection?.name).toBe(SAMPLE_COLLECTION_NAME);
    expect(collection?.documentIds).toEqual(seeds.map((s) => seedDocumentId(s.file)));

    const southFront = await db.documents.get(seedDocumentId('001_009b48cc48a6c3a5.txt'));
    expect(southFront?.text).toBe(toCanonicalText(seeds[1]!.raw));
    expect(southFront?.text.startsWith('More than 1,000 people')).toBe(true);
    expect(southFront?.collectionIds).toEqual([SAMPLE_COLLECTION_ID]);
    expect(southFront?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const outlet = await db.outlets.get(southFront!.outletId!);
    expect(outlet).toMatchObject({ name: 'SouthFront', affiliation: 'unknown' });
    expect(outlet?.domains).toContain('southfront.press');

    const russia = await db.documents.get(seedDocumentId('002_7858cea97ce4f018.txt'));
    expect(russia?.publishedAt).toBe('2025-03-10');
    expect(russia?.outletId).toBeUndefined();
  });

  it('adds nothing the second time, even when two tabs start at once', async () => {
    db = freshDatabase();
    const seeds = readSeedArticles();
    const results = await Promise.all([
      ensureSampleCollection(db, seeds),
      ensureSampleCollection(db, seeds),
    ]);
    expect(results.sort()).toEqual(['already-loaded', 'loaded']);
    expect(await ensureSampleCollection(db, seeds)).toBe('already-loaded');
    expect(await db.documents.count()).toBe(5);
    expect(await db.collections.count()).toBe(1);
  });

  it('does not bring back a seed the user deleted', async () => {
    db = freshDatabase();
    const seeds = readSeedArticles();
    await ensureSampleCollection(db, seeds);
    const deleted = seedDocumentId(seeds[0]!.file);
    await documentsRepository(db).remove(deleted);

    expect(await ensureSampleCollection(db, seeds)).toBe('already-loaded');
    expect(await db.documents.get(deleted)).toBeUndefined();
    expect((await db.collections.get(SAMPLE_COLLECTION_ID))?.documentIds).not.toContain(deleted);
    expect(await db.documents.count()).toBe(4);
  });
});
