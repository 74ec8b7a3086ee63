/**
 * Three-way merge between a local copy of a record (what the app's own store holds now), the
 * base (the last value the store and the shared document agreed on) and the shared document.
 * Only what changed locally since the base goes into the shared document, field by field, so a
 * field another member changed meanwhile is kept; a note is merged as text. A record the store
 * no longer holds, but the base had, is tombstoned, never removed.
 */
import * as Y from 'yjs';
import {
  readRecord,
  tombstoneRecord,
  writeRecord,
  type PlainRecord,
  type RecordMap,
} from './record-map';
import type { RecordShape } from './record-map';
import { applyTextDiff } from './text-diff';

/** True when the shared document changed. */
export function pushLocalChanges(
  records: RecordMap,
  local: PlainRecord | undefined,
  base: PlainRecord | undefined,
  shape: RecordShape,
  now: () => string = () => new Date().toISOString(),
): boolean {
  const doc = records.doc;
  let changed = false;
  const run = (fn: () => void) => (doc ? doc.transact(fn) : fn());
  run(() => {
    if (!local) {
      if (base && base.deletedAt === undefined) {
        const current = records.get(base.id);
        if (!(current instanceof Y.Map) || current.get('deletedAt') === undefined) {
          tombstoneRecord(records, base.id, now());
          changed = true;
        }
      }
      return;
    }
    const entry = records.get(local.id);
    if (!(entry instanceof Y.Map)) {
      writeRecord(records, local, shape);
      changed = true;
      return;
    }
    if (!base) {
      // Never agreed before (joined with work on both sides): the later edit wins, field by field.
      const remote = readRecord(records, local.id);
      if (!remote || String(local.updatedAt ?? '') > String(remote.updatedAt ?? '')) {
        writeRecord(records, local, shape);
        changed = true;
      }
      return;
    }
    for (const key of new Set([...Object.keys(local), ...Object.keys(base)])) {
      const mine = local[key];
      const before = base[key];
      if (same(mine, before)) continue;
      changed = true;
      if (mine === undefined) entry.delete(key);
      else if (shape.text?.includes(key) && typeof mine === 'string')
        mergeText(entry, key, typeof before === 'string' ? before : '', mine);
      else if (shape.maps?.includes(key) && isObject(mine))
        mergeMap(entry, key, isObject(before) ? before : {}, mine);
      else entry.set(key, mine);
    }
  });
  return changed;
}

/**
 * Applies the edit that turned `before` into `after` to a Y.Text that others may have changed
 * meanwhile: the edited stretch is found again by the text around it.
 */
export function mergeTextEdit(text: Y.Text, before: string, after: string): void {
  const current = text.toString();
  if (current === before) return applyTextDiff(text, after);
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < shortest - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const removed = before.slice(start, before.length - end);
  const inserted = after.slice(start, after.length - end);
  const head = before.slice(Math.max(0, start - 16), start);
  const anchor = locate(current, head, removed, start);
  if (anchor === undefined) return applyTextDiff(text, after);
  if (removed.length > 0) text.delete(anchor, removed.length);
  if (inserted.length > 0) text.insert(anchor, inserted);
}

function locate(current: string, head: string, removed: string, near: number): number | undefined {
  if (
    current.slice(near, near + removed.length) === removed &&
    current.slice(near - head.length, near) === head
  )
    return near;
  const candidates: number[] = [];
  let from = 0;
  for (let i = 0; i < 1000; i++) {
    const at = current.indexOf(head + removed, from);
    if (at < 0) break;
    candidates.push(at + head.length);
    from = at + 1;
  }
  if (candidates.length === 0) return undefined;
  return candidates.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
}

function mergeText(entry: Y.Map<unknown>, key: string, before: string, after: string): void {
  const current = entry.get(key);
  if (current instanceof Y.Text) mergeTextEdit(current, before, after);
  else entry.set(key, new Y.Text(after));
}

function mergeMap(
  entry: Y.Map<unknown>,
  key: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  let current = entry.get(key);
  if (!(current instanceof Y.Map)) {
    current = new Y.Map<unknown>();
    entry.set(key, current);
  }
  const map = current as Y.Map<unknown>;
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[field], after[field])) continue;
    if (after[field] === undefined) map.delete(field);
    else map.set(field, after[field]);
  }
}

/** Deep equality of JSON values, whatever the order of their keys. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
