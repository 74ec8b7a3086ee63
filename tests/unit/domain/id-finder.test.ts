import { describe, expect, it } from 'vitest';
import { idFinder } from '../../../src/domain/id-finder';

describe('idFinder', () => {
  it('finds the item as the list around it changes, and nothing once it is gone', () => {
    const find = idFinder<{ id: string; v: number }>();
    const b = { id: 'b', v: 1 };
    let list = [{ id: 'a', v: 0 }, b, { id: 'c', v: 0 }];
    expect(find(list, 'b')).toBe(b);
    list = [{ id: 'new', v: 0 }, ...list];
    expect(find(list, 'b')).toBe(b);
    list = list.slice(2);
    expect(find(list, 'b')).toBe(b);
    const changed = { id: 'b', v: 2 };
    list = [{ id: 'c', v: 0 }, { id: 'x', v: 0 }, { id: 'y', v: 0 }, changed];
    expect(find(list, 'b')).toBe(changed);
    expect(find(list.slice(0, 3), 'b')).toBeUndefined();
    expect(find(list, 'a')).toBeUndefined();
    expect(find(list, 'y')?.id).toBe('y');
  });
});
