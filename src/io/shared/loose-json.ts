/**
 * Small readers for JSON from other tools, whose shapes vary: a property may hold one value or an
 * array of them (JSON-LD allows both), a string or an object with an `id`. Each reader returns
 * what it can use and ignores the rest, so one odd field never stops an import.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value or many, as an array; nothing as an empty array. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-negative integer, or undefined. */
export function asOffset(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0
    ? number
    : undefined;
}

/** An object's `type` (or JSON-LD `@type`), one value or several, as an array of strings. */
export function typesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  return asList(value.type ?? value['@type']).filter((t): t is string => typeof t === 'string');
}

export function hasType(value: unknown, type: string): boolean {
  return typesOf(value).includes(type);
}

/** An object's `id` (or `@id`), or the value itself when it is an IRI string. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  return asString(value.id) ?? asString(value['@id']);
}
