/**
 * Component tests of the whole app: an empty database with the seed articles, storage started as
 * the page starts it, at the address `hash`. Call it in `beforeEach`.
 */
import { startStorage } from '../../src/state/start-storage';
import { useUiStore } from '../../src/state/ui-store';
import { pageDatabase as db } from './database';
import { readSeedArticles } from './seeds';

export async function freshAppAt(hash: string): Promise<void> {
  db.close();
  await db.delete();
  useUiStore.setState({ storageStatus: 'opening', storageProblem: null });
  window.location.hash = hash;
  await startStorage(readSeedArticles());
}
