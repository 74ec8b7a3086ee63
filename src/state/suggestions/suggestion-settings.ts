import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { OperatingPoint } from '../../analysis';

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

/** How the loaded-language detector runs: its operating point, and whether it also looks
 *  inside people's direct quotes (off by default: their words are not the outlet's). */
export interface LoadedLanguageTuning {
  point: OperatingPoint;
  inQuotes: boolean;
}

interface SuggestionSettings {
  show: boolean;
  detectors: Record<Detector, boolean>;
  loadedLanguage: LoadedLanguageTuning;
  setShow: (show: boolean) => void;
  setDetector: (detector: Detector, on: boolean) => void;
  setLoadedLanguage: (tuning: Partial<LoadedLanguageTuning>) => void;
}

export const DEFAULT_TUNING: LoadedLanguageTuning = { point: 'precise', inQuotes: false };

export const useSuggestionSettings = create<SuggestionSettings>()(
  persist(
    (set) => ({
      show: false,
      detectors: { loadedLanguage: true, unattributedClaims: true, outlets: true },
      loadedLanguage: DEFAULT_TUNING,
      setShow: (show) => set({ show }),
      setDetector: (detector, on) =>
        set((s) => ({ detectors: { ...s.detectors, [detector]: on } })),
      setLoadedLanguage: (tuning) =>
        set((s) => ({ loadedLanguage: { ...s.loadedLanguage, ...tuning } })),
    }),
    { name: 'slant-suggestions', version: 1 },
  ),
);
