/** Draws `n` of `items` at random, reproducibly for a given seed (all of them when fewer). */
import { seededRandom } from '../../src/analysis/loaded-language/fit-weights';

export function draw<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = seededRandom(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, Math.min(n, pool.length));
}
