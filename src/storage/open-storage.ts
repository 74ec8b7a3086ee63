import { ensureDefaultTaxonomy } from './default-taxonomy-loader';
import { layersRepository } from './layers-repository';
import {
  ensureSampleCollection,
  markSampleCollectionLoaded,
  sampleCollectionLoaded,
  type SeedArticle,
} from './sample-collection';
import type { SlantDatabase } from './slant-database';

/** What opening the database may need to tell the user while the page runs. */
export interface OpenStorageEvents {
  /** An older Slant in another tab keeps this one from upgrading the database. */
  onBlocked: () => void;
  /** A newer Slant in another tab upgraded the database; this page has closed it. */
  onUpgradedElsewhere: () => void;
  /**
   * A newer Slant wants to upgrade: save what this page still holds (a note being typed) before
   * the connection closes. The upgrade waits for it, at most `FLUSH_BEFORE_CLOSE_MS`.
   */
  beforeClose?: () => Promise<void>;
}

/** How long a newer Slant's upgrade waits for this page to save what is being typed. */
export const FLUSH_BEFORE_CLOSE_MS = 2000;

/**
 * Opens the database and gives a first-time user the default tags and the sample collection.
 * A newer Slant in another tab is let through: this page saves what is being typed, then
 * closes its connection rather than block the upgrade. Rejects with the database's own error when it cannot open.
 */
export async function openStorage(
  db: SlantDatabase,
  seeds: readonly SeedArticle[],
  events: OpenStorageEvents,
  options: { knownLibrary?: boolean } = {},
): Promise<'ready' | 'library-missing'> {
  db.on('blocked', events.onBlocked);
  db.on('versionchange', () => {
    const flushed = events.beforeClose?.() ?? Promise.resolve();
    const timeUp = new Promise((resolve) => setTimeout(resolve, FLUSH_BEFORE_CLOSE_MS));
    void Promise.race([flushed.catch(() => undefined), timeUp]).then(() => {
      db.close();
      events.onUpgradedElsewhere();
    });
    return false;
  });
  await db.open();
  // A browser that had a library here finds the database empty (dropped after a full disk, or
  // evicted): say so and offer a backup, rather than quietly start again with the samples.
  if (options.knownLibrary && !(await sampleCollectionLoaded(db))) return 'library-missing';
  await prepareLibrary(db, seeds);
  return 'ready';
}

/** The default tags, the default layer and (the first time) the sample collection. */
export async function prepareLibrary(db: SlantDatabase, seeds: readonly SeedArticle[]) {
  await ensureDefaultTaxonomy(db);
  await layersRepository(db).prepare();
  await ensureSampleCollection(db, seeds);
}

/** After a backup was restored into an empty database: the defaults, but not the samples. */
export async function prepareRestoredLibrary(db: SlantDatabase) {
  await ensureDefaultTaxonomy(db);
  await layersRepository(db).prepare();
  await markSampleCollectionLoaded(db);
}
