import { describe, expect, it } from 'vitest';
import type { Collection, Outlet, SlantDocument } from '../../../src/domain/types';
import { EMPTY_QUERY, queryRows, toRows } from '../../../src/ui/library/library-query';

const doc = (id: string, fields: Partial<SlantDocument> = {}): SlantDocument => ({
  id,
  title: `Title ${id}`,
  text: `Body of ${id}`,
  importedAt: `2026-01-0${id.length}T00:00:00Z`,
  contentHash: id,
  collectionIds: [],
  ...fields,
});
const outlets: Outlet[] = [
  {
    id: 'o1',
    name: 'State TV',
    aliases: [],
    domains: [],
    affiliation: 'state-affiliated',
    evidence: [],
  },
];
const collections: Collection[] = [
  { id: 'c', name: 'C', description: '', documentIds: ['bb', 'a'] },
];
const docs = [
  doc('a', { collectionIds: ['c'], publishedAt: '2025-03-08', outletId: 'o1' }),
  doc('bb', { collectionIds: ['c'], title: 'Zebra', text: 'mentions genocide' }),
  doc('ccc', { publishedAt: '2025-03-10', title: 'Apple' }),
];
const counts = new Map([
  ['ccc', new Map([['loaded-language', 3]])],
  ['a', new Map([['loaded-language', 1]])],
]);
const rows = toRows(docs, outlets, collections, counts);
const ids = (query: Partial<typeof EMPTY_QUERY>) =>
  queryRows(rows, { ...EMPTY_QUERY, ...query }, collections).map((r) => r.doc.id);

describe('library queries', () => {
  it('order by collection as curated, then the rest', () => {
    expect(ids({})).toEqual(['bb', 'a', 'ccc']);
  });
  it('sort by title, publication date (undated last) and tag counts', () => {
    expect(ids({ sort: 'title' })).toEqual(['ccc', 'a', 'bb']);
    expect(ids({ sort: 'published' })).toEqual(['ccc', 'a', 'bb']);
    expect(ids({ sort: 'tag:loaded-language' })).toEqual(['ccc', 'a', 'bb']);
  });
  it('search titles and full text, case-insensitively', () => {
    expect(ids({ search: 'GENOCIDE' })).toEqual(['bb']);
    expect(ids({ search: 'apple' })).toEqual(['ccc']);
  });
  it('filter by collection, outlet and affiliation (no outlet counts as unknown)', () => {
    expect(ids({ collectionId: 'c' })).toEqual(['bb', 'a']);
    expect(ids({ outletId: 'o1' })).toEqual(['a']);
    expect(ids({ affiliation: 'state-affiliated' })).toEqual(['a']);
    expect(ids({ affiliation: 'unknown' })).toEqual(['bb', 'ccc']);
  });
});
