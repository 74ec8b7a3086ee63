/**
 * A joined space, running: one WebSocket to the server, one Y.Doc per unit this member may read
 * (the catalogue, each document's text, their own layers, the layers and keys they may see),
 * each kept in step with the Dexie tables by a UnitBridge. Loaded by dynamic import only when a
 * space is joined, so the solo app never loads Yjs nor opens a socket.
 *
 * The space's rules come from the server's summary, asked again every few seconds: new members'
 * layers appear, a submitted lesson's layer becomes read-only, a revealed key arrives.
 */
import * as Y from 'yjs';
import { WebSocketStatus } from '@hocuspocus/provider';
import { accessTo, type Access } from '../../sync/permissions';
import { SpaceApi, SyncApiError } from '../../sync/space-api';
import { SpaceConnection, type OpenUnit } from '../../sync/space-connection';
import { layerKey, type SpacePolicy } from '../../sync/space-policy';
import { readRecords } from '../../sync/record-map';
import { catalogueRecords, layerMeta } from '../../sync/unit-docs';
import { unitName, type Unit } from '../../sync/unit-names';
import type { SpaceSummary } from '../../sync/api-types';
import { lessonKeyLayerId, lessonWorkLayerId } from '../../domain/layers';
import { sync, type ChangedRows, type Row } from '../../storage';
import { catalogueBindings, keyBindings, layerBindings, textBindings } from './bindings';
import { UnitBridge, type Binding } from './unit-bridge';
import { ensureOwnLayer, ensureSharedLayer, ensureSubmission, setLayer } from './local-layers';
import { sharedLayerId } from './shared-ids';
import { useSharingStore, type StoredMembership, type SyncStatus } from './sharing-store';
import { watchReadOnlyShared } from './watch-read-only';
import { sharedAsOwn } from './own-layers';

interface Shared {
  unit: Unit;
  doc: Y.Doc;
  bridge: UnitBridge;
  open?: OpenUnit;
  /** The local layer it mirrors (layer and key units). */
  layerId?: string;
}

const POLL_MS = 4000;

export class SpaceSession {
  readonly api: SpaceApi;
  readonly connection: SpaceConnection;
  private readonly shared = new Map<string, Shared>();
  private policy: SpacePolicy | undefined;
  private summary: SpaceSummary | undefined;
  private registered = new Set<string>();
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private why: string | undefined;
  private reconciling: Promise<void> | undefined;

  constructor(readonly member: StoredMembership) {
    this.api = new SpaceApi(member);
    this.connection = new SpaceConnection(member, { reconnectDelay: 500 });
    this.connection.socket.on('status', () => this.report());
    this.connection.socket.on('close', ({ event }: { event?: { code?: number } }) => {
      if (event?.code === 1006 || event?.code === undefined)
        this.why = `no answer from ${new URL(member.serverUrl).host}`;
      this.report();
    });
  }

  async start(): Promise<void> {
    const owner = this.member.role === 'owner';
    const catalogue = await this.add({ kind: 'catalogue', spaceId: this.member.spaceId }, (doc) =>
      catalogueBindings(doc, owner),
    );
    const unwatch = watchReadOnlyShared(catalogue.doc, owner);
    const unsubscribe = sync.onChange((tables) => this.localChanged(tables));
    this.unsubscribe = () => {
      unwatch();
      unsubscribe();
    };
    await this.refresh();
    this.poll = setInterval(() => void this.refresh(), POLL_MS);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.poll);
    clearTimeout(this.changeTimer);
    this.connection.close();
  }

  /** Waits (at most `timeoutMs`) until every local change so far has reached the server. */
  async flushed(timeoutMs = 5000): Promise<void> {
    await this.refresh();
    const all = Promise.all(
      [...this.shared.values()].map(async (s) => {
        await s.bridge.schedule();
        await s.open?.flushed();
      }),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([all, late]);
    clearTimeout(timer);
  }

  /** Asks the server for the space's rules, then opens and closes units to match. */
  async refresh(): Promise<void> {
    if (this.stopped) return;
    try {
      this.summary = await this.api.summary();
      this.policy = this.summary.policy;
      useSharingStore.getState().setSummary(this.summary);
      this.why = undefined;
    } catch (error) {
      this.why = describe(error, this.member.serverUrl);
    }
    this.reconciling ??= this.reconcile().finally(() => (this.reconciling = undefined));
    await this.reconciling;
    this.report();
  }

  access(unit: Unit): Access {
    if (this.policy) return accessTo(this.policy, this.member.memberId, unit);
    // Before the first summary (offline): what the role alone allows.
    if (unit.kind === 'layer') return unit.memberId === this.member.memberId ? 'write' : 'none';
    if (this.member.role === 'owner') return 'write';
    return unit.kind === 'key' ? 'none' : 'read';
  }

  private writable(unit: Unit): boolean {
    const open = this.shared.get(unitName(unit))?.open;
    return this.access(unit) === 'write' && !open?.readOnly;
  }

  private async reconcile(): Promise<void> {
    const { spaceId, memberId } = this.member;
    const catalogue = this.shared.get(unitName({ kind: 'catalogue', spaceId }));
    if (!catalogue) return;
    const wanted = new Set<string>([catalogue.bridge.unitName]);
    // Texts of the catalogue's documents.
    for (const doc of readRecords(catalogueRecords(catalogue.doc, 'documents'))) {
      const unit: Unit = { kind: 'text', spaceId, documentId: doc.id };
      wanted.add(unitName(unit));
      await this.add(unit, (d) => textBindings(d, catalogue.doc, doc.id));
    }
    // A student's own layer for each lesson the class has, as opening a lesson pack makes it.
    if (this.member.role !== 'owner') {
      for (const lesson of readRecords(catalogueRecords(catalogue.doc, 'lessons'))) {
        if (lesson.deletedAt) continue;
        await ensureOwnLayer(this.member.name, lessonWorkLayerId(lesson.id), {
          kind: 'lesson-work',
          lessonId: lesson.id,
          label: `My work: ${String(lesson.title)}`,
        });
      }
    }
    // This member's own layers.
    const layers = await sync.rows('layers');
    for (const layer of layers) {
      if (!sharedAsOwn(layer)) continue;
      const unit: Unit = { kind: 'layer', spaceId, memberId, layerId: layer.id };
      wanted.add(unitName(unit));
      await this.add(
        unit,
        (d) => layerBindings(d, layer.id),
        layer.id,
        () => this.register(layer),
      );
      const access = this.access(unit);
      if (access === 'read' && !layer.readOnly) await setLayer(layer, { ...layer, readOnly: true });
    }
    // Lesson keys: owners write them; members read them once revealed.
    for (const lesson of readRecords(catalogueRecords(catalogue.doc, 'lessons'))) {
      if (lesson.deletedAt) continue;
      const unit: Unit = { kind: 'key', spaceId, lessonId: lesson.id };
      if (this.access(unit) === 'none') continue;
      const layerId = lessonKeyLayerId(lesson.id);
      wanted.add(unitName(unit));
      const fields = {
        kind: 'lesson-key',
        lessonId: lesson.id,
        label: `Key: ${String(lesson.title)}`,
      };
      // Before its annotations arrive, so they never show without their layer: read-only for a
      // member once revealed; a co-owner who did not write the lesson gets a key they may edit.
      if (this.access(unit) === 'read') await ensureSharedLayer(layerId, { ...fields, owner: '' });
      else await ensureOwnLayer(this.member.name, layerId, fields);
      await this.add(unit, (d) => keyBindings(d, layerId), layerId);
    }
    // Other members' layers this member may read.
    for (const [key, info] of Object.entries(this.policy?.layers ?? {})) {
      if (info.memberId === memberId) continue;
      const layerId = key.slice(info.memberId.length + 1);
      const unit: Unit = { kind: 'layer', spaceId, memberId: info.memberId, layerId };
      if (this.access(unit) === 'none') continue;
      wanted.add(unitName(unit));
      const local = sharedLayerId(info.memberId, layerId);
      const added = await this.add(unit, (d) => layerBindings(d, local), local);
      await this.describeLayer(added, info.memberId, info.lessonId);
      if (info.lessonId && this.member.role === 'owner' && this.member.kind === 'class')
        await ensureSubmission(
          info.memberId,
          this.summary?.members.find((m) => m.id === info.memberId)?.name,
          info.lessonId,
          local,
        );
    }
    for (const [name, shared] of this.shared) {
      if (wanted.has(name)) continue;
      shared.open?.close();
      this.shared.delete(name);
    }
  }

  /** Adds (or returns) a unit: its saved state loaded, its bridge run, its provider opened. */
  private async add(
    unit: Unit,
    bindings: (doc: Y.Doc) => Binding[],
    layerId?: string,
    beforeOpen?: () => Promise<boolean>,
  ): Promise<Shared> {
    const name = unitName(unit);
    const existing = this.shared.get(name);
    if (existing) {
      if (!existing.open) await this.connect(existing, beforeOpen);
      return existing;
    }
    const doc = new Y.Doc();
    const list = bindings(doc);
    const bridge = new UnitBridge(
      name,
      doc,
      () => list,
      () => this.writable(unit),
    );
    const shared: Shared = { unit, doc, bridge, layerId };
    this.shared.set(name, shared);
    await bridge.load();
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      // From the server (not this bridge's own pushes, nor the saved state): take it in.
      if (origin !== null && origin !== 'storage' && origin !== bridge)
        void bridge.schedule().then(() => this.report());
    });
    await bridge.schedule();
    await this.connect(shared, beforeOpen);
    return shared;
  }

  private async connect(shared: Shared, beforeOpen?: () => Promise<boolean>): Promise<void> {
    if (this.stopped || shared.open) return;
    if (this.access(shared.unit) === 'none') return;
    if (beforeOpen && !(await beforeOpen())) return;
    const open = this.connection.open(shared.unit, shared.doc);
    shared.open = open;
    open.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) shared.bridge.pending.clear();
      this.report();
    });
    open.synced.then(
      () => {
        shared.bridge.heardFromServer();
        void shared.bridge.schedule().then(() => this.report());
      },
      () => this.report(),
    );
  }

  /** The server must know a layer (and its lesson) before it is opened. */
  private async register(layer: Row): Promise<boolean> {
    if (this.registered.has(layer.id)) return true;
    const known = this.policy?.layers[layerKey(this.member.memberId, layer.id)];
    try {
      if (!known) await this.api.registerLayer(layer.id, layer.lessonId as string | undefined);
      this.registered.add(layer.id);
    } catch (error) {
      this.why = describe(error, this.member.serverUrl);
      return false;
    }
    const shared = this.shared.get(
      unitName({
        kind: 'layer',
        spaceId: this.member.spaceId,
        memberId: this.member.memberId,
        layerId: layer.id,
      }),
    );
    if (shared) {
      const meta = layerMeta(shared.doc);
      shared.doc.transact(() => {
        for (const key of ['label', 'kind', 'lessonId', 'owner'])
          if (layer[key] !== undefined && meta.get(key) !== layer[key]) meta.set(key, layer[key]);
        if (meta.get('owner') !== this.member.name) meta.set('owner', this.member.name);
      });
    }
    return true;
  }

  private async describeLayer(shared: Shared, memberId: string, lessonId?: string): Promise<void> {
    const meta = layerMeta(shared.doc);
    const name =
      this.summary?.members.find((m) => m.id === memberId)?.name ??
      (meta.get('owner') as string | undefined) ??
      'A member';
    const label =
      ((meta.get('label') as string | undefined) ?? 'annotations') +
      (meta.get('kind') === 'imported' ? ' (imported)' : '');
    await ensureSharedLayer(shared.layerId!, {
      kind: 'member',
      owner: name,
      lessonId,
      label: `${name}: ${label}`,
    });
  }

  private changedTables = new Set<string>();

  /**
   * Rows changed here: each unit this member writes notes the ones it mirrors (its next pass
   * looks at those only), and passes run once the changes pause.
   */
  private localChanged(changes: ChangedRows): void {
    for (const table of changes.keys()) this.changedTables.add(table);
    for (const shared of this.shared.values()) {
      if (this.writable(shared.unit) && shared.bridge.touch(changes)) this.touched.add(shared);
    }
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      const changed = this.changedTables;
      this.changedTables = new Set();
      const touched = this.touched;
      this.touched = new Set();
      for (const shared of touched) void shared.bridge.schedule().then(() => this.report());
      // A new layer (a lesson opened, or one arrived) becomes a unit.
      if (changed.has('layers') || changed.has('lessons')) void this.refreshSoon();
    }, 120);
  }

  private touched = new Set<Shared>();

  private lastReconcile = 0;
  private async refreshSoon(): Promise<void> {
    if (Date.now() - this.lastReconcile < 1000 || this.reconciling) return;
    this.lastReconcile = Date.now();
    this.reconciling ??= this.reconcile().finally(() => (this.reconciling = undefined));
    await this.reconciling;
  }

  /** The header's status, from the socket, the units' pending changes and refusals. */
  report(): void {
    if (this.stopped) return;
    let waiting = 0;
    let refused = 0;
    let unsynced = false;
    for (const shared of this.shared.values()) {
      waiting += shared.bridge.waiting;
      refused += shared.open?.refusedWrites ?? 0;
      if (shared.open && !shared.open.provider.isSynced) unsynced = true;
    }
    const status = this.connection.socket.status;
    let next: SyncStatus;
    if (status === WebSocketStatus.Connected && !this.why)
      next = { state: waiting > 0 || unsynced ? 'syncing' : 'synced', waiting, refused };
    else if (status === WebSocketStatus.Connecting && !this.why)
      next = { state: 'connecting', waiting, refused };
    else
      next = {
        state: 'offline',
        waiting,
        refused,
        why: this.why ?? `no answer from ${new URL(this.member.serverUrl).host}`,
      };
    const before = useSharingStore.getState().status;
    if (JSON.stringify(before) !== JSON.stringify(next)) useSharingStore.getState().setStatus(next);
  }
}

/** Why a request failed, in words a user can act on. */
export function describe(error: unknown, serverUrl: string): string {
  const host = (() => {
    try {
      return new URL(serverUrl).host;
    } catch {
      return serverUrl;
    }
  })();
  if (error instanceof SyncApiError) {
    if (error.status === 401 || error.status === 403)
      return `the server at ${host} no longer knows this member (${error.message})`;
    return `the server at ${host} answered: ${error.message}`;
  }
  return `no answer from ${host}`;
}
