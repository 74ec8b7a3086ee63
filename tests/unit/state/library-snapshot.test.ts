import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The copy's two ends: what it reads (a backup of everything) and what wakes it (a write).
const written = vi.hoisted(() => ({ count: 0, listeners: [] as (() => void)[] }));
vi.mock('../../../src/state/exchange-commands', () => ({
  writeBackup: async () => {
    written.count += 1;
    return new Blob(['{}']);
  },
}));
vi.mock('../../../src/storage', () => ({
  onDatabaseChange: (listener: () => void) => {
    written.listeners.push(listener);
    return () => written.listeners.splice(written.listeners.indexOf(listener), 1);
  },
}));

const { holdLibrarySnapshot, keepLibrarySnapshot, librarySnapshot } =
  await import('../../../src/state/library-snapshot');

beforeEach(() => {
  vi.useFakeTimers();
  written.count = 0;
});
afterEach(() => vi.useRealTimers());

describe('the library copy kept for a full disk', () => {
  it('is taken a moment after start, and after a pause in changes', async () => {
    keepLibrarySnapshot();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(written.count).toBe(1);
    expect(librarySnapshot()).toBeDefined();
    for (const listener of written.listeners) listener();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written.count).toBe(2);
  });

  it('waits while a restore holds it, and is taken after the release when it fell due', async () => {
    keepLibrarySnapshot();
    const release = holdLibrarySnapshot();
    await vi.advanceTimersByTimeAsync(10_000);
    for (const listener of written.listeners) listener();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written.count).toBe(0);
    release();
    release(); // a second call does nothing more
    await vi.advanceTimersByTimeAsync(1_999);
    expect(written.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(written.count).toBe(1);
  });

  it('is not taken for a hold during which nothing fell due', async () => {
    keepLibrarySnapshot();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(written.count).toBe(1);
    const release = holdLibrarySnapshot();
    release();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(written.count).toBe(1);
  });

  it('waits for every hold to be released', async () => {
    keepLibrarySnapshot();
    const first = holdLibrarySnapshot();
    const second = holdLibrarySnapshot();
    await vi.advanceTimersByTimeAsync(10_000);
    first();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written.count).toBe(0);
    second();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written.count).toBe(1);
  });
});
