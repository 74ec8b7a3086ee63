/**
 * Tags and fields named like the properties every JavaScript object inherits (`constructor`,
 * `toString`, `valueOf`, `hasOwnProperty`, `__proto__`) are names like any other, in every
 * export: a CSV never prints `function Object() { [native code] }`, never drops a column, and
 * counts them right.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classAgreement, documentFigures, scoreAgainstKey, spansOf } from '../../../src/analysis';
import { fieldsForTags } from '../../../src/domain/tag-fields';
import type { Annotation, Tag } from '../../../src/domain/types';
import { toAgreementCsv, toResultsCsv } from '../../../src/io/class';
import { toCsv, toFiguresCsv } from '../../../src/io/csv';
import { frontMatterValue, parseFrontMatter } from '../../../src/io/import/front-matter';
import { toPtcTsv } from '../../../src/io/ptc';
import { toReport } from '../../../src/io/report';
import { fromW3C, toW3C } from '../../../src/io/w3c';
import { annotate, docA, tags as defaultTags } from './sample-data';

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

const tag = (id: string, order: number): Tag => ({
  id,
  label: id === 'constructor' ? 'Constructor' : id,
  description: '',
  colour: '#0072B2',
  underline: 'solid',
  taxonomyId: 'custom',
  order,
});
const tags = [...defaultTags, ...NAMES.map((id, i) => tag(id, 20 + i))];

// Parsed from JSON, as a file brings it: `__proto__` is then a field of its own.
const fields = JSON.parse(
  '{"toString":"the SOHR","valueOf":"v","hasOwnProperty":"h","__proto__":"p","constructor":"c"}',
) as Record<string, string>;
const tagged: Annotation = { ...annotate(docA, 'slaughtered'), tagIds: ['constructor'], fields };
const plain: Annotation = { ...annotate(docA, 'fabrications'), tagIds: ['toString'] };
const proto: Annotation = { ...annotate(docA, 'RTX'), tagIds: ['__proto__', 'valueOf'] };
const annotations = [tagged, plain, proto];

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
const NATIVE = /native code|\[object Object\]|function /;

describe('names that objects inherit, in every export', () => {
  it('the annotations CSV: a column for each field, empty where an annotation has none', () => {
    const csv = toCsv({ documents: [docA], annotations, tags, outlets: [] });
    expect(csv).not.toMatch(NATIVE);
    const [header, ...data] = rows(csv);
    for (const name of NAMES) expect(header).toContain(`field_${name}`);
    const column = (name: string) => data.map((row) => row[header!.indexOf(`field_${name}`)]);
    expect(column('toString').filter((v) => v !== undefined)).toEqual(['the SOHR', '', '', '']);
    expect(column('__proto__').filter((v) => v !== undefined)).toEqual(['p', '', '', '']);
    expect(data.map((row) => row[header!.indexOf('tag_label')])).toContain('Constructor');
  });

  it('figures and their CSV count each tag', () => {
    const figures = documentFigures({ document: docA, annotations });
    expect(Object.entries(figures.tagCounts).sort()).toEqual(
      [
        ['__proto__', 1],
        ['constructor', 1],
        ['toString', 1],
        ['valueOf', 1],
      ].sort(),
    );
    const csv = toFiguresCsv([figures], { tags });
    expect(csv).not.toMatch(NATIVE);
    const [header, row] = rows(csv);
    expect(row![header!.indexOf('Tagged: Constructor')]).toBe('1');
    expect(row![header!.indexOf('Tagged: __proto__')]).toBe('1');
  });

  it('agreement and scores against the key, and their CSVs', () => {
    const tagIds = ['constructor', '__proto__'];
    const score = scoreAgainstKey(spansOf(annotations), spansOf([tagged]), tagIds);
    expect(Object.keys(score.byTag).sort()).toEqual(['__proto__', 'constructor']);
    expect(score.byTag['constructor']?.recall).toBe(1);
    const student = {
      student: 'Ana',
      exportedAt: '2025-03-12',
      annotations: 1,
      orphaned: 0,
      score,
    };
    const results = toResultsCsv(tags, [student]);
    expect(results).not.toMatch(NATIVE);

    const agreement = classAgreement(
      new Map([[docA.id, docA.text]]),
      [
        { name: 'Ana', spans: spansOf(annotations) },
        { name: 'Ben', spans: spansOf([tagged]) },
      ],
      tagIds,
    );
    expect(Object.keys(agreement.byTag).sort()).toEqual(['__proto__', 'constructor']);
    const csv = toAgreementCsv(tags, agreement);
    expect(csv).not.toMatch(NATIVE);
    // A tag not measured has no figure, not an inherited one.
    const toStringRow = rows(csv).find((row) => row[0] === 'toString');
    expect(toStringRow?.slice(1, 5)).toEqual(['', '', '', '']);
  });

  it('PTC spans and the printable report', () => {
    const tsv = toPtcTsv({ documents: [docA], annotations, tags });
    expect(tsv).not.toMatch(NATIVE);
    expect(tsv).toContain('\tConstructor\t');
    expect(tsv).toContain('\t__proto__\t');
    const report = toReport({ document: docA, annotations, tags });
    expect(report).not.toMatch(NATIVE);
    expect(report).toContain('Constructor');
  });

  it('W3C annotations, there and back', () => {
    const json = JSON.parse(JSON.stringify(toW3C({ documents: [docA], annotations, tags })));
    const imported = fromW3C(json, [docA]);
    if (!imported.ok) throw new Error(imported.error);
    const back = imported.annotations.find((a) => a.id === tagged.id);
    expect(back?.tagIds).toEqual(['constructor']);
    // Every field Slant gives a name to comes back; `__proto__` is no field name Slant uses.
    const { __proto__: _dropped, ...named } = JSON.parse(JSON.stringify(fields)) as Record<
      string,
      string
    >;
    expect(Object.entries(back?.fields ?? {}).sort()).toEqual(Object.entries(named).sort());
    expect(Object.keys(imported.tagLabels).sort()).toEqual(
      ['__proto__', 'constructor', 'toString', 'valueOf'].sort(),
    );
  });

  it('tags asking questions and Markdown front matter', () => {
    expect(fieldsForTags(NAMES)).toEqual([]);
    const matter = parseFrontMatter('constructor: x\n__proto__: y\ntitle: T');
    expect(frontMatterValue(matter, 'constructor')).toBe('x');
    expect(frontMatterValue(matter, '__proto__')).toBe('y');
    expect(frontMatterValue(matter, 'tostring', 'valueof', 'title')).toBe('T');
  });
});
