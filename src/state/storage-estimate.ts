import { useCallback, useEffect, useState } from 'react';

/**
 * Whether the browser promised to keep Slant's data (persistent storage), and how much room it
 * uses. Browsers may evict data of sites without that promise when the disk runs low.
 */
export interface StorageEstimate {
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

export async function readStorageEstimate(): Promise<StorageEstimate> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted || !storage.estimate) return { supported: false, persisted: false };
  const [persisted, { usage, quota }] = await Promise.all([
    storage.persisted(),
    storage.estimate(),
  ]);
  return { supported: true, persisted, usage, quota };
}

/** Asks for persistent storage; resolves whether it is now granted. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}

export function useStorageEstimate() {
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>();
  const refresh = useCallback(() => {
    void readStorageEstimate().then(setEstimate);
  }, []);
  useEffect(refresh, [refresh]);
  const requestPersistence = useCallback(async () => {
    await requestPersistentStorage();
    refresh();
  }, [refresh]);
  return { estimate, refresh, requestPersistence };
}
