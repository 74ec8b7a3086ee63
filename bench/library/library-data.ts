/**
 * The library benchmark's data: N articles of 1,000 to 5,000 words (fixed seeds, so every run and
 * machine sees the same library), 50 annotations each (100,000 for 2,000 articles), spread over
 * eight outlets of different affiliations. Each article ends with a dateline naming one of a few
 * places that are in no other word of the text, and each title carries one of a few title words,
 * so that a search has a known, partial answer; the answer for every prefix typed is computed
 * here, with the library's own rule (case-insensitive, in the title or anywhere in the text).
 */
import { createHash } from 'node:crypto';
import { describe } from '../../src/domain/anchoring/describe';
import type { Affiliation, Outlet } from '../../src/domain/types';
import { generateArticle, type BenchArticle } from '../editor/generate-article';
import { seededRandom } from '../editor/prng';

export const ANNOTATIONS_PER_ARTICLE = 50;
const MIN_WORDS = 1_000;
const MAX_WORDS = 5_000;

const OUTLET_AFFILIATIONS: readonly Affiliation[] = [
  'state-affiliated',
  'independent',
  'independent',
  'advocacy',
  'government-or-party-affiliated',
  'aggregator-or-content-farm',
  'independent',
  'personal-blog',
];
export const OUTLETS: readonly Outlet[] = OUTLET_AFFILIATIONS.map((affiliation, i) => ({
  id: `bench-outlet-${i + 1}`,
  name: `Bench Outlet ${i + 1}`,
  aliases: [],
  domains: [`outlet${i + 1}.example`],
  affiliation,
  evidence: [],
}));

/** Datelines: none of these is in the generator's vocabulary, so each is found only here. */
const PLACES = ['Zanzibar', 'Quetzaltenango', 'Vladivostok', 'Ouagadougou', 'Kyzylorda'];
const TITLE_WORDS = ['Dispatch', 'Briefing', 'Chronicle', 'Bulletin', 'Dossier', 'Gazette'];

/** What the benchmark types into the library's search box, letter by letter. */
export const SEARCHES = ['zanzibar', 'dossier'] as const;

export interface LibraryData {
  articles: BenchArticle[];
  outlets: readonly Outlet[];
}

function libraryArticle(index: number): BenchArticle {
  const random = seededRandom(0x11b + index * 7919);
  const words = random.int(MIN_WORDS, MAX_WORDS);
  const generated = generateArticle({
    words,
    annotations: ANNOTATIONS_PER_ARTICLE,
    seed: 0x5eed + index * 104_729,
  });
  const id = `bench-library-${index + 1}`;
  const place = random.pick(PLACES);
  const text = `${generated.doc.text}\nFiled from ${place}.`;
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const title = `${random.pick(TITLE_WORDS)} ${index + 1}: ${generated.words.length.toLocaleString('en')} words from ${outlet.name}`;
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    ...generated,
    doc: {
      ...generated.doc,
      id,
      title,
      text,
      outletId: outlet.id,
      publishedAt: `2025-03-${day}T12:00:00.000Z`,
      importedAt: new Date(Date.UTC(2025, 3, 1) + index * 60_000).toISOString(),
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    // Re-described on the longer text: the last ones' suffixes now reach into the dateline.
    annotations: generated.annotations.map((a) => ({
      ...a,
      id: `${id}-${a.id}`,
      documentId: id,
      target: describe(text, a.target.start, a.target.end),
    })),
  };
}

export function libraryData(count: number): LibraryData {
  return { articles: Array.from({ length: count }, (_, i) => libraryArticle(i)), outlets: OUTLETS };
}

/** How many articles the library shows for a search, by its rule: title or text contains it. */
export function expectedMatches(data: LibraryData, search: string): number {
  const needle = search.trim().toLowerCase();
  return data.articles.filter(
    (a) => a.doc.title.toLowerCase().includes(needle) || a.doc.text.toLowerCase().includes(needle),
  ).length;
}

/** How many articles are from outlets with this affiliation. */
export function expectedWithAffiliation(data: LibraryData, affiliation: Affiliation): number {
  const outlets = new Set(
    data.outlets.filter((o) => o.affiliation === affiliation).map((o) => o.id),
  );
  return data.articles.filter((a) => outlets.has(a.doc.outletId ?? '')).length;
}

export function expectedFromOutlet(data: LibraryData, outletId: string): number {
  return data.articles.filter((a) => a.doc.outletId === outletId).length;
}
