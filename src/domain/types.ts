/**
 * Slant's data model (ARCHITECTURE.md §3). Plain data, no behaviour: these records are what the
 * database stores, what exports serialise and what the analysis functions read. Each is defined
 * once, as a zod schema with its type inferred, in `records/`; this module names the types (and
 * the zod-free lists of choices) for the rest of the app.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units) into `SlantDocument.text`, end
 * exclusive. Only `src/io` converts them, at the border with formats that count code points.
 */
export {
  AFFILIATIONS,
  UNDERLINE_STYLES,
  type Affiliation,
  type UnderlineStyle,
} from './records/choices';
export type { IsoDate } from './records/fields';
export type { SlantDocument } from './records/document';
export type { EvidenceLink, Outlet } from './records/outlet';
export type { Tag } from './records/tag';
export type { AnchorStatus, Annotation, AnnotationOrigin, TextTarget } from './records/annotation';
export type { Collection } from './records/collection';
export type { Claim } from './records/claim';
export type { Lesson } from './records/lesson';
export type { Submission } from './records/submission';
export type { MetaRecord } from './records/meta';
export type { DismissedSuggestion } from './records/dismissed-suggestion';
