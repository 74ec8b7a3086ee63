/**
 * Where an article's own text says it comes from: an "Original source: www.example.co.uk" line
 * (republished articles carry one), or a site describing itself ("… is now hosted at
 * example.press"). Slant offers what it finds as the article's outlet for the reader to confirm,
 * never setting it by itself, and says nothing about who the outlet is (affiliation stays
 * the reader's call, in their registry).
 *
 * The named origin is looked up by domain, then by name, first in the reader's registry (the
 * suggestion then carries its id), then in the built-in list of known outlets; a bare host name
 * that neither knows is offered as it is.
 */
import { buildDomainIndex, findDomains } from './domain-matcher';
import { buildNameMatcher } from './name-matcher';
import { KNOWN_OUTLETS, normaliseDomain, type RegistryOutlet } from './outlet-entry';

export interface StatedOrigin {
  /** The registry outlet it is, when the registry has it. */
  outletId?: string;
  name: string;
  domains: string[];
  /** The line of the text that names it, trimmed. */
  line: string;
}

/** "Original source: …", "Originally published by …", "First published at …", "Republished from …". */
const ORIGIN_LINE =
  /^[ \t]*(?:original(?:ly)?[ \t]+(?:source|published(?:[ \t]+(?:at|by|in|on))?)|first[ \t]+published[ \t]+(?:at|by|in|on)|republished[ \t]+from)[ \t]*[:–—-]?[ \t]*(\S.*)$/gim;

/** A site describing itself: "… (is|was|now) (hosted) at example.press". */
const SELF_LINE =
  /^.*\b(?:hosted|is|was|now)[ \t]+at[ \t]+((?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,})\b.*$/gim;

const BARE_HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

function resolve(value: string, line: string, registry: readonly RegistryOutlet[]) {
  const registryEntries = registry.map((o) => ({ ...o, id: o.id }));
  const [domain] = findDomains(value, [
    buildDomainIndex(registryEntries),
    buildDomainIndex(KNOWN_OUTLETS),
  ]);
  const named =
    domain?.entry ??
    buildNameMatcher(registryEntries).find(value)[0]?.entry ??
    buildNameMatcher(KNOWN_OUTLETS).find(value)[0]?.entry;
  if (named)
    return {
      ...(named.id !== undefined && { outletId: named.id }),
      name: named.name,
      domains: [...named.domains],
      line,
    };
  const host = BARE_HOST.exec(value.trim())?.[1];
  return host ? { name: normaliseDomain(host), domains: [normaliseDomain(host)], line } : undefined;
}

/** The origin the text states, or undefined when it states none Slant can read. */
export function statedOrigin(
  text: string,
  registry: readonly RegistryOutlet[],
): StatedOrigin | undefined {
  for (const pattern of [ORIGIN_LINE, SELF_LINE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const found = resolve(m[1] ?? '', m[0].trim(), registry);
      if (found) return found;
    }
  }
  return undefined;
}
