/**
 * Keeps one shared unit (a Y.Doc) and the Dexie rows it mirrors in step, in passes. A pass reads
 * the rows, pushes what changed locally since the last agreed value (the base) into the Y.Doc
 * field by field, then writes what the Y.Doc holds back to the rows, each write guarded: a row
 * the user changed during the pass is left for the next pass, with its base unchanged, so the
 * user's edit is merged, never overwritten. The Y.Doc and the bases are saved after each pass,
 * so an edit made while offline or before a reload is found again and sent.
 *
 * A pass looks only at the records that changed since the last one (rows named by the database's
 * change events, records touched in the Y.Doc), so a catalogue of many long documents is not
 * read whole on every keystroke; the first pass, and one after a change it cannot name, look
 * at everything.
 *
 * A document's text has no fields to merge: two devices that each insert the whole of the same
 * text into an empty unit make Yjs keep both, the text doubled. So a unit this member writes
 * sends no text before it has agreed on one (a base) or heard the server's (`heardFromServer`).
 */
import * as Y from 'yjs';
import {
  readRecord,
  readRecords,
  type PlainRecord,
  type RecordMap,
  type RecordShape,
} from '../../sync/record-map';
import {
  keepLocalEdits,
  mergeStringEdit,
  mergeTextEdit,
  pushLocalChanges,
  same,
} from '../../sync/record-merge';
import {
  sync,
  type ChangedRows,
  type GuardedWrite,
  type Row,
  type SavedUnit,
  type SyncedTable,
} from '../../storage';

/** One record map of a unit and the table it mirrors. */
export interface MapBinding {
  kind: 'map';
  name: string;
  map: RecordMap;
  shape: RecordShape;
  table: SyncedTable;
  /** The rows this map mirrors, or those of them among `ids`. */
  rows: (ids?: Iterable<string>) => Promise<Row[]>;
  /** A row as the unit holds it (e.g. without its local layer id). */
  toUnit: (row: Row) => PlainRecord;
  /** A unit record as a row, given the row there now; null: do not write it (yet). */
  toRow: (record: PlainRecord, current: Row | undefined) => Row | null;
  /** What a tombstone does here: delete the row (and leave an annotation tombstone), or keep it as a field. */
  onTombstone: (record: PlainRecord, current: Row) => GuardedWrite | null;
}

/** A document's text unit: one Y.Text mirrored into a document row's `text`. */
export interface TextBinding {
  kind: 'text';
  name: string;
  text: Y.Text;
  documentId: string;
  /** The document row as it should be with this text; null while its metadata has not arrived. */
  toRow: (text: string, current: Row | undefined) => Row | null;
}

export type Binding = MapBinding | TextBinding;

export class UnitBridge {
  private bases = new Map<string, Map<string, PlainRecord>>();
  private textBase: string | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** Records pushed to the server and not yet acknowledged. */
  readonly pending = new Set<string>();
  /** An owner's text kept back until the unit has heard from the server (see passText): not
   *  sent yet, so still waiting. */
  private textHeldBack = false;
  /** Per record map, the ids to look at in the next pass (`all`: every record and row). */
  private readonly dirty = new Map<string, Set<string> | 'all'>();
  private wasWritable: boolean | undefined;
  /** The unit has had the server's state once (the provider's first sync) since it was made. */
  private heard = false;

  constructor(
    readonly unitName: string,
    readonly doc: Y.Doc,
    private readonly bindings: () => Binding[],
    private readonly writable: () => boolean,
  ) {
    for (const binding of bindings()) {
      if (binding.kind !== 'map') continue;
      this.dirty.set(binding.name, 'all');
      binding.map.observeDeep((events) => {
        // What this bridge pushed from the rows needs no second look.
        if (events[0]?.transaction.origin === this) return;
        const ids = new Set<string>();
        for (const event of events) {
          if (event.target === binding.map)
            for (const id of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(id);
          else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
        }
        this.markDirty(binding.name, ids);
      });
    }
  }

  /**
   * Notes the rows changed locally that this unit mirrors; true when there are any (a pass is
   * then needed).
   */
  touch(changes: ChangedRows): boolean {
    let touched = false;
    for (const binding of this.bindings()) {
      const ids = changes.get(binding.kind === 'map' ? binding.table : 'documents');
      if (!ids) continue;
      if (binding.kind === 'text') {
        touched ||= ids === 'all' || ids.has(binding.documentId);
        continue;
      }
      this.markDirty(binding.name, ids);
      touched = true;
    }
    return touched;
  }

  private markDirty(name: string, ids: ReadonlySet<string> | 'all'): void {
    const now = this.dirty.get(name);
    if (now === 'all') return;
    if (ids === 'all') return void this.dirty.set(name, 'all');
    const next = now ?? new Set<string>();
    for (const id of ids) next.add(id);
    this.dirty.set(name, next);
  }

  /** Restores the saved state and bases (before the unit connects). */
  async load(): Promise<void> {
    const saved = await sync.loadUnit(this.unitName);
    if (!saved) return;
    Y.applyUpdate(this.doc, saved.state, 'storage');
    // Sent before the reload but perhaps never acknowledged: still waiting until the server says so.
    for (const id of saved.pending ?? []) this.pending.add(id);
    for (const [name, records] of Object.entries(saved.base)) {
      if (name === '#text') this.textBase = (records as { text?: { text?: string } }).text?.text;
      else this.bases.set(name, new Map(Object.entries(records) as [string, PlainRecord][]));
    }
  }

  /** Changes of this member's that the server does not have yet: pushed and unacknowledged, or
   *  an owner's text kept back until the first sync. */
  get waiting(): number {
    return this.pending.size + (this.textHeldBack ? 1 : 0);
  }

  /** Told by the session on the provider's first sync: the unit now holds what the server has. */
  heardFromServer(): void {
    this.heard = true;
  }

  /** Runs a pass now, or once more after the one running. */
  schedule(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        for (let i = 0; i < 20; i++) {
          this.again = false;
          await this.pass();
          if (!this.again) break;
        }
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async pass(): Promise<void> {
    // Edits kept while this member could only read are pushed once they may write: look again.
    const writable = this.writable();
    if (this.wasWritable !== undefined && writable !== this.wasWritable)
      for (const binding of this.bindings())
        if (binding.kind === 'map') this.dirty.set(binding.name, 'all');
    this.wasWritable = writable;
    for (const binding of this.bindings()) {
      if (binding.kind === 'map') await this.passMap(binding);
      else await this.passText(binding);
    }
    await this.save();
  }

  private async passMap(b: MapBinding): Promise<void> {
    const base = this.bases.get(b.name) ?? new Map<string, PlainRecord>();
    this.bases.set(b.name, base);
    const dirty = this.dirty.get(b.name);
    if (!dirty) return;
    this.dirty.delete(b.name);
    const only = dirty === 'all' ? undefined : dirty;
    const rows = new Map((await b.rows(only)).map((row) => [row.id, row]));
    const writable = this.writable();
    if (writable) {
      this.doc.transact(() => {
        for (const id of only ?? new Set([...rows.keys(), ...base.keys()])) {
          const row = rows.get(id);
          const pushed = pushLocalChanges(b.map, row && b.toUnit(row), base.get(id), b.shape);
          if (pushed) this.pending.add(`${b.name}/${id}`);
        }
      }, this);
    }
    const writes: GuardedWrite[] = [];
    const agreed = new Map<string, PlainRecord>();
    /** Not written this time (not ready, or the row changed meanwhile): looked at again next pass. */
    const retry = new Set<string>();
    const records = only ? readSome(b.map, only) : readRecords(b.map);
    for (const record of records) {
      const current = rows.get(record.id);
      if (record.deletedAt !== undefined) {
        if (!current) {
          agreed.set(record.id, record);
          continue;
        }
        const write = b.onTombstone(record, current);
        if (write) writes.push(write);
        else agreed.set(record.id, record);
        continue;
      }
      let next = b.toRow(record, current);
      if (next === null) {
        retry.add(record.id);
        continue;
      }
      // A unit this member only reads: their own edits to their copy stay.
      const before = base.get(record.id);
      const baseRow = !writable && current && before ? b.toRow(before, current) : null;
      if (current && baseRow) next = keepLocalEdits(current, baseRow, next, b.shape);
      if (current && same(next, current)) agreed.set(record.id, record);
      else writes.push({ id: record.id, expected: current, next });
    }
    const applied = new Set(writes.length ? await sync.applyGuarded(b.table, writes) : []);
    for (const write of writes) if (!applied.has(write.id)) retry.add(write.id);
    if (retry.size > 0) this.markDirty(b.name, retry);
    for (const record of only ? readSome(b.map, only) : readRecords(b.map)) {
      if (agreed.has(record.id) || applied.has(record.id)) base.set(record.id, record);
    }
  }

  private async passText(b: TextBinding): Promise<void> {
    const current = await sync.row('documents', b.documentId);
    const local = typeof current?.text === 'string' ? current.text : undefined;
    // Never agreed on a text and not yet heard the server's (just added, offline or not yet
    // synced): the server may hold this text already (another device of this owner, a co-owner:
    // seed articles have the same ids everywhere). Sending it now would double it; the copy
    // here is left as it is, and sent after the first sync.
    const holdBack = this.writable() && this.textBase === undefined && !this.heard;
    this.textHeldBack = holdBack && local !== undefined;
    if (holdBack) return;
    const held = b.text.toString();
    if (this.writable() && local !== undefined && local !== this.textBase && local !== held) {
      // With no base, the server's text (empty for a new share) is the base: a copy here that
      // differs from it is taken as this member's edit of it, merged the way any later edit is
      // (only the stretch that differs changes), rather than overwritten by the server's text
      // and lost. A text the unit already holds is not sent again.
      this.doc.transact(() => mergeTextEdit(b.text, this.textBase ?? held, local));
      this.pending.add(`text/${b.documentId}`);
    }
    // A unit this member only reads that has heard nothing yet (just added, and offline or not
    // yet synced) knows no text: its empty text is not the owner's. Writing it emptied the
    // member's copy of the document until the server answered.
    if (!this.writable() && this.doc.store.clients.size === 0) return;
    const remote = b.text.toString();
    if (remote === local) {
      this.textBase = remote;
      return;
    }
    let text = remote;
    // A text this member only reads, edited in their copy: keep the edit, take the owner's.
    if (!this.writable() && local !== undefined && this.textBase !== undefined) {
      if (remote === this.textBase) return;
      text = mergeStringEdit(local, this.textBase, remote);
    }
    const next = b.toRow(text, current);
    if (next === null) return;
    const applied = await sync.applyGuarded('documents', [
      { id: b.documentId, expected: current, next },
    ]);
    if (applied.length > 0) this.textBase = remote;
  }

  private save(): Promise<void> {
    const base: SavedUnit['base'] = {};
    for (const [name, records] of this.bases)
      base[name] = Object.fromEntries(records) as Record<string, Row>;
    if (this.textBase !== undefined) base['#text'] = { text: { id: 'text', text: this.textBase } };
    return sync
      .saveUnit(this.unitName, {
        state: Y.encodeStateAsUpdate(this.doc),
        base,
        pending: [...this.pending],
      })
      .then(() => undefined);
  }
}

function readSome(map: RecordMap, ids: Iterable<string>): PlainRecord[] {
  const out: PlainRecord[] = [];
  for (const id of ids) {
    const record = readRecord(map, id);
    if (record) out.push(record);
  }
  return out;
}
