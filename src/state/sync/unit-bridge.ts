/**
 * Keeps one shared unit (a Y.Doc) and the Dexie rows it mirrors in step, in passes. A pass reads
 * the rows, pushes what changed locally since the last agreed value (the base) into the Y.Doc
 * field by field, then writes what the Y.Doc holds back to the rows, each write guarded: a row
 * the user changed during the pass is left for the next pass, with its base unchanged, so the
 * user's edit is merged, never overwritten. The Y.Doc and the bases are saved after each pass,
 * so an edit made while offline or before a reload is found again and sent.
 */
import * as Y from 'yjs';
import {
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
import { sync, type GuardedWrite, type Row, type SavedUnit, type SyncedTable } from '../../storage';

/** One record map of a unit and the table it mirrors. */
export interface MapBinding {
  kind: 'map';
  name: string;
  map: RecordMap;
  shape: RecordShape;
  table: SyncedTable;
  /** The rows this map mirrors. */
  rows: () => Promise<Row[]>;
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

  constructor(
    readonly unitName: string,
    readonly doc: Y.Doc,
    private readonly bindings: () => Binding[],
    private readonly writable: () => boolean,
  ) {}

  /** The tables this unit mirrors: a change elsewhere needs no pass. */
  mirrors(tables: ReadonlySet<string>): boolean {
    return this.bindings().some((b) => tables.has(b.kind === 'map' ? b.table : 'documents'));
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
    for (const binding of this.bindings()) {
      if (binding.kind === 'map') await this.passMap(binding);
      else await this.passText(binding);
    }
    await this.save();
  }

  private async passMap(b: MapBinding): Promise<void> {
    const base = this.bases.get(b.name) ?? new Map<string, PlainRecord>();
    this.bases.set(b.name, base);
    const rows = new Map((await b.rows()).map((row) => [row.id, row]));
    const writable = this.writable();
    if (writable) {
      for (const id of new Set([...rows.keys(), ...base.keys()])) {
        const row = rows.get(id);
        const pushed = pushLocalChanges(b.map, row && b.toUnit(row), base.get(id), b.shape);
        if (pushed) this.pending.add(`${b.name}/${id}`);
      }
    }
    const writes: GuardedWrite[] = [];
    const agreed = new Map<string, PlainRecord>();
    for (const record of readRecords(b.map)) {
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
      if (next === null) continue;
      // A unit this member only reads: their own edits to their copy stay.
      const before = base.get(record.id);
      const baseRow = !writable && current && before ? b.toRow(before, current) : null;
      if (current && baseRow) next = keepLocalEdits(current, baseRow, next, b.shape);
      if (current && same(next, current)) agreed.set(record.id, record);
      else writes.push({ id: record.id, expected: current, next });
    }
    const applied = new Set(writes.length ? await sync.applyGuarded(b.table, writes) : []);
    for (const record of readRecords(b.map)) {
      if (agreed.has(record.id) || applied.has(record.id)) base.set(record.id, record);
    }
  }

  private async passText(b: TextBinding): Promise<void> {
    const current = await sync.row('documents', b.documentId);
    const local = typeof current?.text === 'string' ? current.text : undefined;
    if (this.writable() && local !== undefined && local !== this.textBase) {
      this.doc.transact(() => {
        if (this.textBase === undefined && b.text.length > 0) return;
        mergeTextEdit(b.text, this.textBase ?? '', local);
      });
      this.pending.add(`text/${b.documentId}`);
    }
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
