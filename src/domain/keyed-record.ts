/**
 * Records keyed by what users name (tag ids, field names, front-matter keys). A plain `{}`
 * inherits `constructor`, `toString`, `valueOf`, `hasOwnProperty` and treats `__proto__` as its
 * prototype, so a tag called "Constructor" would count as `function Object() {…}1` and a field
 * called `toString` would print a function in a CSV. These records have no prototype, and reads
 * of records that came from elsewhere look only at their own keys.
 */

/** An empty record with no prototype: every key, `__proto__` included, is just a key. */
export function keyedRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The record's own value at `key`, never one inherited from `Object.prototype`. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
