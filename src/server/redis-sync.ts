/**
 * Several server processes serving the same units: Hocuspocus's Redis extension relays every
 * change between processes. Its own store lock skips a store when another process holds the
 * lock; durable-docs.ts instead waits for a shared lock and merges, so its lock is switched off.
 */
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';

export class RedisSync extends RedisExtension {
  extensionName = 'RedisSync';

  override async onStoreDocument(): Promise<void> {}

  override async afterStoreDocument(): Promise<void> {}
}
