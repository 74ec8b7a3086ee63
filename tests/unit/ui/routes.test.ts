import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/ui/shared/routes';

describe('routes', () => {
  it('reads the library, settings and document addresses', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/doc/seed-001')).toEqual({ name: 'document', documentId: 'seed-001' });
  });

  it('round-trips document ids that need escaping', () => {
    const id = 'a b/ç?#';
    expect(parseRoute(routeHref({ name: 'document', documentId: id }))).toEqual({
      name: 'document',
      documentId: id,
    });
  });

  it('calls anything else not found, including a malformed escape', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#constructor')).toEqual({ name: 'not-found', path: 'constructor' });
    expect(parseRoute('#/doc/%E0%A4%A')).toEqual({ name: 'not-found', path: '/doc/%E0%A4%A' });
  });

  it('reads the Compare addresses for a collection and for listed documents', () => {
    expect(parseRoute(routeHref({ name: 'compare', collectionId: 'c 1' }))).toEqual({
      name: 'compare',
      collectionId: 'c 1',
    });
    expect(parseRoute(routeHref({ name: 'compare', documentIds: ['a,b', 'c'] }))).toEqual({
      name: 'compare',
      documentIds: ['a,b', 'c'],
    });
  });

  it('reads the Class addresses: the lessons, and one lesson by id', () => {
    expect(parseRoute('#/class')).toEqual({ name: 'class' });
    expect(parseRoute('#/class/6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11')).toEqual({
      name: 'lesson',
      lessonId: '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11',
    });
    expect(parseRoute('#/class/%E0%A4%A')).toEqual({ name: 'not-found', path: '/class/%E0%A4%A' });
  });

  it('builds every address so that it reads back as the same route', () => {
    const routes: Route[] = [
      { name: 'library' },
      { name: 'document', documentId: 'seed-001' },
      { name: 'settings' },
      { name: 'trash' },
      { name: 'outlets' },
      { name: 'outlet', outletId: 'bbc news/ar' },
      { name: 'import' },
      { name: 'collections' },
      { name: 'compare' },
      { name: 'compare', collectionId: 'sample' },
      { name: 'compare', documentIds: ['a', 'b,c'] },
      { name: 'class' },
      { name: 'lesson', lessonId: 'l 1' },
      { name: 'not-found', path: '/nowhere' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ name: 'library' })).toBe('#/');
    expect(routeHref({ name: 'document', documentId: 'a b' })).toBe('#/doc/a%20b');
    expect(routeHref({ name: 'lesson', lessonId: 'x' })).toBe('#/class/x');
  });
});
