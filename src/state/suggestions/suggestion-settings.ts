import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Whether suggestions show, and which detectors run: a preference of this browser, kept in
 * localStorage. Off until the reader turns them on, so they never get in the way unasked; a
 * teacher turns them off for an exercise here or in a lesson pack.
 */
export type Detector = 'loadedLanguage' | 'unattributedClaims' | 'outlets';

export const DETECTORS: readonly { id: Detector; label: string }[] = [
  { id: 'loadedLanguage', label: 'Loaded language' },
  { id: 'unattributedClaims', label: 'Unattributed claims' },
  { id: 'outlets', label: 'Outlet mentions' },
];

interface SuggestionSettings {
  show: boolean;
  detectors: Record<Detector, boolean>;
  setShow: (show: boolean) => void;
  setDetector: (detector: Detector, on: boolean) => void;
}

export const useSuggestionSettings = create<SuggestionSettings>()(
  persist(
    (set) => ({
      show: false,
      detectors: { loadedLanguage: true, unattributedClaims: true, outlets: true },
      setShow: (show) => set({ show }),
      setDetector: (detector, on) =>
        set((s) => ({ detectors: { ...s.detectors, [detector]: on } })),
    }),
    { name: 'slant-suggestions', version: 1 },
  ),
);
