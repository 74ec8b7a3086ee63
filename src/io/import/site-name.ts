/**
 * The site's name from the names a page gives itself (JSON-LD publisher, og:site_name,
 * application-name), most trusted first. Pages put other things there too: an address
 * ("http://www.tmz.com") is not a name, and a tagline after the name goes ("Yahoo News - Latest
 * News & Headlines", "Aktuálně.cz - Víte, co se právě děje").
 */
import { looksLikeAddress } from './clean-text';

const TAGLINE = /\s+[|–—-]\s+.*$/;

function siteName(value: string): string | undefined {
  if (looksLikeAddress(value)) return undefined;
  const name = value.replace(TAGLINE, '').trim();
  return name.length > 0 ? name : undefined;
}

export function siteNameOf(candidates: readonly (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const name = candidate === undefined ? undefined : siteName(candidate);
    if (name !== undefined) return name;
  }
  return undefined;
}
