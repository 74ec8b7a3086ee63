import { describe, expect, it } from 'vitest';
import { incrementalFilter } from '../../../src/domain/incremental-filter';

interface Item {
  id: number;
  layer: string;
}

describe('incrementalFilter', () => {
  it('agrees with filtering the whole list over a run of random changes', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    let made = 0;
    const item = (): Item => ({ id: (made += 1), layer: random(3) ? 'mine' : 'theirs' });
    const mine = (a: Item) => a.layer === 'mine';
    const filter = incrementalFilter(mine);
    let list: Item[] = Array.from({ length: 300 }, item);
    const wrong: number[] = [];
    for (let step = 0; step < 500; step += 1) {
      const at = random(list.length + 1);
      const kind = random(5);
      if (kind === 0) list = [...list.slice(0, at), item(), ...list.slice(at)];
      else if (kind === 1) list = list.filter((_, i) => i !== at);
      else if (kind === 2) list = list.map((a, i) => (i === at ? item() : a));
      else if (kind === 3) list = [...list];
      else if (step % 50 === 0) list = Array.from({ length: random(400) }, item);
      const got = filter(list);
      const want = list.filter(mine);
      if (got.length !== want.length || got.some((a, i) => a !== want[i])) wrong.push(step);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same list back when nothing kept changed', () => {
    const a = { id: 1, layer: 'mine' };
    const b = { id: 2, layer: 'theirs' };
    const filter = incrementalFilter((x: Item) => x.layer === 'mine');
    const first = filter([a, b]);
    expect(filter([a, { id: 3, layer: 'theirs' }])).toBe(first);
    expect(filter([a, { id: 4, layer: 'mine' }]).map((x) => x.id)).toEqual([1, 4]);
  });
});
