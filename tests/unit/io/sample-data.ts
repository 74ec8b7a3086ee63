/**
 * A small library for the tests of the file formats: two articles (one with emoji, so UTF-16 offsets and
 * code points differ), the default tags plus one PTC preset tag, an outlet, a collection and
 * annotations made the way the editor makes them (`describe`), with an orphan among them.
 */
import { describe as describeRange } from '../../../src/domain/anchoring';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import type { Annotation, Collection, Outlet, SlantDocument, Tag } from '../../../src/domain/types';

export const TEXT_A = [
  'Government forces slaughtered dozens of civilians in the northern city on Tuesday, activists said.',
  'Reports suggest the death toll may rise. 🚨 The state broadcaster RTX called the rebels "terrorists" 😡 and blamed foreign agents.',
  'The ministry denied any involvement, calling the reports “fabrications”.',
].join('\n');

export const TEXT_B = [
  'Residents fled the district as shelling intensified, according to the Syrian Observatory for Human Rights.',
  'Aid groups warned of a humanitarian catastrophe if the crossings stay closed.',
].join('\n');

export const outlet: Outlet = {
  id: 'outlet-rtx',
  name: 'RTX',
  aliases: ['RTX News'],
  domains: ['rtx.example'],
  affiliation: 'state-affiliated',
  evidence: [{ url: 'https://example.org/rtx-ownership', label: 'Ownership record' }],
};

export const docA: SlantDocument = {
  id: 'doc-a',
  title: 'Clashes in the north',
  text: TEXT_A,
  outletId: outlet.id,
  url: 'https://news.example.com/world/clashes-2025?id=42',
  author: 'A. Reporter',
  publishedAt: '2025-03-04',
  importedAt: '2025-03-08T09:00:00.000Z',
  language: 'en',
  contentHash: '9cb974a11bb2e25af8d52fbdd9ffe6555714cf0d865ca26464f9605c5bfbdf66',
  collectionIds: ['collection-1'],
};

export const docB: SlantDocument = {
  id: 'doc-b',
  title: 'Residents flee',
  text: TEXT_B,
  importedAt: '2025-03-08T09:05:00.000Z',
  contentHash: '80f2df976ab7d9230948f4b59c2b333a2bbea2c6e0e2d05a8b1ba78ea161e895',
  collectionIds: ['collection-1'],
};

export const collection: Collection = {
  id: 'collection-1',
  name: 'One event, two outlets',
  description: 'For the media-literacy class.',
  documentIds: ['doc-a', 'doc-b'],
};

export const ptcTag: Tag = {
  id: 'ptc-name-calling-labeling',
  label: 'Name calling or labelling',
  description: 'Labels a person or group.',
  colour: '#CC79A7',
  underline: 'dotted',
  taxonomyId: 'semeval-2020',
  order: 3,
};

export const tags: Tag[] = [...DEFAULT_TAGS, ptcTag];

let counter = 0;

/** An annotation on the first occurrence of `quote` in `doc`, as the editor would store it. */
export function annotate(
  doc: SlantDocument,
  quote: string,
  fields: Partial<Annotation> = {},
): Annotation {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in ${doc.id}`);
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    layerId: 'layer-mine',
    documentId: doc.id,
    tagIds: [],
    target: describeRange(doc.text, start, start + quote.length),
    note: '',
    fields: {},
    annotator: 'Maya',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-08T10:00:00.000Z',
    updatedAt: '2025-03-08T10:05:00.000Z',
    ...fields,
  };
}

export const annotations: Annotation[] = [
  annotate(docA, 'slaughtered', { tagIds: ['loaded-language'], note: 'Neutral: "killed".' }),
  annotate(docA, 'Reports suggest the death toll may rise.', {
    tagIds: ['unattributed-claim'],
    fields: { shouldCite: 'the health ministry' },
    note: 'Which reports? =HYPERLINK("http://evil.example")',
  }),
  annotate(docA, 'RTX', {
    tagIds: ['outlet-affiliation'],
    fields: { outletId: 'outlet-rtx' },
    origin: 'suggestion',
    annotator: '',
  }),
  annotate(docA, '"terrorists" 😡', {
    tagIds: ['loaded-language', 'ptc-name-calling-labeling'],
    note: '<script>alert(1)</script> & a second line\nhere',
  }),
  annotate(docA, 'blamed foreign agents', { tagIds: [] }),
  annotate(docB, 'shelling intensified', { tagIds: ['loaded-language'] }),
  {
    ...annotate(docB, 'humanitarian catastrophe', { tagIds: ['loaded-language'] }),
    // Its text was since rewritten: the stored quote is no longer in the document.
    target: {
      start: 130,
      end: 153,
      exact: 'total humanitarian ruin',
      prefix: 'Aid groups warned of a ',
      suffix: ' if the crossings',
    },
    status: 'orphaned',
  },
];

export const library = {
  documents: [docA, docB],
  annotations,
  tags,
  outlets: [outlet],
  collections: [collection],
};
