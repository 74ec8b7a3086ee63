import { describe, expect, it } from 'vitest';
import { derivedCache, forgetDerived } from '../../../src/storage/derived-cache';

let databases = 0;
const fresh = () => `derived-cache-test-${(databases += 1)}`;

describe('derived cache: results kept between visits', () => {
  it('answers what was kept under a key, and nothing for another key', async () => {
    const cache = derivedCache<{ sources: string[] }>('attribution', { name: fresh() });
    expect(await cache.read('build|hash-a')).toBeUndefined();
    await cache.keep('build|hash-a', { sources: ['Reuters'] });
    expect(await cache.read('build|hash-a')).toEqual({ sources: ['Reuters'] });
    expect(await cache.read('other-build|hash-a')).toBeUndefined();
  });

  it('is read again by a later visit (a new cache over the same database)', async () => {
    const name = fresh();
    await derivedCache<number>('attribution', { name }).keep('k', 42);
    expect(await derivedCache<number>('attribution', { name }).read('k')).toBe(42);
  });

  it('keeps at most `limit` results of a kind, dropping the oldest, and leaves other kinds', async () => {
    const name = fresh();
    const cache = derivedCache<number>('attribution', { name, limit: 2 });
    const other = derivedCache<number>('figures', { name, limit: 2 });
    await other.keep('x', 0);
    for (const [i, key] of ['a', 'b', 'c'].entries()) {
      await cache.keep(key, i);
      // Distinct times, so "oldest" is well defined.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await cache.read('a')).toBeUndefined();
    expect(await cache.read('b')).toBe(1);
    expect(await cache.read('c')).toBe(2);
    expect(await other.read('x')).toBe(0);
  });

  it('forgets everything worked out from a deleted text, of any kind and build, and only that', async () => {
    const name = fresh();
    const attribution = derivedCache<number>('attribution', { name });
    const figures = derivedCache<number>('figures', { name });
    await attribution.keep('build-1|hash-gone', 1);
    await attribution.keep('build-2|hash-gone', 2);
    await figures.keep('build-2|hash-gone', 3);
    await attribution.keep('build-2|hash-kept', 4);
    await forgetDerived('hash-gone', name);
    expect(await attribution.read('build-1|hash-gone')).toBeUndefined();
    expect(await attribution.read('build-2|hash-gone')).toBeUndefined();
    expect(await figures.read('build-2|hash-gone')).toBeUndefined();
    expect(await attribution.read('build-2|hash-kept')).toBe(4);
  });

  it('is a miss, never an error, where IndexedDB fails', async () => {
    const original = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const cache = derivedCache<number>('attribution', { name: fresh() });
      await expect(cache.keep('k', 1)).resolves.toBeUndefined();
      await expect(cache.read('k')).resolves.toBeUndefined();
      await expect(forgetDerived('hash')).resolves.toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });
});
