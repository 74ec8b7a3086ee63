import type { Outlet } from '../domain/types';
import type { SlantDatabase } from './database';

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
  };
}
