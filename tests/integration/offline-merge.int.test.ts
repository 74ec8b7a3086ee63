/**
 * Two clients edit offline, then reconnect: the same annotation (from one member's two devices)
 * and the same text (two owners). Everything converges and nothing is lost: different fields of
 * one annotation both survive, notes merge as text, a deletion is a tombstone, and an annotation
 * whose passage was deleted on the other side is still there, to be anchored as an orphan.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { anchor } from '../../src/domain/anchoring/anchor';
import { describe as describeTarget } from '../../src/domain/anchoring/describe';
import type { Annotation } from '../../src/domain/types';
import { readRecord, readRecords, tombstoneRecord, writeRecord } from '../../src/sync/record-map';
import { ANNOTATION_SHAPE, documentText, layerRecords } from '../../src/sync/unit-docs';
import type { Unit } from '../../src/sync/unit-names';
import { Devices, until } from './support/clients';
import { castSpace, type Cast } from './support/class-space';
import { startServer, type ServerProcess } from './support/server-process';

const TEXT =
  'Officials said the ceasefire held overnight. Reports suggest hundreds fled the coast. ' +
  'The ministry blamed foreign agitators for the unrest.';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();

function annotation(id: string, quote: string, note: string): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    id,
    documentId: 'doc-1',
    layerId: 'layer-mine',
    tagIds: ['unattributed-claim'],
    target: describeTarget(TEXT, start, start + quote.length),
    note,
    fields: { shouldCite: '' },
    annotator: 'Ann',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2026-12-04T10:00:00.000Z',
    updatedAt: '2026-12-04T10:00:00.000Z',
  };
}

function edit(doc: Y.Doc, id: string, change: (record: Annotation) => Annotation): void {
  const records = layerRecords(doc, 'annotations');
  writeRecord(records, change(readRecord<Annotation>(records, id)!), ANNOTATION_SHAPE);
}

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
  await cast.api(cast.ann).registerLayer('ann-work');
});

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

it('merges offline edits to one annotation from two devices', async () => {
  const unit: Unit = {
    kind: 'layer',
    spaceId: cast.ann.spaceId,
    memberId: cast.ann.memberId,
    layerId: 'ann-work',
  };
  const [laptop, tablet] = [devices.connect(cast.ann), devices.connect(cast.ann)];
  const onLaptop = laptop.open(unit);
  await onLaptop.synced;
  const records = layerRecords(onLaptop.doc, 'annotations');
  writeRecord(records, annotation('a1', 'Reports suggest', 'Who reports?'), ANNOTATION_SHAPE);
  writeRecord(records, annotation('a2', 'foreign agitators', 'Loaded.'), ANNOTATION_SHAPE);
  await onLaptop.flushed();
  const onTablet = tablet.open(unit);
  await onTablet.synced;
  expect(readRecords(layerRecords(onTablet.doc, 'annotations'))).toHaveLength(2);

  await Promise.all([laptop.disconnect(), tablet.disconnect()]);
  edit(onLaptop.doc, 'a1', (a) => ({
    ...a,
    note: `${a.note} Name them.`,
    tagIds: ['loaded-language'],
  }));
  edit(onTablet.doc, 'a1', (a) => ({
    ...a,
    note: `Unsourced. ${a.note}`,
    fields: { shouldCite: 'the UNHCR' },
  }));
  edit(onLaptop.doc, 'a2', (a) => ({ ...a, note: 'Loaded: "agitators".' }));
  tombstoneRecord(layerRecords(onTablet.doc, 'annotations'), 'a2', '2026-12-04T11:00:00.000Z');
  laptop.reconnect();
  tablet.reconnect();

  // Maps iterate in each replica's own order: compare as sets of records.
  const state = (doc: Y.Doc) =>
    readRecords<Annotation>(layerRecords(doc, 'annotations')).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  const same = (a: Y.Doc, b: Y.Doc) => isDeepStrictEqual(state(a), state(b));
  await until(() => same(onLaptop.doc, onTablet.doc), 'the devices to converge');
  const a1 = readRecord<Annotation>(layerRecords(onTablet.doc, 'annotations'), 'a1')!;
  expect(a1.note).toBe('Unsourced. Who reports? Name them.');
  expect(a1.tagIds).toEqual(['loaded-language']);
  expect(a1.fields).toEqual({ shouldCite: 'the UNHCR' });
  const a2 = readRecord<Annotation & { deletedAt?: string }>(
    layerRecords(onLaptop.doc, 'annotations'),
    'a2',
  )!;
  expect(a2.deletedAt).toBe('2026-12-04T11:00:00.000Z');
  expect(a2.note).toBe('Loaded: "agitators".');

  // A third device that was never offline gets the same merged state from the server.
  const later = devices.connect(cast.ann).open(unit);
  await later.synced;
  await until(() => same(later.doc, onLaptop.doc), 'a fresh device to catch up');
});

it('merges offline text edits from two owners and keeps an annotation whose passage went', async () => {
  const unit: Unit = { kind: 'text', spaceId: cast.teacher.spaceId, documentId: 'doc-1' };
  const [teacher, coOwner] = [devices.connect(cast.teacher), devices.connect(cast.coOwner)];
  const mine = teacher.open(unit);
  await mine.synced;
  documentText(mine.doc).insert(0, TEXT);
  await mine.flushed();
  const theirs = coOwner.open(unit);
  await theirs.synced;
  await until(() => documentText(theirs.doc).toString() === TEXT, 'the text to arrive');

  await Promise.all([teacher.disconnect(), coOwner.disconnect()]);
  const passage = 'Reports suggest hundreds fled the coast. ';
  documentText(mine.doc).delete(TEXT.indexOf(passage), passage.length);
  documentText(theirs.doc).insert(TEXT.length, ' Both sides deny it.');
  documentText(theirs.doc).insert(0, 'UPDATED: ');
  teacher.reconnect();
  coOwner.reconnect();

  const expected =
    'UPDATED: Officials said the ceasefire held overnight. ' +
    'The ministry blamed foreign agitators for the unrest. Both sides deny it.';
  await until(
    () =>
      documentText(mine.doc).toString() === expected &&
      documentText(theirs.doc).toString() === expected,
    'the texts to converge',
  );
  // The annotation on the deleted passage is still stored; anchoring it now makes it an orphan,
  // and one on surviving text finds its new place.
  const orphan = annotation('a1', 'Reports suggest', '');
  const kept = annotation('a3', 'foreign agitators', '');
  expect(anchor(expected, orphan.target).status).toBe('orphaned');
  expect(anchor(expected, kept.target)).toMatchObject({
    status: 'anchored',
    start: expected.indexOf('foreign agitators'),
  });
});
