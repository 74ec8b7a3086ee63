// Documents and annotations for the Compare tests, made the way the editor makes them.
import { describe as describeRange } from '../../../../src/domain/anchoring';
import type { Annotation, SlantDocument } from '../../../../src/domain/types';
import { readSeed, type SEED_FILES } from '../read-seed';

export function makeDocument(id: string, text: string, title = id): SlantDocument {
  return {
    id,
    title,
    text,
    importedAt: '2025-03-10T09:00:00.000Z',
    contentHash: id.padEnd(64, '0'),
    collectionIds: ['event'],
  };
}

export function seedDocument(file: (typeof SEED_FILES)[number]): SlantDocument {
  const text = readSeed(file);
  return makeDocument(file.slice(0, 3), text, text.slice(0, text.indexOf('\n')));
}

let counter = 0;

/** An annotation on the first occurrence of `quote` in `document`. */
export function annotate(
  document: SlantDocument,
  quote: string,
  tagIds: string[],
  fields: Partial<Annotation> = {},
): Annotation {
  const start = document.text.indexOf(quote);
  if (start === -1) throw new Error(`“${quote}” is not in ${document.id}`);
  counter += 1;
  return {
    id: `annotation-${counter}`,
    layerId: 'layer-mine',
    documentId: document.id,
    tagIds,
    target: describeRange(document.text, start, start + quote.length),
    note: '',
    fields: {},
    annotator: 'Sami',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-10T10:00:00.000Z',
    updatedAt: '2025-03-10T10:00:00.000Z',
    ...fields,
  };
}
