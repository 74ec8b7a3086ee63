/**
 * Whether two copies of a record hold the same data, whatever the order of their fields and
 * leaving out the fields named (such as `updatedAt`, which differs between copies of one edit).
 * Absent and `undefined` fields count as the same. Compared field by field, without copying:
 * a restore compares every annotation of a library (100,000 of them) with the stored one.
 */
export function sameContent(a: unknown, b: unknown, ignore: readonly string[] = []): boolean {
  return same(a, b, ignore.length > 0 ? new Set(ignore) : undefined);
}

/** The fields of a record that count: those with a value, less those skipped. */
const fields = (record: Record<string, unknown>, skip?: ReadonlySet<string>) =>
  Object.keys(record).filter((key) => record[key] !== undefined && !skip?.has(key));

function same(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => same(item, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = fields(x, skip);
  return keys.length === fields(y, skip).length && keys.every((key) => same(x[key], y[key]));
}
