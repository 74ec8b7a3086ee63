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

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/trash') return { name: 'trash' };
  if (path === '/outlets') return { name: 'outlets' };
  if (path === '/import') return { name: 'import' };
  if (path === '/collections') return { name: 'collections' };
  if (path === '/compare') return { name: 'compare' };
  const compare = /^\/compare\/(collection|docs)\/([^/]+)$/.exec(path);
  if (compare?.[2]) return compareRoute(compare[1]!, compare[2], path);
  if (path === '/class') return { name: 'class' };
  const lesson = /^\/class\/([^/]+)$/.exec(path);
  if (lesson?.[1]) return lessonRoute(lesson[1], path);
  const match = /^\/(doc|outlets)\/([^/]+)$/.exec(path);
  if (!match?.[2]) return { name: 'not-found', path };
  let id: string;
  try {
    id = decodeURIComponent(match[2]);
  } catch {
    return { name: 'not-found', path };
  }
  return match[1] === 'doc'
    ? { name: 'document', documentId: id }
    : { name: 'outlet', outletId: id };
}

function compareRoute(kind: string, value: string, path: string): Route {
  try {
    if (kind === 'collection') return { name: 'compare', collectionId: decodeURIComponent(value) };
    return { name: 'compare', documentIds: value.split(',').map(decodeURIComponent) };
  } catch {
    return { name: 'not-found', path };
  }
}

function lessonRoute(value: string, path: string): Route {
  try {
    return { name: 'lesson', lessonId: decodeURIComponent(value) };
  } catch {
    return { name: 'not-found', path };
  }
}

export function documentHref(documentId: string): string {
  return `#/doc/${encodeURIComponent(documentId)}`;
}
