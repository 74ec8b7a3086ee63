import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * The user's preferences, kept in localStorage (they are settings, not work): the name stamped
 * on each annotation, whether the name has been asked for yet, and whether CSV downloads start
 * with a byte-order mark (on by default: without one, Excel reads UTF-8 as another encoding and
 * garbles accents and emoji; a program that trips over the mark can have it off).
 */
interface Preferences {
  annotatorName: string;
  annotatorNameAsked: boolean;
  csvByteOrderMark: boolean;
  setAnnotatorName: (name: string) => void;
  skipAnnotatorName: () => void;
  setCsvByteOrderMark: (on: boolean) => void;
}

export const ANONYMOUS = 'Anonymous';

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      annotatorName: '',
      annotatorNameAsked: false,
      csvByteOrderMark: true,
      setAnnotatorName: (name) => set({ annotatorName: name.trim(), annotatorNameAsked: true }),
      skipAnnotatorName: () => set({ annotatorNameAsked: true }),
      setCsvByteOrderMark: (on) => set({ csvByteOrderMark: on }),
    }),
    { name: 'slant-preferences', version: 1 },
  ),
);

export const annotatorName = () => usePreferences.getState().annotatorName || ANONYMOUS;

/** Whether a CSV download starts with a byte-order mark (the writers' `bom` option). */
export const csvByteOrderMark = () => usePreferences.getState().csvByteOrderMark;
