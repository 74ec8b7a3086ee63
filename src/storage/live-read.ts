import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from './page-database';
import { onRecordsChanged } from './record-changes';

/**
 * How views read the database: a React hook that runs a storage query, and runs it again
 * whenever a record it read changes, in this tab or another (Dexie's liveQuery). `undefined`
 * while loading. Storage exports it so that Dexie stays inside src/storage: state builds its
 * hooks from this and the repositories' queries, and never sees the database itself.
 */
export function useLiveRead<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
): T | undefined {
  return useLiveQuery(query, [...deps]);
}

/**
 * A read that follows changes to the named tables once they settle: it runs at once, then again
 * `quietMs` after the last write to any of them (here or in another tab). For summaries over
 * many records (what learning reads from every annotation in the reader's layers), where a live
 * query would re-read and re-track them all inside the frame of every single change. While
 * `paused` (nobody looks at the result), changes are only noted, and read once it resumes.
 */
export function useSettledRead<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
  tables: readonly string[],
  quietMs: number,
  paused = false,
): T | undefined {
  const [result, setResult] = useState<{ key: string; value?: T; error?: Error }>();
  const key = JSON.stringify(deps);
  const latestQuery = useRef(query);
  const pausedRef = useRef(paused);
  const resume = useRef<() => void>(() => {});
  useEffect(() => {
    latestQuery.current = query;
  });
  useEffect(() => {
    pausedRef.current = paused;
    if (!paused) resume.current();
  }, [paused]);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const settled = () => {
      missed = pausedRef.current;
      if (!missed) void read();
    };
    resume.current = () => missed && settled();
    const read = async () => {
      try {
        const value = await latestQuery.current();
        if (current) setResult({ key, value });
      } catch (error) {
        if (current) setResult({ key, error: error as Error });
      }
    };
    const stops = tables.map((table) =>
      onRecordsChanged(db.name, table, () => {
        clearTimeout(timer);
        timer = setTimeout(settled, quietMs);
      }),
    );
    settled();
    return () => {
      current = false;
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
    // `tables` is fixed per call site; `key` stands for `deps`.
  }, [key, quietMs]);
  if (result?.key !== key) return undefined;
  // As a live query does: the error boundary says what went wrong.
  if (result.error) throw result.error;
  return result.value;
}
