import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * The user's preferences, kept in localStorage (they are settings, not work): the name stamped
 * on each annotation, and whether the name has been asked for yet.
 */
interface Preferences {
  annotatorName: string;
  annotatorNameAsked: boolean;
  setAnnotatorName: (name: string) => void;
  skipAnnotatorName: () => void;
}

export const ANONYMOUS = 'Anonymous';

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      annotatorName: '',
      annotatorNameAsked: false,
      setAnnotatorName: (name) => set({ annotatorName: name.trim(), annotatorNameAsked: true }),
      skipAnnotatorName: () => set({ annotatorNameAsked: true }),
    }),
    { name: 'slant-preferences', version: 1 },
  ),
);

export const annotatorName = () => usePreferences.getState().annotatorName || ANONYMOUS;
