/**
 * Splits articles into k folds for cross-validation by article: a deterministic shuffle by id,
 * then round-robin, so every run of the benchmark holds out the same articles.
 */

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function foldsByArticle<T extends { id: string }>(items: readonly T[], k: number): T[][] {
  const shuffled = [...items].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
  const folds: T[][] = Array.from({ length: k }, () => []);
  shuffled.forEach((item, i) => folds[i % k]?.push(item));
  return folds;
}
