import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Which layer the user chose to edit on each article, and which other layers they show beside
 * it (read-only), and which layers Compare counts. Kept in localStorage: these are ways of looking at the work, not the work.
 * The layer actually edited is derived (`activeLayerFor`), so a choice that became impossible
 * (a layer deleted or handed in) falls back by itself.
 */
interface LayerView {
  chosenByDocument: Record<string, string>;
  shown: string[];
  /** The layers Compare counts, as the reader chose them; null: the default (see counted-layers). */
  countedInCompare: string[] | null;
  setCountedInCompare: (layerIds: string[] | null) => void;
  choose: (documentId: string, layerId: string) => void;
  setShown: (layerId: string, shown: boolean) => void;
}

export const useLayerView = create<LayerView>()(
  persist(
    (set) => ({
      chosenByDocument: {},
      shown: [],
      countedInCompare: null,
      setCountedInCompare: (layerIds) => set({ countedInCompare: layerIds }),
      choose: (documentId, layerId) =>
        set((state) => ({
          chosenByDocument: { ...state.chosenByDocument, [documentId]: layerId },
        })),
      setShown: (layerId, shown) =>
        set((state) => ({
          shown: shown
            ? [...new Set([...state.shown, layerId])]
            : state.shown.filter((id) => id !== layerId),
        })),
    }),
    { name: 'slant-layer-view', version: 1 },
  ),
);
