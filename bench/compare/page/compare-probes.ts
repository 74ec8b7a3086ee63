/**
 * What the Compare benchmark runs inside the page, bundled with the editor benchmark's probes
 * (`window.__slantBench`: seeding, frames) and installed as an init script. Every time is on the
 * page's clock, from an event to the first paint that shows its result, as in
 * `bench/editor/page/probes.ts`: the DOM shows the result, then one frame is rendered.
 */
import { afterPaint, longTaskMs, type Outcome } from '../../editor/page/probes';

const COLUMN = '.compare-column';
const TEXT = '.read-only-text';
const PASSAGE_FORM = 'form[aria-label="Add the passage to a claim"]';

export interface CompareTimed {
  /** From the event (or navigation start) to the first paint that shows its result. */
  ms: number;
  /** Time in long tasks (main-thread work over 50 ms) in that window. */
  longTaskMs: number;
  /** Time the probe's own checks took, included in `ms`. */
  probeMs: number;
  detail?: string;
}

export interface ScrollFigures {
  /** The longest interval between two `requestAnimationFrame` callbacks while scrolling. */
  worstFrameMs: number;
  frames: number;
  /** Pixels scrolled, and how long it took. */
  scrolled: number;
  durationMs: number;
  longTaskMs: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<Outcome<T>> {
  return Promise.race([
    promise,
    new Promise<{ error: string }>((resolve) =>
      setTimeout(() => resolve({ error: `no ${what} within ${ms} ms` }), ms),
    ),
  ]);
}

const columnTexts = () => [...document.querySelectorAll<HTMLElement>(`${COLUMN} ${TEXT}`)];

/** Characters shown highlighted (accepted annotations, not suggestions) under `element`. */
function highlighted(element: Element | null | undefined): number {
  let total = 0;
  for (const span of element?.querySelectorAll('.highlight') ?? []) {
    total += span.textContent?.length ?? 0;
  }
  return total;
}

/**
 * Resolves at the first paint after `ready()` holds, checked on every DOM change from now on;
 * `ready` is timed, and its time reported as `probeMs`.
 */
function whenPainted(t0: number, ready: () => boolean, detail?: () => string) {
  let probeMs = 0;
  return new Promise<CompareTimed>((resolve) => {
    const check = () => {
      const started = performance.now();
      const ok = ready();
      probeMs += performance.now() - started;
      return ok;
    };
    const done = () =>
      void afterPaint().then((painted) =>
        resolve({
          ms: painted - t0,
          probeMs,
          longTaskMs: longTaskMs(t0, painted),
          ...(detail && { detail: detail() }),
        }),
      );
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

let pending: Promise<CompareTimed> | undefined;

export const compareProbes = {
  /**
   * Times the open from navigation start until every column's first paragraph shows its text with
   * as many highlighted characters as `firstCoverage` says (one entry per column, in order).
   */
  watchOpen(firstCoverage: number[]) {
    pending = whenPainted(
      0,
      () => {
        const texts = columnTexts();
        if (texts.length !== firstCoverage.length) return false;
        return texts.every((text, i) => {
          const first = text.querySelector('p');
          return !!first?.textContent && highlighted(first) === firstCoverage[i];
        });
      },
      () =>
        `${columnTexts().length} columns, ${document.querySelectorAll(`${TEXT} p`).length} paragraphs, ` +
        `${document.querySelectorAll(`${TEXT} .highlight`).length} highlight spans`,
    );
  },

  /**
   * Sets the "Highlights" select to `tagId` as a user's choice would (input and change events)
   * and times it until every column shows `coverage[i]` highlighted characters in all.
   */
  filter(tagId: string, coverage: number[]) {
    const select = [...document.querySelectorAll('label')]
      .find((l) => l.textContent?.trim().startsWith('Highlights'))
      ?.querySelector('select');
    if (!select) throw new Error('No “Highlights” select');
    const t0 = performance.now();
    pending = whenPainted(t0, () =>
      columnTexts().every((text, i) => highlighted(text) === coverage[i]),
    );
    select.value = tagId;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  },

  /** Characters shown highlighted per column, for checking that a filter was undone. */
  coverage: (): number[] => columnTexts().map((text) => highlighted(text)),

  /**
   * Ticks "Count suggestions too" and times it until the figures table shows the counts with
   * suggestions (the "Looking for suggestions" status gone, the table redrawn).
   */
  countSuggestions() {
    const box = [...document.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Count suggestions too'))
      ?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const table = document.querySelector('table.figures-table tbody');
    if (!box || !table) throw new Error('No “Count suggestions too” checkbox or figures table');
    const before = table.textContent;
    const analysing = () =>
      [...document.querySelectorAll('[role="status"]')].some((s) =>
        s.textContent?.includes('Looking for suggestions'),
      );
    const t0 = performance.now();
    pending = whenPainted(
      t0,
      () => box.checked && !analysing() && !!document.querySelector('table.figures-table tbody'),
      () => {
        const after = document.querySelector('table.figures-table tbody')?.textContent;
        return `table ${after === before ? 'unchanged' : 'changed'}; ${document.querySelectorAll(`${TEXT} .suggestion`).length} suggestion spans`;
      },
    );
    box.click();
  },

  /**
   * Selects `[start, end)` of a paragraph's text in a column with a DOM range, lets go of the
   * mouse there (a `mouseup`, as tests/e2e/compare.e2e.ts does), and times it until the "Add the
   * passage to a claim" form is painted.
   */
  selectPassage(column: number, paragraph: number, start: number, end: number): string {
    const root = columnTexts()[column];
    const p = root?.querySelectorAll('p')[paragraph];
    if (!root || !p) throw new Error(`No paragraph ${paragraph} in column ${column}`);
    if (document.querySelector(PASSAGE_FORM)) throw new Error('The passage form is already open');
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset past the paragraph');
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const t0 = performance.now();
    pending = whenPainted(t0, () => !!document.querySelector(PASSAGE_FORM));
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return range.toString();
  },

  /** Closes the passage form (its Cancel button) and clears the selection. */
  cancelPassage(): boolean {
    const cancel = [...document.querySelectorAll<HTMLButtonElement>(`${PASSAGE_FORM} button`)].find(
      (b) => b.textContent === 'Cancel',
    );
    cancel?.click();
    getSelection()?.removeAllRanges();
    return !!cancel;
  },

  /** Writes a collection record into Slant's IndexedDB database. */
  seedCollection(database: string, collection: unknown): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('collections', 'readwrite');
        tx.objectStore('collections').put(collection);
        tx.onerror = () => reject(tx.error);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
      };
    });
  },

  passageFormOpen: () => !!document.querySelector(PASSAGE_FORM),

  result(timeoutMs: number): Promise<Outcome<CompareTimed>> {
    return pending
      ? withTimeout(pending, timeoutMs, 'paint')
      : Promise.resolve({ error: 'not armed' });
  },

  /**
   * Scrolls one column down by `screens` of its own height, `step` pixels per frame (a fast
   * fling), and reports the longest gap between animation frames meanwhile.
   */
  scroll(column: number, screens: number, step: number): Promise<ScrollFigures> {
    const root = columnTexts()[column];
    if (!root) throw new Error(`No column ${column}`);
    const target = Math.min(root.scrollTop + screens * root.clientHeight, root.scrollHeight);
    const from = root.scrollTop;
    return new Promise((resolve) => {
      let last = -1;
      let started = -1;
      let worst = 0;
      let frames = 0;
      const frame = (now: number) => {
        if (last >= 0) worst = Math.max(worst, now - last);
        else started = now;
        last = now;
        frames += 1;
        const before = root.scrollTop;
        if (before >= target - 1) {
          resolve({
            worstFrameMs: worst,
            frames,
            scrolled: root.scrollTop - from,
            durationMs: now - started,
            longTaskMs: longTaskMs(started, now),
          });
          return;
        }
        root.scrollTop = Math.min(target, before + step);
        // Stuck (the column cannot scroll further): stop here.
        if (root.scrollTop === before) {
          resolve({
            worstFrameMs: worst,
            frames,
            scrolled: root.scrollTop - from,
            durationMs: now - started,
            longTaskMs: longTaskMs(started, now),
          });
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  },
};

export type CompareProbes = typeof compareProbes;

declare global {
  interface Window {
    __slantCompare: CompareProbes;
  }
}

window.__slantCompare = compareProbes;
