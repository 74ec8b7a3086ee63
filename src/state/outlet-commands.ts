import type { Outlet } from '../domain/types';
import { outletsRepository } from '../storage/outlets-repository';
import { db } from './database';

/** Changes to the outlet registry: each written at once; an imported registry all or nothing. */
export const saveOutlet = (outlet: Outlet) => outletsRepository(db).put(outlet);

export function newOutlet(name: string): Outlet {
  return {
    id: `outlet-${crypto.randomUUID()}`,
    name: name.trim(),
    aliases: [],
    domains: [],
    affiliation: 'unknown',
    evidence: [],
  };
}

/** Adds or updates every outlet of an imported registry, in one transaction. */
export async function importOutlets(outlets: readonly Outlet[]) {
  return db.transaction('rw', db.outlets, async () => {
    const existing = new Set(
      (await db.outlets.bulkGet(outlets.map((o) => o.id))).flatMap((o) => (o ? [o.id] : [])),
    );
    await db.outlets.bulkPut([...outlets]);
    return { added: outlets.length - existing.size, updated: existing.size };
  });
}
