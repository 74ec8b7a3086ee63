/**
 * Whether two copies of a record hold the same data, whatever the order of their fields and
 * leaving out the fields named (such as `updatedAt`, which differs between copies of one edit).
 * Absent and `undefined` fields count as the same.
 */
export function sameContent(a: unknown, b: unknown, ignore: readonly string[] = []): boolean {
  const skip = new Set(ignore);
  const canonical = (value: unknown, top: boolean): unknown =>
    Array.isArray(value)
      ? value.map((item) => canonical(item, false))
      : value && typeof value === 'object'
        ? Object.entries(value)
            .filter(([key, v]) => v !== undefined && !(top && skip.has(key)))
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
            .map(([key, v]) => [key, canonical(v, false)])
        : value;
  return JSON.stringify(canonical(a, true)) === JSON.stringify(canonical(b, true));
}
