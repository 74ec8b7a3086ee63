/**
 * Slant's data model (ARCHITECTURE.md §3). Plain data, no behaviour: these records are what the
 * database stores, what exports serialise and what the analysis functions read.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units) into `SlantDocument.text`, end
 * exclusive. Only `src/io` converts them, at the border with formats that count code points.
 */

/** ISO 8601 timestamp, e.g. `2025-03-08T00:00:00.000Z`, or a plain date `2025-03-08`. */
export type IsoDate = string;

export interface SlantDocument {
  id: string;
  title: string;
  /** Canonical plain text: paragraphs joined by a single `\n`. */
  text: string;
  outletId?: string;
  url?: string;
  author?: string;
  publishedAt?: IsoDate;
  importedAt: IsoDate;
  /** BCP 47 language tag when known, e.g. `en`, `ar`. */
  language?: string;
  /** Hex SHA-256 of `text`; finds a document imported twice. */
  contentHash: string;
  collectionIds: string[];
  /** Set while the document is in the trash; restoring clears it. */
  deletedAt?: IsoDate;
}

export const AFFILIATIONS = [
  'state-affiliated',
  'government-or-party-affiliated',
  'independent',
  'aggregator-or-content-farm',
  'advocacy',
  'personal-blog',
  'unknown',
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export interface EvidenceLink {
  url: string;
  label?: string;
}

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  /** Bare host names without `www.`, e.g. `southfront.press`. */
  domains: string[];
  affiliation: Affiliation;
  country?: string;
  owner?: string;
  notes?: string;
  evidence: EvidenceLink[];
}

export const UNDERLINE_STYLES = ['solid', 'double', 'dashed', 'wavy', 'dotted'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

export interface Tag {
  /** Stable slug, e.g. `loaded-language`. */
  id: string;
  label: string;
  description: string;
  /** CSS hex colour, `#rrggbb`. */
  colour: string;
  /** A second cue beside colour, so no one has to tell colours apart. */
  underline: UnderlineStyle;
  /** One key that applies the tag in the editor, e.g. `1`. */
  shortcut?: string;
  taxonomyId: string;
  /** Position in the taxonomy's list; lower first. */
  order: number;
}

export interface TextTarget {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnnotationOrigin = 'manual' | 'suggestion';
export type AnchorStatus = 'anchored' | 'orphaned';

export interface Annotation {
  id: string;
  documentId: string;
  tagIds: string[];
  target: TextTarget;
  note: string;
  /** Tag-specific answers, keyed by field name, e.g. `{ shouldCite: 'the SOHR' }`. */
  fields: Record<string, string>;
  annotator: string;
  origin: AnnotationOrigin;
  status: AnchorStatus;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface Collection {
  id: string;
  name: string;
  description: string;
  /** The collection's documents in reading order. */
  documentIds: string[];
}

/**
 * Passages from several documents that state the same fact ("death toll"), linked so the Compare
 * view can line up each outlet's figure, wording and attribution in one row.
 */
export interface Claim {
  id: string;
  /** What the passages state, e.g. `Death toll`. */
  name: string;
  note: string;
  /** The linked annotations, usually one or more per document. */
  annotationIds: string[];
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/**
 * A lesson: the documents, tags and instructions a teacher hands out as one pack. The same id is
 * kept in every copy, so students' work finds its way back to it. The teacher's copy holds the
 * answer key as it was when the pack was made; a student's copy never does.
 */
export interface Lesson {
  id: string;
  title: string;
  instructions: string;
  documentIds: string[];
  /** The tags students are asked to use, in the teacher's order. */
  tagIds: string[];
  /** `teacher`: this browser made the pack. `student`: it was opened from a pack. */
  role: 'teacher' | 'student';
  /** The teacher's answer key; absent in a student's copy. */
  key?: Annotation[];
  /** Set when the teacher switched suggestions off for this exercise. */
  suggestionsOff?: boolean;
  createdAt: IsoDate;
}

/**
 * One student's work on a lesson, as the teacher imported it. Kept apart from the teacher's own
 * annotations; its annotations are anchored to the teacher's copy of the texts.
 */
export interface Submission {
  id: string;
  lessonId: string;
  student: string;
  annotations: Annotation[];
  /** Annotations whose passage could not be found in the teacher's copy of the text. */
  orphanCount: number;
  exportedAt: IsoDate;
  importedAt: IsoDate;
}
