/**
 * Spaces on disk: `<data>/spaces/<spaceId>.json`, one atomic file per space, and
 * `<data>/codes/<sha256 of code>.json` naming the space and role an invitation code opens.
 * Reads come from a cache; every change is a locked read-modify-write of the file as it is on
 * disk (another process may have changed it), then the change feed tells all processes.
 */
import { join } from 'node:path';
import type { Role } from '../sync/space-policy';
import { readIfExists, removeDurably, writeFileAtomic } from './atomic-file';
import type { ChangeFeed } from './change-feed';
import type { Locks } from './locks';
import type { SpaceRecord } from './space-record';

interface CodeEntry {
  spaceId: string;
  role: Role;
}

export class SpaceStore {
  private readonly cache = new Map<string, Promise<SpaceRecord | undefined>>();

  constructor(
    private readonly dataDir: string,
    private readonly locks: Locks,
    private readonly feed: ChangeFeed,
  ) {
    feed.subscribe((spaceId, remote) => {
      if (remote) this.cache.delete(spaceId);
    });
  }

  get(spaceId: string): Promise<SpaceRecord | undefined> {
    let cached = this.cache.get(spaceId);
    if (!cached) {
      cached = this.read(spaceId);
      this.cache.set(spaceId, cached);
      cached.catch(() => this.cache.delete(spaceId));
    }
    return cached;
  }

  async create(space: SpaceRecord, codes: Record<Role, string>): Promise<void> {
    await this.locks.withLock(`space:${space.id}`, async () => {
      for (const role of ['member', 'owner'] as const) {
        await this.writeCode(codes[role], { spaceId: space.id, role });
      }
      await writeFileAtomic(this.spacePath(space.id), JSON.stringify(space));
      this.cache.set(space.id, Promise.resolve(space));
    });
  }

  /**
   * Applies `change` to the space as it is on disk now, stores it and tells every process.
   * `change` may throw to refuse (nothing is written) and returns what the caller needs.
   */
  async update<T>(spaceId: string, change: (space: SpaceRecord) => T | Promise<T>): Promise<T> {
    const result = await this.locks.withLock(`space:${spaceId}`, async () => {
      const space = await this.read(spaceId);
      if (!space) throw new Error(`No space ${spaceId}`);
      const outcome = await change(space);
      await writeFileAtomic(this.spacePath(spaceId), JSON.stringify(space));
      this.cache.set(spaceId, Promise.resolve(space));
      return outcome;
    });
    await this.feed.publish(spaceId);
    return result;
  }

  async findCode(hash: string): Promise<CodeEntry | undefined> {
    const bytes = await readIfExists(join(this.dataDir, 'codes', `${hash}.json`));
    return bytes ? (JSON.parse(bytes.toString('utf8')) as CodeEntry) : undefined;
  }

  async writeCode(hash: string, entry: CodeEntry): Promise<void> {
    await writeFileAtomic(join(this.dataDir, 'codes', `${hash}.json`), JSON.stringify(entry));
  }

  async removeCode(hash: string): Promise<void> {
    await removeDurably(join(this.dataDir, 'codes', `${hash}.json`));
  }

  private async read(spaceId: string): Promise<SpaceRecord | undefined> {
    const bytes = await readIfExists(this.spacePath(spaceId));
    return bytes ? (JSON.parse(bytes.toString('utf8')) as SpaceRecord) : undefined;
  }

  private spacePath(spaceId: string): string {
    return join(this.dataDir, 'spaces', `${spaceId}.json`);
  }
}
