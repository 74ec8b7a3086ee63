/**
 * Annotations in the label format of the Propaganda Techniques Corpus (SemEval-2020 Task 11):
 * one line per span and technique, `<article id>\t<technique>\t<start>\t<end>`, no header, offsets
 * in code points (the corpus's scorers are Python) and end exclusive. The article id is the
 * document's id, so the lines match the articles a user exports beside them.
 *
 * With the SemEval-2020 preset in use (the taxonomy has a tag for each of the 14 techniques), the
 * file is one the task's scorers accept: every line names a technique as the corpus spells it
 * (Slant's own loaded-language tag is the corpus's `Loaded_Language`, the same definition), and
 * annotations with other tags are left out, since the scorers refuse any other name. Without the
 * preset, PTC preset tags still write the corpus's names and other tags write their label.
 *
 * Orphaned annotations are left out: their offsets no longer point at their quote, and a span
 * file has nowhere to say so. The caller can count them from its own data.
 */
import type { Annotation, SlantDocument, Tag } from '../../domain/types';
import { offsetConverter, type OffsetConverter } from '../../domain/code-points';
import { PTC_TECHNIQUES, ptcTagId, ptcTechniqueOf } from './ptc-techniques';

export interface PtcExportInput {
  documents: readonly SlantDocument[];
  annotations: readonly Annotation[];
  tags: readonly Tag[];
}

/** Slant's default tags that are one of the corpus's techniques under another id. */
const SAME_TECHNIQUE = new Map([['loaded-language', 'Loaded_Language']]);

/** The user added the SemEval-2020 preset: each of the 14 techniques has its tag. */
export function semEvalPresetInUse(tags: readonly Tag[]): boolean {
  const ids = new Set(tags.flatMap((t) => [t.id, ...(t.aliases ?? [])]));
  return PTC_TECHNIQUES.every((technique) => ids.has(ptcTagId(technique)));
}

/** Tabs and line breaks would break the columns; a label or id keeps its words. */
function cell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function toPtcTsv(input: PtcExportInput): string {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const labels = new Map(input.tags.map((t) => [t.id, t.label]));
  const scorerOnly = semEvalPresetInUse(input.tags);
  // A tag merged with a preset's technique (its alias) writes the technique's name.
  const byAlias = new Map(
    input.tags.flatMap((t) => {
      const technique = (t.aliases ?? []).map(ptcTechniqueOf).find(Boolean);
      return technique ? [[t.id, technique] as const] : [];
    }),
  );
  const techniqueOf = (tagId: string): string | undefined =>
    ptcTechniqueOf(tagId) ??
    byAlias.get(tagId) ??
    (scorerOnly ? SAME_TECHNIQUE.get(tagId) : (labels.get(tagId) ?? tagId));
  const converters = new Map<string, OffsetConverter>();
  const rank = new Map(input.documents.map((d, i) => [d.id, i]));
  const lines: string[] = [];
  const ordered = input.annotations
    .filter((a) => a.status === 'anchored' && documents.has(a.documentId))
    .sort(
      (a, b) =>
        rank.get(a.documentId)! - rank.get(b.documentId)! ||
        a.target.start - b.target.start ||
        a.target.end - b.target.end,
    );
  for (const annotation of ordered) {
    const document = documents.get(annotation.documentId)!;
    let offsets = converters.get(document.id);
    if (!offsets) converters.set(document.id, (offsets = offsetConverter(document.text)));
    const start = offsets.toCodePoints(annotation.target.start);
    const end = offsets.toCodePoints(annotation.target.end);
    for (const tagId of annotation.tagIds) {
      const technique = techniqueOf(tagId);
      if (technique !== undefined) {
        lines.push([cell(document.id), cell(technique), start, end].join('\t'));
      }
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
