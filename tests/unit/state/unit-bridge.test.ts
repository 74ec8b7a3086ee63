import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { catalogueBindings, layerBindings, textBindings } from '../../../src/state/sync/bindings';
import { UnitBridge, type Binding } from '../../../src/state/sync/unit-bridge';
import { readRecord, writeRecord } from '../../../src/sync/record-map';
import { ANNOTATION_SHAPE, catalogueRecords, layerRecords } from '../../../src/sync/unit-docs';
import { sync as storage } from '../../../src/storage';
import { pageDatabase as db } from '../../support/database';
import { annotate, docA, docB } from '../io/sample-data';

/**
 * The bridge between Dexie and one shared unit, with the other side of the network played by a
 * second Y.Doc: what a member edits here and what arrives from the space both end up in both
 * places, field by field, and nothing is lost across a reload.
 */
const LAYER = 'layer-mine';
const mark = annotate(docA, 'north', { note: 'Loaded.', tagIds: ['loaded-language'] });

function bridgeOver(doc: Y.Doc) {
  const bindings = layerBindings(doc, LAYER);
  return listening(
    new UnitBridge(
      'space/layer/me/layer-mine',
      doc,
      () => bindings,
      () => true,
    ),
  );
}

/** As the session does: the bridge hears which rows changed here, and looks at those. */
const unsubscribes: (() => void)[] = [];
function listening(bridge: UnitBridge): UnitBridge {
  unsubscribes.push(storage.onChange((changes) => bridge.touch(changes)));
  return bridge;
}
/** Dexie tells of a committed change a moment later. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

/** The server's copy of the unit, and a way to exchange updates with it. */
function remoteOf(local: Y.Doc) {
  const remote = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local, Y.encodeStateVector(remote)), 'net');
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)), 'net');
  };
  return { remote, sync, records: layerRecords(remote, 'annotations') };
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.documents.add(docA);
  await db.annotations.add(mark);
});

describe('UnitBridge: a layer unit and its Dexie rows', () => {
  it('shares the layer, then merges an edit from each side to different fields', async () => {
    const doc = new Y.Doc();
    const bridge = bridgeOver(doc);
    await bridge.schedule();
    const { sync, records } = remoteOf(doc);
    sync();
    expect(readRecord(records, mark.id)).toMatchObject({
      note: 'Loaded.',
      tagIds: ['loaded-language'],
    });
    expect(readRecord(records, mark.id)).not.toHaveProperty('layerId');

    // Elsewhere the note changes; here the tags do.
    writeRecord(
      records,
      { ...readRecord(records, mark.id)!, note: 'Loaded, and vague.' },
      ANNOTATION_SHAPE,
    );
    await db.annotations.update(mark.id, { tagIds: ['unattributed-claim'] });
    sync();
    await bridge.schedule();
    sync();

    const here = await db.annotations.get(mark.id);
    expect(here).toMatchObject({
      note: 'Loaded, and vague.',
      tagIds: ['unattributed-claim'],
      layerId: LAYER,
    });
    expect(readRecord(records, mark.id)).toMatchObject({
      note: 'Loaded, and vague.',
      tagIds: ['unattributed-claim'],
    });
  });

  it('turns a deletion elsewhere into a tombstone here, and a deletion here into one there', async () => {
    const other = annotate(docA, 'north', { tagIds: ['loaded-language'] });
    await db.annotations.add(other);
    const doc = new Y.Doc();
    const bridge = bridgeOver(doc);
    await bridge.schedule();
    const { sync, records } = remoteOf(doc);
    sync();

    records.get(mark.id)!.set('deletedAt', '2026-03-01T00:00:00.000Z');
    sync();
    await bridge.schedule();
    expect(await db.annotations.get(mark.id)).toBeUndefined();
    expect(await db.tombstones.get(mark.id)).toMatchObject({ layerId: LAYER, documentId: docA.id });

    await db.annotations.delete(other.id);
    await settled();
    await bridge.schedule();
    sync();
    expect(readRecord(records, other.id)).toHaveProperty('deletedAt');
    expect(readRecord(records, other.id)).toHaveProperty('target');
  });

  it('finds an edit made while the page was closed, and keeps what arrived meanwhile', async () => {
    const first = new Y.Doc();
    await bridgeOver(first).schedule();
    const { remote, sync, records } = remoteOf(first);
    sync();

    // The page closes; the note is changed here (say, in another tab, before the reload) and the
    // tags elsewhere.
    await db.annotations.update(mark.id, { note: 'Loaded. See the quote.' });
    writeRecord(
      records,
      { ...readRecord(records, mark.id)!, tagIds: ['outlet-affiliation'] },
      ANNOTATION_SHAPE,
    );

    const reopened = new Y.Doc();
    const bridge = bridgeOver(reopened);
    await bridge.load();
    await bridge.schedule();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(reopened, Y.encodeStateVector(remote)));
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(reopened)), 'net');
    await bridge.schedule();

    expect(await db.annotations.get(mark.id)).toMatchObject({
      note: 'Loaded. See the quote.',
      tagIds: ['outlet-affiliation'],
    });
    expect(bridge.pending.size).toBeGreaterThan(0);
  });

  it('refuses a record from the space that is not a valid annotation', async () => {
    const doc = new Y.Doc();
    const bridge = bridgeOver(doc);
    const { sync, records } = remoteOf(doc);
    writeRecord(records, { id: 'bad', documentId: docA.id, tagIds: 'not a list' });
    sync();
    await bridge.schedule();
    expect(await db.annotations.get('bad')).toBeUndefined();
    expect(await db.annotations.get(mark.id)).toBeDefined();
  });
});

/** A document text unit for docA, its metadata in the catalogue; `writable`: an owner's. */
function textUnitBridge(doc: Y.Doc, writable: boolean): UnitBridge {
  const catalogue = new Y.Doc();
  writeRecord(catalogue.getMap('documents') as never, { ...docA, text: undefined });
  const bindings = textBindings(doc, catalogue, docA.id);
  return new UnitBridge(
    'space/text/doc-a',
    doc,
    () => bindings,
    () => writable,
  );
}

describe('UnitBridge: a document text unit', () => {
  it('makes the document from the catalogue and the text, then merges text edits from both sides', async () => {
    await db.documents.clear();
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'Fighting in the north. Residents fled.');
    const bridge = textUnitBridge(doc, true);
    // The text came from the server.
    bridge.heardFromServer();
    await bridge.schedule();
    expect(await db.documents.get(docA.id)).toMatchObject({
      title: docA.title,
      text: 'Fighting in the north. Residents fled.',
    });

    await db.documents.update(docA.id, { text: 'Heavy fighting in the north. Residents fled.' });
    doc.getText('text').insert(doc.getText('text').length, ' Many.');
    await bridge.schedule();
    expect(doc.getText('text').toString()).toBe(
      'Heavy fighting in the north. Residents fled. Many.',
    );
    expect((await db.documents.get(docA.id))?.text).toBe(
      'Heavy fighting in the north. Residents fled. Many.',
    );
  });
});

/** The server's copy of a text unit holding `text`, as another device of the owner shared it. */
function serverText(text: string): Y.Doc {
  const server = new Y.Doc();
  server.getText('text').insert(0, text);
  return server;
}

/** Exchanges updates between the unit here and the server's copy. */
function exchange(doc: Y.Doc, server: Y.Doc): void {
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)), 'net');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)), 'net');
}

/** An owner's new text unit: a pass before it hears from the server, then its first sync. */
async function firstContact(server: Y.Doc): Promise<{ doc: Y.Doc; bridge: UnitBridge }> {
  const doc = new Y.Doc();
  const bridge = textUnitBridge(doc, true);
  await bridge.schedule();
  exchange(doc, server);
  bridge.heardFromServer();
  await bridge.schedule();
  return { doc, bridge };
}

describe('UnitBridge: an owner’s text unit that has not yet heard from the server', () => {
  it('sends nothing and leaves the copy alone (offline, say), then shares it after the first sync', async () => {
    const doc = new Y.Doc();
    const bridge = textUnitBridge(doc, true);
    await bridge.schedule();
    expect(doc.getText('text').toString()).toBe('');
    expect((await db.documents.get(docA.id))?.text).toBe(docA.text);
    // Not sent yet: the header counts it as waiting, not as synced.
    expect(bridge.waiting).toBe(1);

    // The server had nothing: a new share.
    bridge.heardFromServer();
    await bridge.schedule();
    expect(doc.getText('text').toString()).toBe(docA.text);
    expect((await db.documents.get(docA.id))?.text).toBe(docA.text);
    expect(bridge.waiting).toBe(1); // sent, until the server acknowledges it
  });

  it('agrees with a server that already holds the same text, and never doubles it', async () => {
    const server = serverText(docA.text);
    const { doc, bridge } = await firstContact(server);
    expect(bridge.waiting).toBe(0); // agreed: nothing to send
    exchange(doc, server);
    expect(server.getText('text').toString()).toBe(docA.text);
    expect(doc.getText('text').toString()).toBe(docA.text);
    expect((await db.documents.get(docA.id))?.text).toBe(docA.text);

    // Agreed: a later edit here goes once.
    await db.documents.update(docA.id, { text: `${docA.text} Updated.` });
    await bridge.schedule();
    exchange(doc, server);
    expect(server.getText('text').toString()).toBe(`${docA.text} Updated.`);
  });

  it('takes a different copy here as an edit of the server’s text, keeping what the server adds', async () => {
    await db.documents.update(docA.id, { text: 'Heavy fighting in the north. Residents fled.' });
    const server = serverText('Fighting in the north. Residents fled.');
    const { doc, bridge } = await firstContact(server);
    // Meanwhile, on the owner's other device.
    server.getText('text').insert(server.getText('text').length, ' Many.');
    exchange(doc, server);
    await bridge.schedule();

    const merged = 'Heavy fighting in the north. Residents fled. Many.';
    expect(server.getText('text').toString()).toBe(merged);
    expect((await db.documents.get(docA.id))?.text).toBe(merged);
  });
});

describe('UnitBridge: a unit this member only reads', () => {
  it('keeps an edit made to their own copy, and still takes the owner’s later changes', async () => {
    const doc = new Y.Doc();
    const records = layerRecords(doc, 'annotations');
    writeRecord(records, { ...mark, layerId: undefined }, ANNOTATION_SHAPE);
    await db.annotations.clear();
    const bindings = layerBindings(doc, LAYER);
    const bridge = new UnitBridge(
      'space/layer/them/x',
      doc,
      () => bindings,
      () => false,
    );
    await bridge.schedule();
    expect(await db.annotations.get(mark.id)).toMatchObject({ note: 'Loaded.' });

    // Here the copy's note is extended; in the space the owner changes the tags.
    await db.annotations.update(mark.id, { note: 'Loaded. (my reminder)' });
    await bridge.schedule();
    writeRecord(
      records,
      { ...readRecord(records, mark.id)!, tagIds: ['outlet-affiliation'] },
      ANNOTATION_SHAPE,
    );
    await bridge.schedule();
    expect(await db.annotations.get(mark.id)).toMatchObject({
      note: 'Loaded. (my reminder)',
      tagIds: ['outlet-affiliation'],
    });
    // Nothing of the local edit went into the unit.
    expect(readRecord(records, mark.id)).toMatchObject({ note: 'Loaded.' });
  });

  it('leaves their copy’s text alone until the owner’s text has arrived (offline, say)', async () => {
    // The unit is new and has heard nothing from the server yet: its text is empty.
    const doc = new Y.Doc();
    const bridge = textUnitBridge(doc, false);
    await bridge.schedule();
    expect((await db.documents.get(docA.id))?.text).toBe(docA.text);

    // Once the server's copy arrives, the owner's text is taken.
    const owner = new Y.Doc();
    owner.getText('text').insert(0, 'Fighting in the north. Residents fled. Many.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(owner), 'net');
    await bridge.schedule();
    expect((await db.documents.get(docA.id))?.text).toBe(
      'Fighting in the north. Residents fled. Many.',
    );
  });

  it('takes the owner’s text once it arrives, even when the owner emptied it', async () => {
    const owner = new Y.Doc();
    owner.getText('text').insert(0, docA.text);
    owner.getText('text').delete(0, docA.text.length);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(owner), 'net');
    const bridge = textUnitBridge(doc, false);
    await bridge.schedule();
    expect((await db.documents.get(docA.id))?.text).toBe('');
  });

  it('merges the owner’s text edit into a text the member corrected in their copy', async () => {
    await db.documents.clear();
    const doc = new Y.Doc();
    const text = doc.getText('text');
    text.insert(0, 'Fighting in the nrth. Residents fled.');
    const bridge = textUnitBridge(doc, false);
    await bridge.schedule();
    await db.documents.update(docA.id, { text: 'Fighting in the north. Residents fled.' });
    await bridge.schedule();
    text.insert(text.length, ' Many.');
    await bridge.schedule();
    expect((await db.documents.get(docA.id))?.text).toBe(
      'Fighting in the north. Residents fled. Many.',
    );
    expect(text.toString()).toBe('Fighting in the nrth. Residents fled. Many.');
  });
});

describe('UnitBridge: the catalogue, passes that look only at what changed', () => {
  it('sends a change to one document and takes one from the space, reading only that row', async () => {
    await db.documents.add(docB);
    const doc = new Y.Doc();
    const read: (string[] | 'all')[] = [];
    const bindings: Binding[] = catalogueBindings(doc, true).map((b) =>
      b.kind === 'map' && b.table === 'documents'
        ? {
            ...b,
            rows: (ids?: Iterable<string>) => (read.push(ids ? [...ids] : 'all'), b.rows(ids)),
          }
        : b,
    );
    const bridge = listening(
      new UnitBridge(
        'space/catalogue',
        doc,
        () => bindings,
        () => true,
      ),
    );
    await bridge.schedule();
    expect(read).toEqual(['all']);
    const { remote, sync } = remoteOf(doc);
    sync();

    read.length = 0;
    await db.documents.update(docB.id, { title: 'Renamed here' });
    await settled();
    await bridge.schedule();
    sync();
    expect(read).toEqual([[docB.id]]);
    expect(readRecord(catalogueRecords(doc, 'documents'), docB.id)).toMatchObject({
      title: 'Renamed here',
    });

    read.length = 0;
    writeRecord(catalogueRecords(remote, 'documents'), {
      ...readRecord(catalogueRecords(remote, 'documents'), docA.id)!,
      title: 'Renamed in the space',
    });
    sync();
    await bridge.schedule();
    expect(read).toEqual([[docA.id]]);
    expect(await db.documents.get(docA.id)).toMatchObject({
      title: 'Renamed in the space',
      text: docA.text,
    });
  });
});
