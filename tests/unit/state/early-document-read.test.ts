import { beforeEach, describe, expect, it } from 'vitest';
import {
  earlyDocument,
  letGoEarlyDocument,
  onEarlyDocument,
  readDocumentEarly,
  takeEarlyAnnotations,
} from '../../../src/state/early-document-read';
import { pageDatabase as db } from '../../support/database';
import { annotate, docA, docB } from '../io/sample-data';

const later = annotate(docA, 'ministry');
const earlier = annotate(docA, 'slaughtered');

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.bulkPut([docA, docB]);
  await db.annotations.bulkPut([later, earlier]);
});

/** Resolves once the early read of `id` offers a document, or fails after `ms`. */
function documentRead(id: string, ms = 5000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no document within the time')), ms);
    const check = () => {
      const doc = earlyDocument(id);
      if (doc === undefined) return;
      clearTimeout(timer);
      stop();
      resolve(doc);
    };
    const stop = onEarlyDocument(check);
    check();
  });
}

/** Lets the database's change events of a write reach their listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('reading the opened document as the page starts', () => {
  it('hands over the document, and its annotations in reading order once', async () => {
    readDocumentEarly(docA.id);
    expect(await documentRead(docA.id)).toEqual(docA);
    const taken = await takeEarlyAnnotations(docA.id);
    expect(taken?.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(takeEarlyAnnotations(docA.id)).toBeUndefined();
    expect(earlyDocument(docB.id)).toBeUndefined();
    expect(takeEarlyAnnotations(docB.id)).toBeUndefined();
  });

  it('gives no annotations when any changed after the read began: the view reads them afresh', async () => {
    readDocumentEarly(docA.id);
    await documentRead(docA.id);
    await db.annotations.put({ ...earlier, note: 'changed in another tab' });
    await settle();
    expect(takeEarlyAnnotations(docA.id)).toBeUndefined();
  });

  it('withdraws the document when it changes, and tells who listens', async () => {
    readDocumentEarly(docA.id);
    await documentRead(docA.id);
    let told = 0;
    const stop = onEarlyDocument(() => (told += 1));
    await db.documents.put({ ...docB, title: 'Another document changed' });
    await settle();
    expect(earlyDocument(docA.id)).toEqual(docA);
    await db.documents.put({ ...docA, text: `${docA.text}\nA new line.` });
    await settle();
    expect(earlyDocument(docA.id)).toBeUndefined();
    expect(told).toBeGreaterThan(0);
    stop();
  });

  it('lets the document go once the live read has answered', async () => {
    readDocumentEarly(docA.id);
    await documentRead(docA.id);
    letGoEarlyDocument(docA.id);
    expect(earlyDocument(docA.id)).toBeUndefined();
    expect((await takeEarlyAnnotations(docA.id))?.length).toBe(2);
  });

  it('leaves a missing document for the live read to report', async () => {
    readDocumentEarly('no-such-document');
    await settle();
    expect(earlyDocument('no-such-document')).toBeUndefined();
    expect(await takeEarlyAnnotations('no-such-document')).toEqual([]);
  });
});
