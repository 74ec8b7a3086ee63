import { create } from 'zustand';
import type { StorageProblem } from '../storage/storage-problem';

export type { StorageProblem };

/**
 * Session state that is not the user's data: whether the database is ready, and what went wrong
 * if it is not. The user's data itself lives in IndexedDB and is read through live queries.
 */
export type StorageStatus = 'opening' | 'ready' | 'failed';

interface UiState {
  storageStatus: StorageStatus;
  storageProblem: StorageProblem | null;
  setStorageReady: () => void;
  setStorageProblem: (problem: StorageProblem | null) => void;
  /** A save that failed after start-up: shown above the view, which stays usable. */
  saveProblem: StorageProblem | null;
  setSaveProblem: (problem: StorageProblem | null) => void;
  /** This browser had a library, and its database was found empty: when it was last opened. */
  libraryLost: { lastOpened: string } | null;
  setLibraryLost: (lost: { lastOpened: string } | null) => void;
}

export const useUiStore = create<UiState>((set) => ({
  storageStatus: 'opening',
  storageProblem: null,
  setStorageReady: () => set({ storageStatus: 'ready', storageProblem: null }),
  saveProblem: null,
  setSaveProblem: (problem) => set({ saveProblem: problem }),
  libraryLost: null,
  setLibraryLost: (lost) => set({ libraryLost: lost }),
  setStorageProblem: (problem) =>
    set(problem ? { storageStatus: 'failed', storageProblem: problem } : { storageProblem: null }),
}));
