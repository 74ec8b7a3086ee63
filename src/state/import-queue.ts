import { create } from 'zustand';

/**
 * Files dropped anywhere on Slant wait here for the import page to pick them up, so a drop on
 * the library (or any view) leads straight to the import preview.
 */
interface ImportQueue {
  files: File[];
  enqueue: (files: File[]) => void;
  take: () => File[];
}

export const useImportQueue = create<ImportQueue>((set, get) => ({
  files: [],
  enqueue: (files) => set((s) => ({ files: [...s.files, ...files] })),
  take: () => {
    const { files } = get();
    if (files.length > 0) set({ files: [] });
    return files;
  },
}));
