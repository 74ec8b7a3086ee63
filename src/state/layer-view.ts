import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Which layer the user chose to edit on each article, and which other layers they show beside
 * it (read-only). Kept in localStorage: these are ways of looking at the work, not the work.
 * The layer actually edited is derived (`activeLayerFor`), so a choice that became impossible
 * (a layer deleted or handed in) falls back by itself.
 */
interface LayerView {
  chosenByDocument: Record<string, string>;
  shown: string[];
  choose: (documentId: string, layerId: string) => void;
  setShown: (layerId: string, shown: boolean) => void;
}

export const useLayerView = create<LayerView>()(
  persist(
    (set) => ({
      chosenByDocument: {},
      shown: [],
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
