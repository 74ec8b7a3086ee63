import { beforeEach, describe, expect, it } from 'vitest';
import { fromW3C } from '../../../src/io/w3c';
import { addImportedAnnotations } from '../../../src/state/exchange-commands';
import { saveImportedDocuments } from '../../../src/state/import-commands';
import { deleteAnnotation } from '../../../src/state/annotation-commands';
import { placeOnDocument, placeWaitingAnnotations } from '../../../src/state/unplaced-commands';
import { pageDatabase as db } from '../../support/database';
import { docA, docB } from '../io/sample-data';

const PAGE = 'https://news.example.org/2025/03/coast';
const quoteOf = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

/** A Hypothesis-style export: one highlight on `quote` of the page, and one page note. */
function hypothesisFile(quote: string) {
  return {
    total: 2,
    rows: [
      {
        id: 'h-quote',
        uri: PAGE,
        text: 'Loaded word',
        tags: ['Loaded language'],
        target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: quote }] }],
        created: '2025-03-10T10:00:00.000Z',
        updated: '2025-03-10T10:00:00.000Z',
      },
      {
        id: 'h-page',
        uri: PAGE,
        text: 'The whole article leans on one source.',
        tags: [],
        target: [{ source: PAGE }],
        created: '2025-03-10T10:05:00.000Z',
        updated: '2025-03-10T10:05:00.000Z',
      },
    ],
  };
}

async function importFile(file: unknown) {
  const result = fromW3C(file, await db.documents.toArray(), { fileName: 'hypothesis.json' });
  if (!result.ok) throw new Error(result.error);
  await addImportedAnnotations(result.annotations, [], result.claims, undefined, result.unplaced);
  return result;
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkAdd([docA]);
});

describe('the Unplaced list', () => {
  it('keeps annotations whose article is missing, and places them when the article is imported', async () => {
    const word = docB.text.slice(quoteOf(docB.text, 'shelling').start).split(/\s/)[0]!;
    await importFile(hypothesisFile(word));
    expect(await db.annotations.count()).toBe(0);
    expect((await db.unplaced.toArray()).map((u) => u.note).sort()).toEqual([
      'Loaded word',
      'The whole article leans on one source.',
    ]);

    // Another article arrives: nothing fits it, nothing moves.
    expect(await placeWaitingAnnotations()).toEqual({ annotations: 0, pageNotes: 0 });

    await saveImportedDocuments([{ ...docB, url: PAGE }]);
    expect(await placeWaitingAnnotations()).toEqual({ annotations: 1, pageNotes: 1 });
    const [placed] = await db.annotations.toArray();
    expect(placed).toMatchObject({ documentId: docB.id, note: 'Loaded word', status: 'anchored' });
    expect(placed!.target.exact).toBe(word);
    // The page note stays a note on its article; the highlight left the list.
    expect(await db.unplaced.toArray()).toEqual([
      expect.objectContaining({ id: expect.any(String), documentId: docB.id }),
    ]);
  });

  it('never brings back an annotation deleted after it was placed, when the same file is imported again', async () => {
    const [row] = hypothesisFile('not in any article').rows;
    const elsewhere = 'https://elsewhere.example/x';
    const file = {
      rows: [{ ...row!, uri: elsewhere, target: [{ ...row!.target[0]!, source: elsewhere }] }],
    };
    await importFile(file);
    const [waiting] = await db.unplaced.toArray();
    expect(await placeOnDocument([waiting!], docA.id)).toEqual({ annotations: 1, pageNotes: 0 });
    const [placed] = await db.annotations.toArray();
    expect(placed).toMatchObject({ documentId: docA.id, status: 'orphaned' });
    await deleteAnnotation(placed!);

    await importFile(file);
    expect(await db.unplaced.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });
});
