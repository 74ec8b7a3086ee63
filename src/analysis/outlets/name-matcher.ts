/**
 * Finds outlet names and aliases in a text with one regular expression: whole words only,
 * case-sensitive (so "AP" and "Sun" need their capitals), and the longest name first, so
 * "The New York Times" wins over "New York Times".
 */
import type { TextSpan } from '../text/sentences';
import type { OutletEntry } from './outlet-entry';

interface NameMatch extends TextSpan {
  entry: OutletEntry;
}

export interface NameMatcher {
  find(text: string): NameMatch[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildNameMatcher(entries: readonly OutletEntry[]): NameMatcher {
  const byName = new Map<string, OutletEntry>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const trimmed = name.trim();
      if (trimmed.length > 0 && !byName.has(trimmed)) byName.set(trimmed, entry);
    }
  }
  if (byName.size === 0) return { find: () => [] };
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return {
    find(text) {
      const matches: NameMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const entry = byName.get(m[0]);
        if (entry) matches.push({ start: m.index, end: m.index + m[0].length, entry });
      }
      return matches;
    },
  };
}
