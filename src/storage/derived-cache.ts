/**
 * Results worked out from the user's texts that are slow to work out again (Compare's sources
 * and figures take the suggestion worker seconds per long article, and meanwhile it competes
 * with the page for the machine's cores), kept between visits. Derived data, in a database of
 * its own (`slant-derived`, plain IndexedDB): not the user's work, so never in a backup or
 * synced, and its writes do not wake the library's change listeners as a Dexie write would
 * (`storagemutated`). The caller's key says what a result depends on (the text's hash, the
 * build that worked it out); the most recent `limit` results of a kind are kept. A failure
 * (no IndexedDB, a full disk) is a miss: the caller works the result out as before.
 */
const STORE = 'results';
const BY_TIME = 'at';

interface Kept<T> {
  key: string;
  value: T;
  /** When it was kept, to drop the oldest. */
  at: number;
}

const done = (request: IDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const answer = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });

function openDatabase(name: string): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex(BY_TIME, 'at');
  };
  return answer(request).then((database) => {
    // Another tab deleting or upgrading it: step aside; the next use opens it again.
    database.onversionchange = () => database.close();
    return database;
  });
}

/**
 * Drops every result worked out from a text (its key ends with the text's hash), of any kind and
 * any build: once a text is deleted, nothing derived from it stays behind.
 */
export async function forgetDerived(contentHash: string, name = 'slant-derived'): Promise<void> {
  try {
    const db = await openDatabase(name);
    const transaction = db.transaction(STORE, 'readwrite');
    const finished = committed(transaction);
    finished.catch(() => undefined);
    const store = transaction.objectStore(STORE);
    const keys = await answer(store.getAllKeys());
    for (const key of keys) if (String(key).endsWith(`|${contentHash}`)) store.delete(key);
    await finished;
    db.close();
  } catch {
    // Left for the limit to drop: a cache, not the user's work.
  }
}

/** Keeps results of one `kind` (a prefix of their keys) in database `name`, at most `limit`. */
export function derivedCache<T>(kind: string, { name = 'slant-derived', limit = 60 } = {}) {
  let opening: Promise<IDBDatabase> | undefined;
  const database = () => {
    opening ??= openDatabase(name);
    opening.catch(() => (opening = undefined));
    return opening;
  };
  const prefix = `${kind}|`;

  return {
    /** The result kept under `key`, or undefined. */
    async read(key: string): Promise<T | undefined> {
      try {
        const db = await database();
        const store = db.transaction(STORE, 'readonly').objectStore(STORE);
        const kept = (await answer(store.get(prefix + key))) as Kept<T> | undefined;
        return kept?.value;
      } catch {
        return undefined;
      }
    },

    /** Keeps `value` under `key`, dropping the oldest of this kind beyond the limit. */
    async keep(key: string, value: T): Promise<void> {
      try {
        const db = await database();
        const transaction = db.transaction(STORE, 'readwrite');
        const finished = committed(transaction);
        finished.catch(() => undefined);
        const store = transaction.objectStore(STORE);
        await done(store.put({ key: prefix + key, value, at: Date.now() } satisfies Kept<T>));
        const ofKind = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        let extra = (await answer(store.count(ofKind))) - limit;
        if (extra > 0) {
          const oldest = store.index(BY_TIME).openKeyCursor();
          await new Promise<void>((resolve, reject) => {
            oldest.onerror = () => reject(oldest.error ?? new Error('IndexedDB cursor failed'));
            oldest.onsuccess = () => {
              const cursor = oldest.result;
              if (!cursor || extra <= 0) return resolve();
              const key = cursor.primaryKey as string;
              if (key.startsWith(prefix)) {
                store.delete(key);
                extra -= 1;
              }
              cursor.continue();
            };
          });
        }
        await finished;
      } catch {
        // Not kept: it is worked out again next time.
      }
    },
  };
}
