import type { Outlet } from '../domain/types';
import type { SlantDatabase } from './slant-database';

export function outletsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.outlets.get(id),

    list: () => db.outlets.orderBy('name').toArray(),

    /** The outlet that lists this host name (without `www.`) among its domains. */
    findByDomain: (domain: string) =>
      db.outlets
        .where('domains')
        .equals(domain.toLowerCase().replace(/^www\./, ''))
        .first(),

    put: (outlet: Outlet) => db.outlets.put(outlet),

    /** Adds or updates every outlet of an imported registry, in one transaction. */
    importAll: (outlets: readonly Outlet[]) =>
      db.transaction('rw', db.outlets, async () => {
        const existing = new Set(
          (await db.outlets.bulkGet(outlets.map((o) => o.id))).flatMap((o) => (o ? [o.id] : [])),
        );
        await db.outlets.bulkPut([...outlets]);
        return { added: outlets.length - existing.size, updated: existing.size };
      }),
  };
}
