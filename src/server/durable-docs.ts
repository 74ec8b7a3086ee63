/**
 * Hocuspocus storage for units: `<data>/docs/<spaceId>/<kind>/.../<id>.ydoc` holds the unit's
 * whole Yjs state, replaced atomically on each store (atomic-file.ts), so `kill -9` at any moment
 * leaves the last complete state. Hocuspocus stores a unit a moment after its changes stop
 * (debounced); whatever a client held that the server had not yet stored comes back when the
 * client reconnects and syncs.
 *
 * When several processes share the folder (with Redis), a process merges what is on disk into
 * what it writes, under a shared lock, so one process never overwrites another's newer changes.
 */
import type {
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { join } from 'node:path';
import * as Y from 'yjs';
import { parseUnitName } from '../sync/unit-names';
import { readIfExists, writeFileAtomic } from './atomic-file';
import type { Locks } from './locks';

export class DurableDocs implements Extension {
  extensionName = 'DurableDocs';
  /** Units changed since they were last stored. */
  private readonly dirty = new Set<string>();

  constructor(
    private readonly dataDir: string,
    private readonly locks: Locks,
    private readonly shared: boolean,
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const stored = await readIfExists(this.pathOf(documentName));
    if (stored) Y.applyUpdate(document, stored);
  }

  async onChange({ documentName }: onChangePayload): Promise<void> {
    this.dirty.add(documentName);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    await this.store(documentName, document);
  }

  /** Stores every changed unit among `documents`, a few at a time (when the server stops). */
  async storeChanged(documents: Iterable<Y.Doc & { name: string }>): Promise<void> {
    const pending = [...documents].filter((document) => this.dirty.has(document.name));
    const next = async (): Promise<void> => {
      const document = pending.pop();
      if (!document) return;
      await this.store(document.name, document);
      await next();
    };
    await Promise.all(Array.from({ length: 16 }, next));
  }

  async store(documentName: string, document: Y.Doc): Promise<void> {
    const path = this.pathOf(documentName);
    this.dirty.delete(documentName);
    try {
      await this.locks.withLock(`doc:${documentName}`, async () => {
        let state = Y.encodeStateAsUpdate(document);
        if (this.shared) {
          const onDisk = await readIfExists(path);
          if (onDisk) state = Y.mergeUpdates([onDisk, state]);
        }
        await writeFileAtomic(path, state);
      });
    } catch (error) {
      this.dirty.add(documentName);
      throw error;
    }
  }

  private pathOf(documentName: string): string {
    if (!parseUnitName(documentName)) throw new Error(`Not a unit name: ${documentName}`);
    return `${join(this.dataDir, 'docs', ...documentName.split('/'))}.ydoc`;
  }
}
