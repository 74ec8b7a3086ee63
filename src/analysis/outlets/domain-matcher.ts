/**
 * Finds host names in a text (in URLs or bare, like "southfront.press") that belong to an
 * outlet, matching a host to a listed domain or any of its subdomains ("edition.cnn.com" is
 * cnn.com). Hosts of no listed outlet are ignored, so "commons.wikimedia.org" stays quiet.
 */
import type { TextSpan } from '../text/sentences';
import { normaliseDomain, type OutletEntry } from './outlet-entry';

interface DomainMatch extends TextSpan {
  host: string;
  domain: string;
  entry: OutletEntry;
}

const HOST =
  /(?<![\p{L}\p{N}@.-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\p{L}\p{N}-])/giu;

export function buildDomainIndex(entries: readonly OutletEntry[]): Map<string, OutletEntry> {
  const index = new Map<string, OutletEntry>();
  for (const entry of entries) {
    for (const domain of entry.domains) {
      const key = normaliseDomain(domain);
      if (key.length > 0 && !index.has(key)) index.set(key, entry);
    }
  }
  return index;
}

function lookup(index: Map<string, OutletEntry>, host: string): [string, OutletEntry] | undefined {
  let candidate = normaliseDomain(host);
  while (candidate.includes('.')) {
    const entry = index.get(candidate);
    if (entry) return [candidate, entry];
    candidate = candidate.slice(candidate.indexOf('.') + 1);
  }
  return undefined;
}

export function findDomains(
  text: string,
  indexes: readonly Map<string, OutletEntry>[],
): DomainMatch[] {
  const matches: DomainMatch[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m !== null; m = HOST.exec(text)) {
    const host = m[1] ?? '';
    const start = m.index + m[0].length - host.length;
    for (const index of indexes) {
      const found = lookup(index, host);
      if (found) {
        matches.push({ start, end: start + host.length, host, domain: found[0], entry: found[1] });
        break;
      }
    }
  }
  return matches;
}
