/**
 * Tells every server process that a space's record changed, so each drops its cached copy and
 * re-checks the permissions of its open connections. One process: a local call. Several
 * processes: a Redis channel (each message names its sender, which has already acted on it).
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** `remote`: the change was made by another process (this one's cached copy is stale). */
export type SpaceListener = (spaceId: string, remote: boolean) => void;

export interface ChangeFeed {
  publish(spaceId: string): Promise<void>;
  subscribe(listener: SpaceListener): void;
  close(): Promise<void>;
}

export class LocalFeed implements ChangeFeed {
  protected readonly listeners: SpaceListener[] = [];

  async publish(spaceId: string): Promise<void> {
    this.emit(spaceId, false);
  }

  subscribe(listener: SpaceListener): void {
    this.listeners.push(listener);
  }

  protected emit(spaceId: string, remote: boolean): void {
    for (const listener of this.listeners) listener(spaceId, remote);
  }

  async close(): Promise<void> {}
}

const CHANNEL = 'slant:spaces';

export class RedisFeed extends LocalFeed {
  private readonly sender = randomBytes(8).toString('hex');

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
  ) {
    super();
    sub.on('message', (_channel: string, message: string) => {
      const [sender, spaceId] = message.split(' ');
      if (sender !== this.sender && spaceId) this.emit(spaceId, true);
    });
  }

  static async connect(pub: Redis, sub: Redis): Promise<RedisFeed> {
    const feed = new RedisFeed(pub, sub);
    await sub.subscribe(CHANNEL);
    return feed;
  }

  override async publish(spaceId: string): Promise<void> {
    this.emit(spaceId, false);
    await this.pub.publish(CHANNEL, `${this.sender} ${spaceId}`);
  }

  override async close(): Promise<void> {
    await this.sub.unsubscribe(CHANNEL);
  }
}
