import { useLiveQuery } from 'dexie-react-hooks';

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
