import { useSyncExternalStore } from 'react';
import { db } from './page-database';
import { onRecordsChanged } from './record-changes';

/**
 * A read whose result is kept in memory while the app runs, for a view that must show at once
 * when it is opened again (the library of thousands). Unlike a live query, it is not run again
 * each time the view mounts: only after a write to one of its tables (in this tab or another,
 * Dexie's `storagemutated`), and then only while a view shows it, or when one next does. A view
 * opened after such a write shows the kept result at once, then the fresh one a moment later.
 */
export interface KeptRead<T> {
  subscribe(listener: () => void): () => void;
  /** The last result, undefined before the first; throws the error of the last run, if any. */
  current(): T | undefined;
}

export function keptRead<T>(tables: readonly string[], query: () => Promise<T>): KeptRead<T> {
  const listeners = new Set<() => void>();
  let state: { value?: T; error?: unknown } = {};
  let stale = true;
  let running: Promise<void> | undefined;
  let watching = false;

  const notify = () => listeners.forEach((listener) => listener());
  const refresh = (): void => {
    if (running) return;
    stale = false;
    running = query()
      .then(
        (value) => void (state = { value }),
        (error: unknown) => void (state = { ...state, error }),
      )
      .finally(() => {
        running = undefined;
        notify();
        // A write came in while reading: read again while someone is looking.
        if (stale && listeners.size > 0) refresh();
      });
  };
  const watch = () => {
    if (watching) return;
    watching = true;
    for (const table of tables)
      onRecordsChanged(db.name, table, () => {
        stale = true;
        if (listeners.size > 0) refresh();
      });
  };

  return {
    subscribe(listener) {
      watch();
      listeners.add(listener);
      if (stale) refresh();
      return () => listeners.delete(listener);
    },
    current() {
      if (state.error !== undefined) throw state.error;
      return state.value;
    },
  };
}

/** The kept read's result in a component, re-rendered when it changes; undefined at first. */
export function useKeptRead<T>(read: KeptRead<T>): T | undefined {
  return useSyncExternalStore(read.subscribe, read.current);
}
