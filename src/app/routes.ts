/** The app's addresses. Hash routes work from any static host and offline. */
export type Route =
  | { name: 'library' }
  | { name: 'document'; documentId: string }
  | { name: 'settings' }
  | { name: 'trash' }
  | { name: 'outlets' }
  | { name: 'outlet'; outletId: string }
  | { name: 'import' }
  | { name: 'collections' }
  /** Compare a collection's documents, or any documents listed by id. */
  | { name: 'compare'; collectionId?: string; documentIds?: string[] }
  /** Class: the lessons in this browser. */
  | { name: 'class' }
  /** One lesson: the teacher's results, or the student's work. */
  | { name: 'lesson'; lessonId: string }
  | { name: 'not-found'; path: string };

const FIXED = new Map<string, Route>(
  Object.entries({
    '/': { name: 'library' },
    '/settings': { name: 'settings' },
    '/trash': { name: 'trash' },
    '/outlets': { name: 'outlets' },
    '/import': { name: 'import' },
    '/collections': { name: 'collections' },
    '/compare': { name: 'compare' },
    '/class': { name: 'class' },
  } satisfies Record<string, Route>),
);

const decode = decodeURIComponent;

/** Addresses that carry escaped ids: the pattern, and the route its part makes. */
const WITH_IDS: readonly [RegExp, (part: string) => Route][] = [
  [/^\/doc\/([^/]+)$/, (id) => ({ name: 'document', documentId: decode(id) })],
  [/^\/outlets\/([^/]+)$/, (id) => ({ name: 'outlet', outletId: decode(id) })],
  [/^\/class\/([^/]+)$/, (id) => ({ name: 'lesson', lessonId: decode(id) })],
  [/^\/compare\/collection\/([^/]+)$/, (id) => ({ name: 'compare', collectionId: decode(id) })],
  // Each id is escaped on its own: a comma inside one is `%2C`, the separator is `,`.
  [
    /^\/compare\/docs\/([^/]+)$/,
    (ids) => ({ name: 'compare', documentIds: ids.split(',').map(decode) }),
  ],
];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const fixed = FIXED.get(path);
  if (fixed) return fixed;
  for (const [pattern, route] of WITH_IDS) {
    const part = pattern.exec(path)?.[1];
    if (part === undefined) continue;
    try {
      return route(part);
    } catch {
      // A malformed escape such as `%E0%A4%A`.
      return { name: 'not-found', path };
    }
  }
  return { name: 'not-found', path };
}

export function documentHref(documentId: string): string {
  return `#/doc/${encodeURIComponent(documentId)}`;
}
