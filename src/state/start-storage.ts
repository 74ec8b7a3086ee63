import { openPageStorage } from '../storage';
import type { SeedArticle } from '../storage/sample-collection';
import {
  BLOCKED_BY_OTHER_TAB,
  UPGRADED_ELSEWHERE,
  describeStorageProblem,
} from '../storage/storage-problem';
import { flushPendingWrites } from './pending-writes';
import { useUiStore } from './ui-store';

/**
 * Opens the database for this page and gives a first-time user the default tags and the sample
 * collection. Every failure ends in a message the user can act on, never a blank page.
 */
export async function startStorage(seeds: readonly SeedArticle[]): Promise<void> {
  const { setStorageReady, setStorageProblem } = useUiStore.getState();
  try {
    await openPageStorage(seeds, {
      onBlocked: () => setStorageProblem(BLOCKED_BY_OTHER_TAB),
      // A newer Slant in another tab wants to upgrade: this page stepped aside.
      onUpgradedElsewhere: () => setStorageProblem(UPGRADED_ELSEWHERE),
      // What is being typed is saved before the page lets go of the database.
      beforeClose: flushPendingWrites,
    });
    setStorageReady();
  } catch (error) {
    console.error('Slant could not open its database', error);
    setStorageProblem(describeStorageProblem(error));
  }
}
