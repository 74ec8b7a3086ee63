/**
 * One app record (an annotation, a tag, an outlet, ...) as a Y.Map inside a shared document,
 * with each field under its own key so that concurrent edits to different fields both survive.
 * A record's shape names the fields that merge finer than "last writer wins": text fields
 * (a note) become Y.Text and merge as text; map fields (an annotation's tag-specific answers)
 * become nested Y.Maps and merge key by key. Writing sets only the fields that changed.
 *
 * Records are never removed from their map: deleting one writes a `deletedAt` tombstone, so a
 * late or offline copy can never bring it back (ARCHITECTURE.md §3).
 */
import * as Y from 'yjs';
import { applyTextDiff } from './text-diff';

export interface RecordShape {
  /** String fields kept as Y.Text. */
  readonly text?: readonly string[];
  /** Record<string, JSON> fields kept as nested Y.Maps. */
  readonly maps?: readonly string[];
}

export type PlainRecord = { id: string } & Record<string, unknown>;
export type RecordMap = Y.Map<Y.Map<unknown>>;

/** Writes `record` into `records` under its id, touching only the fields whose value changed. */
export function writeRecord<T extends { id: string }>(
  records: RecordMap,
  plain: T,
  shape: RecordShape = {},
): void {
  const record = plain as unknown as PlainRecord;
  inTransaction(records, () => {
    let target = records.get(record.id);
    if (!(target instanceof Y.Map)) {
      target = new Y.Map<unknown>();
      records.set(record.id, target);
    }
    const entry = target;
    for (const key of [...entry.keys()]) {
      if (record[key] === undefined) entry.delete(key);
    }
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue;
      if (shape.text?.includes(key) && typeof value === 'string') writeText(entry, key, value);
      else if (shape.maps?.includes(key) && isPlainObject(value)) writeMap(entry, key, value);
      else if (!sameValue(entry.get(key), value)) entry.set(key, value);
    }
  });
}

/** The plain record stored under `id`, or undefined when there is none. */
export function readRecord<T = PlainRecord>(records: RecordMap, id: string): T | undefined {
  const entry = records.get(id);
  return entry instanceof Y.Map ? (toPlain(entry) as T) : undefined;
}

/** Every record in the map, tombstones included (the caller decides what a tombstone hides). */
export function readRecords<T = PlainRecord>(records: RecordMap): T[] {
  const out: T[] = [];
  records.forEach((entry) => {
    if (entry instanceof Y.Map) out.push(toPlain(entry) as T);
  });
  return out;
}

/** Marks a record deleted; its id and fields stay so nothing older can resurrect it. */
export function tombstoneRecord(records: RecordMap, id: string, deletedAt: string): void {
  inTransaction(records, () => {
    const entry = records.get(id);
    if (entry instanceof Y.Map) entry.set('deletedAt', deletedAt);
    else
      records.set(
        id,
        new Y.Map<unknown>([
          ['id', id],
          ['deletedAt', deletedAt],
        ]),
      );
  });
}

function writeText(entry: Y.Map<unknown>, key: string, value: string): void {
  const current = entry.get(key);
  if (current instanceof Y.Text) applyTextDiff(current, value);
  else entry.set(key, new Y.Text(value));
}

function writeMap(entry: Y.Map<unknown>, key: string, value: Record<string, unknown>): void {
  let current = entry.get(key);
  if (!(current instanceof Y.Map)) {
    current = new Y.Map<unknown>();
    entry.set(key, current);
  }
  const map = current as Y.Map<unknown>;
  for (const existing of [...map.keys()]) {
    if (value[existing] === undefined) map.delete(existing);
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    if (fieldValue !== undefined && !sameValue(map.get(field), fieldValue))
      map.set(field, fieldValue);
  }
}

function toPlain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    value.forEach((field, key) => {
      out[key] = toPlain(field);
    });
    return out;
  }
  return value;
}

function inTransaction(map: { doc: Y.Doc | null }, fn: () => void): void {
  if (map.doc) map.doc.transact(fn);
  else fn();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
