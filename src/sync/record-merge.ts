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
  const edit = locateEdit(current, before, after);
  if (!edit) return applyTextDiff(text, after);
  if (edit.removed > 0) text.delete(edit.at, edit.removed);
  if (edit.inserted.length > 0) text.insert(edit.at, edit.inserted);
}

/**
 * The same for a plain string: `current` with the edit from `before` to `after` applied, or
 * `current` unchanged when the edited stretch is no longer there (the local text is kept).
 */
export function mergeStringEdit(current: string, before: string, after: string): string {
  if (current === before) return after;
  if (before === after) return current;
  const edit = locateEdit(current, before, after);
  if (!edit) return current;
  return current.slice(0, edit.at) + edit.inserted + current.slice(edit.at + edit.removed);
}

interface Edit {
  at: number;
  removed: number;
  inserted: string;
}

function locateEdit(current: string, before: string, after: string): Edit | undefined {
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
  const at = locate(current, head, removed, start);
  return at === undefined ? undefined : { at, removed: removed.length, inserted };
}

/**
 * A row that keeps what was changed here since `base` and takes what changed in the space
 * (`remote`) since then: for units this member only reads, so an edit of their own copy is
 * neither sent nor overwritten.
 */
export function keepLocalEdits<T extends Record<string, unknown>>(
  local: T,
  base: Record<string, unknown>,
  remote: Record<string, unknown>,
  shape: RecordShape,
): T {
  const out: Record<string, unknown> = { ...local };
  for (const key of new Set([...Object.keys(base), ...Object.keys(remote)])) {
    if (same(base[key], remote[key])) continue;
    const [mine, before, after] = [local[key], base[key], remote[key]];
    if (
      shape.text?.includes(key) &&
      typeof mine === 'string' &&
      typeof before === 'string' &&
      typeof after === 'string'
    )
      out[key] = mergeStringEdit(mine, before, after);
    else if (after === undefined) delete out[key];
    else out[key] = after;
  }
  return out as T;
}

/** Where `head + removed` is now: at the old place if it is still there, else the nearest match. */
function locate(current: string, head: string, removed: string, near: number): number | undefined {
  if (
    near <= current.length &&
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
