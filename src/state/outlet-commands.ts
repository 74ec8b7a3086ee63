import type { Outlet } from '../domain/types';
import { outlets, sync } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Changes to the outlet registry: each written at once; an imported registry all or nothing. A
 * member of a space may not change the outlets its owners share (read-only-shared.ts).
 */
export async function saveOutlet(outlet: Outlet) {
  await refuseSharedEdit('outlets', [outlet.id]);
  await outlets.put(outlet);
}

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

/**
 * Adds or updates every outlet of an imported registry, in one transaction, except the outlets
 * the space's owners share with a member: those stay as the owners have them, and are counted.
 */
export async function importOutlets(imported: readonly Outlet[]) {
  const shared = new Set((await sync.readOnlyShared()).outlets ?? []);
  const allowed = imported.filter((outlet) => !shared.has(outlet.id));
  const counts = await outlets.importAll(allowed);
  return { ...counts, keptShared: imported.length - allowed.length };
}
