/**
 * What the outlet detector matches against: the built-in list of widely known outlets
 * (data/known-outlets.json) and the caller's registry outlets, which carry an id to return.
 */
import type { Outlet } from '../../domain/types';
import known from '../data/known-outlets.json';

/** The parts of a registry outlet the detector needs. */
export type RegistryOutlet = Pick<Outlet, 'id' | 'name' | 'aliases' | 'domains'>;

export interface OutletEntry {
  name: string;
  aliases: readonly string[];
  domains: readonly string[];
  /** Set for registry outlets. */
  id?: string;
}

export const KNOWN_OUTLETS: readonly OutletEntry[] = known.outlets;

/** Lower-cases a domain and drops a leading `www.`, as the registry stores domains. */
export function normaliseDomain(domain: string): string {
  return domain.toLowerCase().replace(/^www\./, '');
}
