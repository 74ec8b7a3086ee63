/**
 * What the benchmark runs inside the page, for Slant and for the peer alike. Bundled on its own
 * and installed as an init script, so it is in place before the page's own scripts run, and so
 * that no Node-side code has to be serialised into the page.
 *
 * Every figure is a time on the page's own clock (`performance.now()`, 0 at navigation start)
 * from an event to the first paint that shows its result. "Painted" is taken as: the DOM shows
 * the result (seen by a MutationObserver), then one `requestAnimationFrame` (the frame that will
 * paint it), then a `setTimeout(0)`, which runs once that frame has been rendered.
 */

/** Where a page keeps its text and draws its highlights. */
export interface PageShape {
  /** The element that holds the text (Slant: the Slate editor). */
  root: string;
  /** Paragraphs, relative to `root`. */
  paragraphs: string;
  /** The element (relative to `document`) under which highlights are drawn. */
  highlightLayer: string;
  /** The attribute that names a highlight's annotations, space-separated. */
  idAttribute: string;
}

export interface TimedResult {
  /** The event's timestamp (input events: when the browser received it). */
  t0: number;
  /** When the handler ran; `handled - t0` is how long the input waited for the main thread. */
  handled: number;
  /** After the first paint that shows the result. */
  painted: number;
  /** The new annotation's id (tagging only). */
  id?: string;
  /** Time in long tasks (over 50 ms) between `t0` and `painted`: main-thread work, not waiting. */
  longTaskMs: number;
}

export interface OpenResult {
  painted: number;
  /** Time spent inside the probe's own checks before `painted`, included in `painted`. */
  probeMs: number;
  paragraphs: number;
  highlights: number;
  /** Time in long tasks (over 50 ms) before `painted`. */
  longTaskMs: number;
}

export type Outcome<T> = T | { error: string };

/** Long tasks since the page started, to tell main-thread work from waiting in the figures. */
const longTasks: { start: number; end: number }[] = [];
const keepLongTasks = (entries: PerformanceEntryList) => {
  for (const entry of entries) {
    longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }
};
const longTaskObserver = new PerformanceObserver((list) => keepLongTasks(list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });

/** Time in long tasks between two times on the page's clock. */
export function longTaskMs(from: number, to: number): number {
  // Entries not yet delivered to the observer's callback are taken here.
  keepLongTasks(longTaskObserver.takeRecords());
  return longTasks.reduce(
    (sum, task) => sum + Math.max(0, Math.min(to, task.end) - Math.max(from, task.start)),
    0,
  );
}

/** Resolves once the next frame has been rendered: a `requestAnimationFrame`, then a task. */
export const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

const byId = (shape: PageShape, id: string) =>
  `${shape.highlightLayer} [${shape.idAttribute}~="${CSS.escape(id)}"]`;

function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[data-slate-zero-width], [contenteditable="false"]')) {
      nodes.push(node as Text);
    }
  }
  return nodes;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<Outcome<T>> {
  return Promise.race([
    promise,
    new Promise<{ error: string }>((resolve) =>
      setTimeout(() => resolve({ error: `no ${what} within ${ms} ms` }), ms),
    ),
  ]);
}

let opened: Promise<OpenResult> | undefined;
let pending: Promise<TimedResult> | undefined;
const knownIds = new Set<string>();

export const probes = {
  /**
   * Resolves once the page shows text and a highlight for each of `ids` (the annotations on the
   * first screen), and that has been painted.
   */
  watchOpen(shape: PageShape, ids: string[]) {
    let left = ids;
    let probeMs = 0;
    opened = new Promise((resolve) => {
      const ready = () => {
        const started = performance.now();
        const root = document.querySelector(shape.root);
        const hasText = !!root?.querySelector(shape.paragraphs)?.textContent;
        if (hasText) left = left.filter((id) => !document.querySelector(byId(shape, id)));
        probeMs += performance.now() - started;
        return hasText && left.length === 0;
      };
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        void afterPaint().then((painted) =>
          resolve({
            painted,
            probeMs,
            longTaskMs: longTaskMs(0, painted),
            paragraphs: document.querySelectorAll(`${shape.root} ${shape.paragraphs}`).length,
            highlights: document.querySelectorAll(`${shape.highlightLayer} [${shape.idAttribute}]`)
              .length,
          }),
        );
      });
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: [shape.idAttribute],
      });
    });
  },

  opened(timeoutMs: number): Promise<Outcome<OpenResult>> {
    return opened
      ? withTimeout(opened, timeoutMs, 'open')
      : Promise.resolve({ error: 'not armed' });
  },

  /** The annotation ids already on the page; a highlight with any other id is a new one. */
  knowIds(ids: string[]) {
    for (const id of ids) knownIds.add(id);
  },

  paragraphCount(shape: PageShape): number {
    return document.querySelectorAll(`${shape.root} ${shape.paragraphs}`).length;
  },

  /** Scrolls a paragraph to the middle of the window. */
  scrollTo(shape: PageShape, paragraph: number): boolean {
    const element = document.querySelectorAll(`${shape.root} ${shape.paragraphs}`)[paragraph];
    element?.scrollIntoView({ block: 'center' });
    return !!element;
  },

  /** Focuses the element that holds the text, as a click into it would. */
  focus(shape: PageShape): boolean {
    const root = document.querySelector<HTMLElement>(shape.root);
    root?.focus({ preventScroll: true });
    return !!root && document.activeElement === root;
  },

  /** The text the DOM selection holds now. */
  selectedText: (): string => getSelection()?.toString() ?? '',

  /**
   * Selects `[start, end)` of a paragraph's text (a caret when they are equal) as a user's drag
   * would (focus the text first, and let the page settle). Returns the selected text.
   */
  select(shape: PageShape, paragraph: number, start: number, end: number): string {
    const root = document.querySelector<HTMLElement>(shape.root);
    const element = root?.querySelectorAll(shape.paragraphs)[paragraph];
    if (!root || !element) throw new Error(`No paragraph ${paragraph}`);
    const nodes = textNodes(element);
    const locate = (offset: number, preferEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const nodeEnd = seen + node.data.length;
        if (offset < nodeEnd || (preferEnd && offset === nodeEnd)) return [node, offset - seen];
        seen = nodeEnd;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(start, start === end));
    range.setEnd(...locate(end, true));
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  },

  paragraphText(shape: PageShape, paragraph: number): string {
    const element = document.querySelectorAll(`${shape.root} ${shape.paragraphs}`)[paragraph];
    return element
      ? textNodes(element)
          .map((n) => n.data)
          .join('')
      : '';
  },

  /**
   * Arms a timer for the next press of `key`: it stops at the first paint after a highlight
   * naming an unknown annotation id appears under the highlight layer.
   */
  armNewHighlight(shape: PageShape, key: string) {
    pending = new Promise((resolve) => {
      let t0 = -1;
      let handled = -1;
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== key || t0 >= 0) return;
        t0 = event.timeStamp;
        handled = performance.now();
        removeEventListener('keydown', onKey, true);
      };
      addEventListener('keydown', onKey, true);
      const layer = document.querySelector(shape.highlightLayer);
      if (!layer) throw new Error(`No ${shape.highlightLayer} on the page`);
      const newId = (element: Element) =>
        (element.getAttribute(shape.idAttribute) ?? '')
          .split(' ')
          .find((id) => id && !knownIds.has(id));
      const observer = new MutationObserver((records) => {
        if (t0 < 0) return;
        for (const record of records) {
          const candidates: Element[] = [];
          if (record.type === 'attributes') candidates.push(record.target as Element);
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            if (node.hasAttribute(shape.idAttribute)) candidates.push(node);
            candidates.push(...node.querySelectorAll(`[${shape.idAttribute}]`));
          }
          for (const element of candidates) {
            const id = newId(element);
            if (!id) continue;
            observer.disconnect();
            knownIds.add(id);
            void afterPaint().then((painted) =>
              resolve({ t0, handled, painted, id, longTaskMs: longTaskMs(t0, painted) }),
            );
            return;
          }
        }
      });
      observer.observe(layer, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: [shape.idAttribute],
      });
    });
  },

  /** Arms a timer for the next key press: it stops at the first paint after the text changes. */
  armTextChange(shape: PageShape) {
    pending = new Promise((resolve) => {
      let t0 = -1;
      let handled = -1;
      const onKey = (event: KeyboardEvent) => {
        t0 = event.timeStamp;
        handled = performance.now();
        removeEventListener('keydown', onKey, true);
      };
      addEventListener('keydown', onKey, true);
      const root = document.querySelector(shape.root);
      if (!root) throw new Error(`No ${shape.root} on the page`);
      const observer = new MutationObserver(() => {
        if (t0 < 0) return;
        observer.disconnect();
        void afterPaint().then((painted) =>
          resolve({ t0, handled, painted, longTaskMs: longTaskMs(t0, painted) }),
        );
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    });
  },

  result(timeoutMs: number): Promise<Outcome<TimedResult>> {
    return pending
      ? withTimeout(pending, timeoutMs, 'paint')
      : Promise.resolve({ error: 'not armed' });
  },

  /** Resolves after the next painted frame, for letting the page settle between steps. */
  frames: async (count: number) => {
    for (let i = 0; i < count; i += 1) await afterPaint();
  },

  /** Writes the document and its annotations straight into Slant's IndexedDB database. */
  seed(database: string, doc: unknown, annotations: unknown[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['documents', 'annotations'], 'readwrite');
        tx.objectStore('documents').put(doc);
        const store = tx.objectStore('annotations');
        for (const annotation of annotations) store.put(annotation);
        tx.onerror = () => reject(tx.error);
        tx.oncomplete = () => {
          const count = db
            .transaction('annotations')
            .objectStore('annotations')
            .index('documentId')
            .count((doc as { id: string }).id);
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      };
    });
  },

  /** How many tags Slant's database holds: it has started once the default ones are there. */
  async tagCount(database: string): Promise<number> {
    // Opening a database that does not exist yet would create it, empty, under Slant's feet.
    const existing = await indexedDB.databases();
    if (!existing.some((d) => d.name === database)) return 0;
    return new Promise((resolve) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('tags')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('tags').objectStore('tags').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
      };
      request.onerror = () => resolve(0);
    });
  },
};

export type Probes = typeof probes;

declare global {
  interface Window {
    __slantBench: Probes;
  }
}

window.__slantBench = probes;
