/**
 * The three outputs of `slant agree`: an aligned table for people, CSV for spreadsheets (one row
 * per student and tag, then the student's row for all tags) and JSON for programs. A figure that
 * does not exist is "—" in the table, an empty cell in CSV and null in JSON; numbers are rounded
 * to three places in the table only.
 */
import Papa from 'papaparse';
import { NO_FIGURE, WHY_NO_FIGURE, type AgreementFigure, type ClassAgreement } from '../analysis';
import { FORMULA_START, withByteOrderMark } from '../io/csv';
import type { AgreeFigures, AgreeResult } from './agree-result';
import type { AgreeFormat } from './parse-args';
import { ownValue } from '../domain/keyed-record';

const AGREE_CSV_COLUMNS = [
  'student',
  'file',
  'tag_id',
  'tag_label',
  'key_spans',
  'marked_spans',
  'precision',
  'recall',
  'f1',
  'annotations',
  'orphaned',
  'class_alpha',
  'class_alpha_with_key',
] as const;

/** The `tag_id` of a student's row for all tags. */
const ALL_TAGS = '*';
const ALL_TAGS_LABEL = 'All tags';

function alphaOf(agreement: ClassAgreement, tagId: string | undefined): AgreementFigure {
  const figures = tagId === undefined ? agreement.overall : ownValue(agreement.byTag, tagId);
  return figures?.alpha ?? { value: null, reason: 'too-few-ratings' };
}

// ---------------------------------------------------------------------------------------------
// Table

function fixed(value: number | null): string {
  if (value === null) return NO_FIGURE;
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

function width(text: string): number {
  return [...text].length;
}

/** Columns two spaces apart: the first `textColumns` aligned on the left, the rest (numbers) right. */
function alignTable(header: readonly string[], rows: readonly string[][], textColumns: number) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  return all
    .map((row) =>
      row
        .map((cell, c) => {
          const pad = ' '.repeat((widths[c] ?? 0) - width(cell));
          return c < textColumns ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function scoreCells(f: AgreeFigures): string[] {
  return [
    String(f.keySpans),
    String(f.markedSpans),
    fixed(f.precision),
    fixed(f.recall),
    fixed(f.f1),
  ];
}

function toTable(result: AgreeResult): string {
  const { lesson, tags, key, students, refused } = result;
  const orphanedKey = key.orphaned > 0 ? ` (${key.orphaned} orphaned, not scored)` : '';
  const out = [
    `Lesson: “${lesson.title}” (${plural(lesson.articles, 'article')}, ${plural(tags.length, 'tag')})`,
    `Key: ${key.file}, ${plural(key.annotations, 'annotation')}${orphanedKey}`,
    `Students: ${students.length} scored, ${refused.length} refused${refused.length > 0 ? ' (named on stderr)' : ''}`,
    '',
  ];
  if (students.length === 0) {
    out.push('No student’s work could be scored.');
    return `${out.join('\n')}\n`;
  }

  const scoreHeader = ['Key', 'Marked', 'Precision', 'Recall', 'F1'];
  const perTag = students.flatMap((s) =>
    tags.map((tag) => {
      const f = ownValue(s.byTag, tag.id);
      return [s.student, tag.label, ...(f ? scoreCells(f) : [])];
    }),
  );
  const overall = students.map((s) => [
    s.student,
    s.file,
    String(s.overall.annotations),
    String(s.overall.orphaned),
    ...scoreCells(s.overall),
  ]);
  out.push(
    'Against the key, per tag (precision, recall and F1, with partial credit for overlap):',
    '',
    alignTable(['Student', 'Tag', ...scoreHeader], perTag, 2),
    '',
    'Against the key, all tags (micro average):',
    '',
    alignTable(['Student', 'File', 'Annotations', 'Orphaned', ...scoreHeader], overall, 2),
  );
  if ([...perTag, ...overall].some((row) => row.includes(NO_FIGURE))) {
    out.push(
      '',
      `${NO_FIGURE} no figure: precision when the student marked nothing with the tag,`,
      '  recall when the key has nothing with it.',
    );
  }

  const { students: alone, withKey } = result.agreement;
  const rows: { label: string; tagId?: string }[] = [
    ...tags.map((t) => ({ label: t.label, tagId: t.id })),
    { label: ALL_TAGS_LABEL },
  ];
  const alphas = rows.map(({ label, tagId }) => ({
    label,
    figures: [alphaOf(alone, tagId), alphaOf(withKey, tagId)],
  }));
  const reasons = new Set(
    alphas.flatMap(({ figures }) => figures.flatMap((f) => (f.value === null ? [f.reason] : []))),
  );
  out.push(
    '',
    `Class agreement: Krippendorff's alpha over ${plural(alone.tokens, 'word token')} per tag:`,
    '',
    alignTable(
      ['Tag', `Students (${alone.raters})`, `Students + key (${withKey.raters})`],
      alphas.map(({ label, figures }) => [label, ...figures.map((f) => fixed(f.value))]),
      1,
    ),
  );
  if (reasons.size > 0) {
    out.push(
      '',
      `${NO_FIGURE} no figure: ${[...reasons].map((r) => WHY_NO_FIGURE[r]).join('; ')}.`,
    );
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

function toCsvText(result: AgreeResult): string {
  const { students: alone, withKey } = result.agreement;
  const row = (
    student: AgreeResult['students'][number],
    tagId: string,
    label: string,
    f: AgreeFigures,
  ) => {
    const scope = tagId === ALL_TAGS ? undefined : tagId;
    return [
      student.student,
      student.file,
      tagId,
      label,
      f.keySpans,
      f.markedSpans,
      f.precision ?? '',
      f.recall ?? '',
      f.f1 ?? '',
      f.annotations,
      f.orphaned,
      alphaOf(alone, scope).value ?? '',
      alphaOf(withKey, scope).value ?? '',
    ];
  };
  const data = result.students.flatMap((student) => [
    ...result.tags.flatMap((tag) => {
      const f = ownValue(student.byTag, tag.id);
      return f ? [row(student, tag.id, tag.label, f)] : [];
    }),
    row(student, ALL_TAGS, ALL_TAGS_LABEL, student.overall),
  ]);
  const csv = Papa.unparse(
    { fields: [...AGREE_CSV_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  // With no rows, papaparse already ends the header with a line break.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// JSON

function alphaJson(agreement: ClassAgreement, tagIds: readonly string[]) {
  return {
    raters: agreement.raters,
    overall: alphaOf(agreement, undefined).value,
    byTag: Object.fromEntries(tagIds.map((id) => [id, alphaOf(agreement, id).value])),
  };
}

function toJson(result: AgreeResult): string {
  const tagIds = result.tags.map((t) => t.id);
  const { students: alone, withKey } = result.agreement;
  const json = {
    lesson: result.lesson,
    tags: result.tags,
    key: result.key,
    students: result.students,
    classAlpha: {
      tokens: alone.tokens,
      students: alphaJson(alone, tagIds),
      withKey: alphaJson(withKey, tagIds),
    },
    refused: result.refused,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function renderAgreement(
  result: AgreeResult,
  format: AgreeFormat,
  options: { bom?: boolean } = {},
): string {
  switch (format) {
    case 'table':
      return toTable(result);
    case 'csv':
      return withByteOrderMark(toCsvText(result), options.bom);
    case 'json':
      return toJson(result);
  }
}
