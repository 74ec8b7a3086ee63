import { create } from 'zustand';

/**
 * Undo and redo for annotation operations (creating, editing, deleting). Text edits have their
 * own history in the editor (slate-history). Each entry knows how to undo and redo itself
 * against the database; the stacks live only as long as the page.
 */
export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

const LIMIT = 200;

// Undo and redo run one at a time, in the order asked: a quick Ctrl+Z, Ctrl+Shift+Z must not race.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  push: (entry: UndoEntry) => void;
  undo: () => Promise<UndoEntry | undefined>;
  redo: () => Promise<UndoEntry | undefined>;
  clear: () => void;
}

/**
 * A step that failed for good (its annotation was deleted in another tab) leaves the history,
 * so the steps before it can still be undone; the error still tells the user.
 */
function dropIfFinal(entry: UndoEntry) {
  return (error: unknown): never => {
    if ((error as { final?: boolean } | null)?.final) {
      useUndoHistory.setState((s) => ({
        past: s.past.filter((e) => e !== entry),
        future: s.future.filter((e) => e !== entry),
      }));
    }
    throw error;
  };
}

export const useUndoHistory = create<UndoState>((set, get) => ({
  past: [],
  future: [],
  push: (entry) => set((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] })),
  undo: () =>
    inTurn(async () => {
      const entry = get().past.at(-1);
      if (!entry) return undefined;
      await entry.undo().catch(dropIfFinal(entry));
      set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
      return entry;
    }),
  redo: () =>
    inTurn(async () => {
      const entry = get().future.at(-1);
      if (!entry) return undefined;
      await entry.redo().catch(dropIfFinal(entry));
      set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
      return entry;
    }),
  clear: () => set({ past: [], future: [] }),
}));
