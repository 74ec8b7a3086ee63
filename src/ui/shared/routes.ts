/**
 * Every address of the app, both ways: `routeHref` builds one from a route and `parseRoute` reads
 * it back, so a view links to another without spelling its address (ARCHITECTURE.md §2: a teacher
 * can point at any view). Hash routes work from any static host and offline. Each id is escaped
 * on its own, so any id survives the round trip.
 */
export type Route =
  | { name: 'library' }
  | { name: 'document'; documentId: string }
  | { name: 'settings' }
  | { name: 'trash' }
  /** Imported annotations on no document yet, and notes on a whole page. */
  | { name: 'unplaced' }
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

const decode = decodeURIComponent;
const encode = encodeURIComponent;

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

function pathOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '/';
    case 'document':
      return `/doc/${encode(route.documentId)}`;
    case 'settings':
      return '/settings';
    case 'trash':
      return '/trash';
    case 'unplaced':
      return '/unplaced';
    case 'outlets':
      return '/outlets';
    case 'outlet':
      return `/outlets/${encode(route.outletId)}`;
    case 'import':
      return '/import';
    case 'collections':
      return '/collections';
    case 'compare':
      if (route.collectionId !== undefined) {
        return `/compare/collection/${encode(route.collectionId)}`;
      }
      if (route.documentIds?.length) {
        return `/compare/docs/${route.documentIds.map(encode).join(',')}`;
      }
      return '/compare';
    case 'class':
      return '/class';
    case 'lesson':
      return `/class/${encode(route.lessonId)}`;
    case 'not-found':
      return route.path;
  }
}

/** The addresses without ids, read back by a lookup. */
const FIXED = new Map<string, Route>(
  (
    [
      { name: 'library' },
      { name: 'settings' },
      { name: 'trash' },
      { name: 'unplaced' },
      { name: 'outlets' },
      { name: 'import' },
      { name: 'collections' },
      { name: 'compare' },
      { name: 'class' },
    ] satisfies Route[]
  ).map((route) => [pathOf(route), route]),
);

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

/** The address of a route, for a link's `href` (`parseRoute` reads it back). */
export function routeHref(route: Route): string {
  return `#${pathOf(route)}`;
}

/** Opens a route, as following a link to it would. */
export function goTo(route: Route): void {
  window.location.hash = routeHref(route);
}
