import { openPageStorage, preparePageLibrary, prepareRestoredPageLibrary } from '../storage';
import { DISK_FULL, isDiskFull } from '../storage/storage-problem';
import type { SeedArticle } from '../storage/sample-collection';
import {
  BLOCKED_BY_OTHER_TAB,
  UPGRADED_ELSEWHERE,
  describeStorageProblem,
} from '../storage/storage-problem';
import { diskLooksFull } from './disk-probe';
import { keepLibrarySnapshot } from './library-snapshot';
import { libraryMarker, rememberLibrary } from './library-marker';
import { flushPendingWrites } from './pending-writes';
import { requestPersistentStorage } from './storage-estimate';
import { useUiStore } from './ui-store';

/**
 * Opens the database for this page and gives a first-time user the default tags and the sample
 * collection. Every failure ends in a message the user can act on, never a blank page.
 */
export async function startStorage(seeds: readonly SeedArticle[]): Promise<void> {
  const { setStorageReady, setStorageProblem, setLibraryLost } = useUiStore.getState();
  const marker = libraryMarker();
  try {
    const opened = await openPageStorage(
      seeds,
      {
        onBlocked: () => setStorageProblem(BLOCKED_BY_OTHER_TAB),
        // A newer Slant in another tab wants to upgrade: this page stepped aside.
        onUpgradedElsewhere: () => setStorageProblem(UPGRADED_ELSEWHERE),
        // What is being typed is saved before the page lets go of the database.
        beforeClose: flushPendingWrites,
      },
      { knownLibrary: marker !== undefined },
    );
    if (opened === 'library-missing') {
      setLibraryLost({ lastOpened: marker!.lastOpened });
      // Ask again to be kept: the browser may have evicted the library for want of room.
      void requestPersistentStorage().catch(() => false);
      return;
    }
    rememberLibrary();
    keepLibrarySnapshot();
    setStorageReady();
  } catch (error) {
    console.error('Slant could not open its database', error);
    if (isDiskFull(error) || (await diskLooksFull())) setStorageProblem(DISK_FULL);
    else setStorageProblem(describeStorageProblem(error));
  }
}

/** The lost library is not coming back: start again with the sample collection. */
export async function startAfresh(seeds: readonly SeedArticle[]): Promise<void> {
  await preparePageLibrary(seeds);
  finishRecovery();
}

/** A backup was restored into the empty database: finish it (no samples) and go on. */
export async function finishRestoredLibrary(): Promise<void> {
  await prepareRestoredPageLibrary();
  finishRecovery();
}

function finishRecovery() {
  rememberLibrary();
  keepLibrarySnapshot();
  useUiStore.getState().setLibraryLost(null);
  useUiStore.getState().setStorageReady();
}
