/**
 * What Slant's file formats share: reading a JSON file a user picked (size first, then messages a
 * user can act on) and reading the loose JSON of other tools. Offsets in code points are the
 * domain's (`domain/code-points.ts`), since anchoring needs them too.
 */
export { readJsonText, sizeError, theFile, type JsonRead, type JsonReadOptions } from './json-text';
export {
  asList,
  asOffset,
  asString,
  hasType,
  idOf,
  isObject,
  typesOf,
  type JsonObject,
} from './loose-json';
export { withTrueHashes, type HashRepair } from './true-hashes';
