/**
 * Which registry outlet published an imported article: by the host of its URL (a listed domain
 * or any subdomain of one, ignoring `www.`), else by its site name against the outlet's name and
 * aliases, ignoring case and a leading "The". A domain is the stronger clue, so it wins; among
 * domains the most specific wins (`news.example.co.uk` over `example.co.uk`).
 */
import type { Outlet } from '../../domain/types';

/** The parts of a registry outlet that matching reads. */
export type RegistryOutlet = Pick<Outlet, 'id' | 'name' | 'aliases' | 'domains'>;

export interface OutletClues {
  url?: string;
  siteName?: string;
}

/** A registry domain as users type it, perhaps `https://www.Example.com/`, as a bare host. */
function bareHost(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return bareHost(new URL(url).hostname) || undefined;
  } catch {
    return undefined;
  }
}

function comparableName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

function byDomain(host: string, outlets: readonly RegistryOutlet[]): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const outlet of outlets) {
    for (const domain of outlet.domains.map(bareHost)) {
      const matches = domain.length > 0 && (host === domain || host.endsWith(`.${domain}`));
      if (matches && (best === undefined || domain.length > best.length)) {
        best = { id: outlet.id, length: domain.length };
      }
    }
  }
  return best?.id;
}

function byName(siteName: string, outlets: readonly RegistryOutlet[]): string | undefined {
  const wanted = comparableName(siteName);
  if (wanted.length === 0) return undefined;
  return outlets.find((outlet) =>
    [outlet.name, ...outlet.aliases].some((name) => comparableName(name) === wanted),
  )?.id;
}

/** The id of the outlet the clues point to, or undefined. */
export function matchOutlet(
  clues: OutletClues,
  outlets: readonly RegistryOutlet[],
): string | undefined {
  const host = hostOf(clues.url);
  const fromUrl = host === undefined ? undefined : byDomain(host, outlets);
  if (fromUrl !== undefined) return fromUrl;
  if (clues.siteName === undefined) return undefined;
  // Some pages give their host as the site name ("harbourcourier.example").
  const siteHost = /^[\w-]+(\.[\w-]+)+$/.test(clues.siteName.trim())
    ? byDomain(bareHost(clues.siteName), outlets)
    : undefined;
  return siteHost ?? byName(clues.siteName, outlets);
}
