/**
 * Mutual exclusion for read-modify-write of the data folder. One process needs only an in-process
 * queue per key; several processes sharing a data folder (beside one Redis) take a Redis lock
 * (SET NX PX with a random owner, released only by its owner), waiting for it in bounded steps.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface Locks {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export class LocalLocks implements Locks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(fn);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class RedisLocks implements Locks {
  private readonly local = new LocalLocks();

  constructor(
    private readonly redis: Redis,
    private readonly ttlMs = 10_000,
    private readonly waitMs = 15_000,
  ) {}

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    // Queue locally first, so one process never competes with itself over Redis.
    return this.local.withLock(key, async () => {
      const redisKey = `slant:lock:${key}`;
      const owner = randomBytes(12).toString('hex');
      const deadline = Date.now() + this.waitMs;
      let pause = 5;
      while ((await this.redis.set(redisKey, owner, 'PX', this.ttlMs, 'NX')) !== 'OK') {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock on ${key}`);
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 100);
      }
      try {
        return await fn();
      } finally {
        await this.redis.eval(RELEASE, 1, redisKey, owner);
      }
    });
  }
}
