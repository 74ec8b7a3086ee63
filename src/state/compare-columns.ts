import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Which articles each comparison leaves out of its side-by-side columns, as the reader chose
 * them. Kept in localStorage per comparison (a collection, or a hand-picked set of articles): a
 * way of looking at the work, not the work. Figures and claims still cover every article.
 */
interface CompareColumns {
  hiddenByComparison: Record<string, string[]>;
  setHidden: (comparison: string, documentIds: readonly string[]) => void;
}

export const useCompareColumns = create<CompareColumns>()(
  persist(
    (set) => ({
      hiddenByComparison: {},
      setHidden: (comparison, documentIds) =>
        set((state) => {
          const { [comparison]: _before, ...rest } = state.hiddenByComparison;
          return {
            hiddenByComparison:
              documentIds.length > 0 ? { ...rest, [comparison]: [...documentIds] } : rest,
          };
        }),
    }),
    { name: 'slant-compare-columns', version: 1 },
  ),
);

/** The key a comparison's choice is kept under: its collection, or its articles. */
export const comparisonKey = (collectionId: string | undefined, documentIds: readonly string[]) =>
  collectionId ? `collection:${collectionId}` : `documents:${[...documentIds].sort().join(',')}`;
