/**
 * What the library benchmark runs inside the page, bundled with the Compare probes (and through
 * them the editor's: `window.__slantBench`, `window.__slantCompare`) and installed as an init
 * script. Every time is on the page's clock, from the event (a key's or a click's timestamp, or
 * the change of a select) to the first paint after the library shows the expected number of
 * documents, as in `bench/editor/page/probes.ts`.
 */
import '../../compare/page/compare-probes';
import { afterPaint, longTaskMs, type Outcome } from '../../editor/page/probes';

export interface ListTimed {
  ms: number;
  longTaskMs: number;
  /** What the list showed when it was painted. */
  rows: number;
}

/**
 * The number of documents the library lists now: the table's `data-rows` (a list that draws only
 * the rows on screen says how many it holds), else its rows; 0 for "No document matches"; -1
 * while there is no list.
 */
function listedCount(): number {
  const table = document.querySelector<HTMLTableElement>('.library table.library-table');
  if (table) {
    const declared = table.dataset.rows;
    return declared !== undefined ? Number(declared) : (table.tBodies[0]?.rows.length ?? 0);
  }
  return document.querySelector('.library .empty') ? 0 : -1;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<Outcome<T>> {
  return Promise.race([
    promise,
    new Promise<{ error: string }>((resolve) =>
      setTimeout(
        () => resolve({ error: `no ${what} within ${ms} ms (list shows ${listedCount()})` }),
        ms,
      ),
    ),
  ]);
}

/** Resolves at the first paint after the list shows `expected` documents, timed from `t0()`. */
function whenListed(expected: number, t0: () => number): Promise<ListTimed> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      done = true;
      observer.disconnect();
      void afterPaint().then((painted) => {
        const start = t0();
        resolve({ ms: painted - start, longTaskMs: longTaskMs(start, painted), rows: expected });
      });
    };
    const observer = new MutationObserver(() => {
      if (!done && t0() >= 0 && listedCount() === expected) finish();
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  });
}

let pending: Promise<ListTimed> | undefined;

export const libraryProbes = {
  listedCount,

  /** Times from navigation start until the library lists `expected` documents. */
  watchOpen(expected: number) {
    pending = whenListed(expected, () => 0);
  },

  /** Times from the next key press (or click) until the library lists `expected` documents. */
  armInput(expected: number, type: 'keydown' | 'click' = 'keydown') {
    let t0 = -1;
    const onInput = (event: Event) => {
      t0 = event.timeStamp;
      removeEventListener(type, onInput, true);
    };
    addEventListener(type, onInput, true);
    pending = whenListed(expected, () => t0);
  },

  /** Chooses `value` in the select labelled `label`, as a user's choice would, and times it. */
  choose(label: string, value: string, expected: number) {
    const select = [...document.querySelectorAll('.library label')]
      .find((l) => l.textContent?.trim().startsWith(label))
      ?.querySelector('select');
    if (!select) throw new Error(`No “${label}” select`);
    const t0 = performance.now();
    pending = whenListed(expected, () => t0);
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  },

  result(timeoutMs: number): Promise<Outcome<ListTimed>> {
    return pending
      ? withTimeout(pending, timeoutMs, 'list')
      : Promise.resolve({ error: 'not armed' });
  },

  /**
   * Replaces the library's documents with these (the first call, `clear`, empties the documents,
   * annotations and collections the app started with) and adds outlets; one transaction per call.
   */
  seed(
    database: string,
    records: { documents: unknown[]; annotations: unknown[]; outlets: unknown[] },
    clear: boolean,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const stores = ['documents', 'annotations', 'collections', 'outlets'];
        const tx = db.transaction(stores, 'readwrite');
        if (clear) for (const name of stores.slice(0, 3)) tx.objectStore(name).clear();
        for (const name of ['documents', 'annotations', 'outlets'] as const)
          for (const record of records[name]) tx.objectStore(name).put(record);
        tx.onerror = () => reject(tx.error);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
      };
    });
  },

  /** How many records a store holds. */
  count(database: string, store: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const counted = db.transaction(store).objectStore(store).count();
        counted.onsuccess = () => {
          db.close();
          resolve(counted.result);
        };
        counted.onerror = () => reject(counted.error);
      };
    });
  },
};

export type LibraryProbes = typeof libraryProbes;

declare global {
  interface Window {
    __slantLibrary: LibraryProbes;
  }
}

window.__slantLibrary = libraryProbes;
