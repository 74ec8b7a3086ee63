import type { Outlet } from '../domain/types';
import { outlets } from '../storage';

/** Changes to the outlet registry: each written at once; an imported registry all or nothing. */
export const saveOutlet = (outlet: Outlet) => outlets.put(outlet);

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
export const importOutlets = (imported: readonly Outlet[]) => outlets.importAll(imported);
