/**
 * Suggests outlet mentions: names of news outlets and agencies, their web domains in links, and
 * outlets the text introduces as such ("channel i24"). The caller's registry outlets come first
 * and give the suggestion their id; the built-in list of known outlets is linked to a registry
 * outlet that shares a name or a domain; introducing phrases come last. Of overlapping mentions
 * the longest listed name wins (registry before built-in on a tie), then the phrases.
 */
import type { Suggestion } from '../suggestion';
import type { TextSpan } from '../text/sentences';
import { buildDomainIndex, findDomains } from './domain-matcher';
import { buildNameMatcher, type NameMatcher } from './name-matcher';
import {
  KNOWN_OUTLETS,
  normaliseDomain,
  type OutletEntry,
  type RegistryOutlet,
} from './outlet-entry';
import { findOutletPatterns } from './outlet-patterns';

interface Candidate extends TextSpan {
  rank: number;
  reason: string;
  outletId?: string;
}

interface Matchers {
  names: NameMatcher;
  domains: Map<string, OutletEntry>;
}

let known: Matchers | undefined;
const registries = new WeakMap<readonly RegistryOutlet[], Matchers>();

function matchersFor(entries: readonly OutletEntry[]): Matchers {
  return { names: buildNameMatcher(entries), domains: buildDomainIndex(entries) };
}

/** The registry outlet that is the same as a known one: same name, alias or domain. */
function registryTwin(entry: OutletEntry, registry: readonly RegistryOutlet[]): string | undefined {
  const names = new Set([entry.name, ...entry.aliases].map((n) => n.toLowerCase()));
  const domains = new Set(entry.domains.map(normaliseDomain));
  const twin = registry.find(
    (outlet) =>
      [outlet.name, ...outlet.aliases].some((n) => names.has(n.toLowerCase())) ||
      outlet.domains.some((d) => domains.has(normaliseDomain(d))),
  );
  return twin?.id;
}

function named(exact: string, entry: OutletEntry): string {
  return exact === entry.name ? `'${exact}'` : `'${exact}' (${entry.name})`;
}

export function detectOutletMentions(
  text: string,
  registry: readonly RegistryOutlet[] = [],
): Suggestion[] {
  known ??= matchersFor(KNOWN_OUTLETS);
  let mine = registries.get(registry);
  if (!mine) {
    mine = matchersFor(registry);
    registries.set(registry, mine);
  }
  const candidates: Candidate[] = [];
  const add = (span: TextSpan, rank: number, reason: string, outletId?: string): void => {
    candidates.push({ start: span.start, end: span.end, rank, reason, outletId });
  };
  for (const m of mine.names.find(text)) {
    add(m, 0, `outlet in your registry: ${named(text.slice(m.start, m.end), m.entry)}`, m.entry.id);
  }
  for (const m of known.names.find(text)) {
    const exact = text.slice(m.start, m.end);
    const twin = registryTwin(m.entry, registry);
    const where = twin === undefined ? 'news outlet named' : 'outlet in your registry';
    add(m, 1, `${where}: ${named(exact, m.entry)}`, twin);
  }
  for (const m of findDomains(text, [mine.domains, known.domains])) {
    const id = m.entry.id ?? registryTwin(m.entry, registry);
    add(m, m.entry.id ? 0 : 1, `link to ${m.domain}, the site of ${m.entry.name}`, id);
  }
  for (const m of findOutletPatterns(text)) {
    add(m, 2, `'${text.slice(m.start, m.end)}' is ${m.cue}`);
  }
  const guessed = (c: Candidate): number => (c.rank === 2 ? 1 : 0);
  candidates.sort(
    (a, b) => guessed(a) - guessed(b) || b.end - b.start - (a.end - a.start) || a.rank - b.rank,
  );
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => {
    const suggestion: Suggestion = {
      tag: 'outlet-affiliation',
      start: c.start,
      end: c.end,
      exact: text.slice(c.start, c.end),
      reason: c.reason,
    };
    if (c.outletId !== undefined) suggestion.outletId = c.outletId;
    return suggestion;
  });
}
