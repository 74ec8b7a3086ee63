/**
 * The name of each shared document ("unit") says everything the server needs to authorise it
 * without guessing: the space, the kind of unit, and whose it is.
 *
 *   <spaceId>/catalogue                    collections, tags, outlets, document metadata, lessons
 *   <spaceId>/text/<documentId>            one document's text
 *   <spaceId>/layer/<memberId>/<layerId>   one member's annotation layer
 *   <spaceId>/key/<lessonId>               one lesson's answer key
 *
 * Ids are restricted to characters that are safe in a URL and as a file name (no `/`, never `.`
 * or `..`), so the server can store a unit under its name.
 */
export type Unit =
  | { kind: 'catalogue'; spaceId: string }
  | { kind: 'text'; spaceId: string; documentId: string }
  | { kind: 'layer'; spaceId: string; memberId: string; layerId: string }
  | { kind: 'key'; spaceId: string; lessonId: string };

export type UnitKind = Unit['kind'];

const ID = /^[A-Za-z0-9_:-][A-Za-z0-9_.:-]{0,127}$/;

/** True for an id that may appear in a unit name: 1-128 of `A-Z a-z 0-9 _ . : -`, not starting with `.`. */
export function isSafeId(id: string): boolean {
  return ID.test(id);
}

export function unitName(unit: Unit): string {
  const parts = ((): string[] => {
    switch (unit.kind) {
      case 'catalogue':
        return [unit.spaceId, 'catalogue'];
      case 'text':
        return [unit.spaceId, 'text', unit.documentId];
      case 'layer':
        return [unit.spaceId, 'layer', unit.memberId, unit.layerId];
      case 'key':
        return [unit.spaceId, 'key', unit.lessonId];
    }
  })();
  const bad = parts.find((part) => !isSafeId(part));
  if (bad !== undefined) throw new Error(`Not a valid id in a unit name: ${JSON.stringify(bad)}`);
  return parts.join('/');
}

/** The unit a name stands for, or undefined for anything that is not exactly one of the four shapes. */
export function parseUnitName(name: string): Unit | undefined {
  const parts = name.split('/');
  if (!parts.every(isSafeId)) return undefined;
  const [spaceId, kind, a, b] = parts as [string, string, string?, string?];
  if (kind === 'catalogue' && parts.length === 2) return { kind, spaceId };
  if (kind === 'text' && parts.length === 3 && a) return { kind, spaceId, documentId: a };
  if (kind === 'key' && parts.length === 3 && a) return { kind, spaceId, lessonId: a };
  if (kind === 'layer' && parts.length === 4 && a && b)
    return { kind, spaceId, memberId: a, layerId: b };
  return undefined;
}
