import type { SlantDatabase } from '../storage/database';
import { ensureDefaultTaxonomy } from '../storage/default-taxonomy-loader';
import { ensureSampleCollection, type SeedArticle } from '../storage/sample-collection';
import {
  BLOCKED_BY_OTHER_TAB,
  UPGRADED_ELSEWHERE,
  describeStorageProblem,
} from '../storage/storage-problem';
import { useUiStore } from './ui-store';

/**
 * Opens the database for this page and gives a first-time user the default tags and the sample
 * collection. Every failure ends in a message the user can act on, never a blank page.
 */
export async function startStorage(
  db: SlantDatabase,
  seeds: readonly SeedArticle[],
): Promise<void> {
  const { setStorageReady, setStorageProblem } = useUiStore.getState();

  db.on('blocked', () => setStorageProblem(BLOCKED_BY_OTHER_TAB));
  db.on('versionchange', () => {
    // A newer Slant in another tab wants to upgrade: step aside rather than block it.
    db.close();
    setStorageProblem(UPGRADED_ELSEWHERE);
    return false;
  });

  try {
    await db.open();
    await ensureDefaultTaxonomy(db);
    await ensureSampleCollection(db, seeds);
    setStorageReady();
  } catch (error) {
    console.error('Slant could not open its database', error);
    setStorageProblem(describeStorageProblem(error));
  }
}
