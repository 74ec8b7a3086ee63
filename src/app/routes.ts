/** The app's addresses. Hash routes work from any static host and offline. */
export type Route =
  | { name: 'library' }
  | { name: 'document'; documentId: string }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/settings') return { name: 'settings' };
  const doc = /^\/doc\/([^/]+)$/.exec(path);
  if (doc?.[1]) {
    try {
      return { name: 'document', documentId: decodeURIComponent(doc[1]) };
    } catch {
      return { name: 'not-found', path };
    }
  }
  return { name: 'not-found', path };
}

export function documentHref(documentId: string): string {
  return `#/doc/${encodeURIComponent(documentId)}`;
}
