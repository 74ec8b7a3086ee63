/**
 * Annotations as a spreadsheet: one row per annotation and tag (an annotation with two tags is two
 * rows, one without tags is one row with the tag columns empty), so a pivot table counts tags
 * directly. RFC 4180 through papaparse: CRLF line endings, fields quoted when they hold a comma,
 * quote or line break. Any cell a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) gets a leading `'`, as OWASP advises: quotes come from hostile pages.
 *
 * Offsets count Unicode code points, like every file Slant exports, so that `text[start:end]`
 * in Python or R gives the quote; `offsets: 'utf16'` gives JavaScript string offsets instead.
 */
import Papa from 'papaparse';
import type { AnnotationLayer } from '../../domain/records';
import type { Annotation, Outlet, SlantDocument, Tag } from '../../domain/types';
import { offsetConverter, type OffsetConverter } from '../../domain/code-points';
import { withByteOrderMark } from './byte-order-mark';
import { ownValue } from '../../domain/keyed-record';

export interface CsvExportInput {
  documents: readonly SlantDocument[];
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  outlets: readonly Outlet[];
  /** The layers, to name each annotation's in the `layer` column (its id when missing). */
  layers?: readonly AnnotationLayer[];
}

export interface CsvExportOptions {
  offsets?: 'code-points' | 'utf16';
  /** Start with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
}

export const CSV_COLUMNS = [
  'document_id',
  'document_title',
  'outlet',
  'tag_id',
  'tag_label',
  'quote',
  'start',
  'end',
  'note',
  'annotator',
  'origin',
  'status',
  'created',
  'modified',
  'layer',
] as const;

/**
 * papaparse's own `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, which misses a formula
 * followed by a line break (`.` stops at `\n`); testing the first character alone does not.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const IDENTITY: OffsetConverter = { toCodePoints: (n) => n, toUtf16: (n) => n };

/** Tag-specific field columns, `field_<key>`, in a stable order. */
function fieldKeys(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((a) => Object.keys(a.fields)))].sort();
}

export function toCsv(input: CsvExportInput, options: CsvExportOptions = {}): string {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const tags = new Map(input.tags.map((t) => [t.id, t]));
  const outlets = new Map(input.outlets.map((o) => [o.id, o]));
  const layers = new Map((input.layers ?? []).map((l) => [l.id, l]));
  const converters = new Map<string, OffsetConverter>();
  const offsetsOf = (document: SlantDocument | undefined) => {
    if (!document || options.offsets === 'utf16') return IDENTITY;
    let converter = converters.get(document.id);
    if (!converter) converters.set(document.id, (converter = offsetConverter(document.text)));
    return converter;
  };
  const rank = new Map(input.documents.map((d, i) => [d.id, i]));
  const ordered = [...input.annotations].sort(
    (a, b) =>
      (rank.get(a.documentId) ?? rank.size) - (rank.get(b.documentId) ?? rank.size) ||
      a.target.start - b.target.start ||
      a.target.end - b.target.end,
  );
  const keys = fieldKeys(ordered);

  const rows = ordered.flatMap((annotation) => {
    const document = documents.get(annotation.documentId);
    const outlet = document?.outletId ? outlets.get(document.outletId) : undefined;
    const offsets = offsetsOf(document);
    const fields = keys.map((key) => {
      const value = ownValue(annotation.fields, key) ?? '';
      // An outlet field holds an id; people read the outlet's name.
      return key === 'outletId' ? (outlets.get(value)?.name ?? value) : value;
    });
    const tagIds = annotation.tagIds.length > 0 ? annotation.tagIds : [''];
    return tagIds.map((tagId) => [
      annotation.documentId,
      document?.title ?? '',
      outlet?.name ?? document?.outletId ?? '',
      tagId,
      tagId ? (tags.get(tagId)?.label ?? tagId) : '',
      annotation.target.exact,
      offsets.toCodePoints(annotation.target.start),
      offsets.toCodePoints(annotation.target.end),
      annotation.note,
      annotation.annotator,
      annotation.origin,
      annotation.status,
      annotation.createdAt,
      annotation.updatedAt,
      layers.get(annotation.layerId)?.label ?? annotation.layerId,
      ...fields,
    ]);
  });

  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS, ...keys.map((key) => `field_${key}`)], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  return withByteOrderMark(`${csv}\r\n`, options.bom);
}
