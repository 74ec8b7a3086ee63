import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIfExists, removeDurably, writeFileAtomic } from '../../../src/server/atomic-file';
import { LocalLocks } from '../../../src/server/locks';

describe('atomic files', () => {
  it('creates folders, replaces whole files and leaves no temporary file behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'slant-atomic-'));
    const path = join(folder, 'a', 'b', 'state.bin');
    expect(await readIfExists(path)).toBeUndefined();
    await writeFileAtomic(path, 'first');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(path, `write ${i}`)));
    expect((await readIfExists(path))!.toString()).toMatch(/^write \d+$/);
    expect(await readdir(join(folder, 'a', 'b'))).toEqual(['state.bin']);
    await removeDurably(path);
    expect(await readIfExists(path)).toBeUndefined();
  });
});

describe('LocalLocks', () => {
  it('runs one holder of a key at a time, in order, and survives a failing holder', async () => {
    const locks = new LocalLocks();
    const events: string[] = [];
    const hold = (name: string, fail = false) =>
      locks.withLock('k', async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setImmediate(resolve));
        events.push(`${name} out`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([hold('a'), hold('b', true), hold('c')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
