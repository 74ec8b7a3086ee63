import { describe, expect, it } from 'vitest';
import type { SlantDocument } from '../../../src/domain/types';
import { letterPairs, mayContain } from '../../../src/ui/library/letter-pairs';
import { matchingIds } from '../../../src/ui/library/text-search';

const doc = (id: string, title: string, text: string, contentHash = id): SlantDocument => ({
  id,
  title,
  text,
  importedAt: '2026-01-01T00:00:00Z',
  contentHash,
  collectionIds: [],
});
const row = (d: SlantDocument) => ({ doc: d, title: d.title });
const search = (rows: ReturnType<typeof row>[], typed: string) =>
  [...matchingIds(rows, typed.trim().toLowerCase())].sort();

describe('library search over titles and full text', () => {
  const rows = [
    row(doc('a', 'Shelling in Latakia', 'Residents fled the district.\nMonitors counted 40 dead.')),
    row(doc('b', 'Market report', 'Prices rose at the Zanzibar port; traders blamed the drought.')),
    row(doc('c', 'Café owners protest', 'The mayor’s office in Besançon closed the square.')),
  ];

  it('finds by title and by text, in any case, anywhere in a word', () => {
    expect(search(rows, 'LATAKIA')).toEqual(['a']);
    expect(search(rows, 'zanzibar port')).toEqual(['b']);
    expect(search(rows, 'anzib')).toEqual(['b']);
    expect(search(rows, 'counted 40')).toEqual(['a']);
    expect(search(rows, 'besançon')).toEqual(['c']);
    expect(search(rows, 'mayor’s')).toEqual(['c']);
    expect(search(rows, 'the')).toEqual(['a', 'b', 'c']);
    expect(search(rows, 'nowhere at all')).toEqual([]);
  });

  it('gives the same answers letter by letter, and after deleting letters, as typed at once', () => {
    const typed = 'drought';
    for (let i = 1; i <= typed.length; i += 1) {
      const fresh = rows.map((r) => row({ ...r.doc }));
      expect(search(rows, typed.slice(0, i))).toEqual(search(fresh, typed.slice(0, i)));
    }
    for (let i = typed.length; i >= 1; i -= 1)
      expect(search(rows, typed.slice(0, i))).toContain('b');
    expect(search(rows, 'dr')).toEqual(['b']);
  });

  it('follows edits and deletions of the documents', () => {
    const before = [row(doc('x', 'Notes', 'Nothing here yet.', 'h1')), ...rows];
    expect(search(before, 'ceasefire')).toEqual([]);
    // The text was edited (a new content hash): the new text is searched, not the old one.
    const edited = [row(doc('x', 'Notes', 'A ceasefire was announced.', 'h2')), ...rows];
    expect(search(edited, 'ceasefire')).toEqual(['x']);
    expect(search(edited, 'nothing here')).toEqual([]);
    // Deleted (no longer listed): never found.
    expect(search(rows, 'ceasefire')).toEqual([]);
  });
});

describe('pairs of adjacent letters', () => {
  it('never rule out a text that contains the words typed', () => {
    const text = 'the quick brown fox, 1,000 strong — déjà vu';
    const pairs = letterPairs(text);
    for (let start = 0; start < text.length; start += 1)
      for (let end = start + 1; end <= Math.min(text.length, start + 8); end += 1)
        expect(mayContain(pairs, letterPairs(text.slice(start, end)))).toBe(true);
    expect(mayContain(pairs, letterPairs('zebra'))).toBe(false);
  });
});
