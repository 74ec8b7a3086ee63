/**
 * The PTC span file, checked against what the SemEval-2020 Task 11 scorers accept
 * (`tests/support/ptc-scorer-format.ts`): with the task's preset in use every line must pass, and
 * on a real corpus article the export gives back the corpus's own label lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring';
import {
  extendTaxonomy,
  mergePreset,
  TAXONOMY_PRESETS,
} from '../../../../src/domain/taxonomy-presets';
import type { Annotation, SlantDocument } from '../../../../src/domain/types';
import { semEvalPresetInUse, tagIdOfPtcTechnique, toPtcTsv } from '../../../../src/io/ptc';
import { ptcFormatProblems } from '../../../support/ptc-scorer-format';
import { docA, docB, library, tags } from '../sample-data';

const preset = TAXONOMY_PRESETS.find((p) => p.id === 'semeval-2020')!;
const withPreset = [...tags, ...extendTaxonomy(tags, preset.tags, preset.id)];
const articles = new Map([
  [docA.id, docA.text],
  [docB.id, docB.text],
]);

describe('PTC span file and the SemEval-2020 scorers', () => {
  it('tells when the preset is in use: a tag for each of the 14 techniques', () => {
    expect(semEvalPresetInUse(tags)).toBe(false);
    expect(semEvalPresetInUse(withPreset)).toBe(true);
  });

  it('with the preset, writes only lines the scorers accept, in the corpus’s names', () => {
    const tsv = toPtcTsv({ ...library, tags: withPreset });
    expect(ptcFormatProblems(tsv, articles)).toEqual([]);
    const lines = tsv.trimEnd().split('\n');
    // Slant's loaded-language tag is the corpus's Loaded_Language; outlet affiliation has no
    // technique and is left out; the PTC tag keeps its name.
    expect(lines).toContain('doc-a\tLoaded_Language\t18\t29');
    expect(lines).toContain('doc-a\tName_Calling,Labeling\t186\t200');
    expect(lines.some((line) => line.includes('affiliation'))).toBe(false);
  });

  it('a tag merged with the preset’s (an alias) writes the technique’s name', () => {
    const { added, merged } = mergePreset(tags, preset.tags);
    const merging = [...tags.map((t) => merged.find((m) => m.id === t.id) ?? t), ...added];
    expect(merged.map((t) => t.id)).toEqual(['loaded-language']);
    expect(semEvalPresetInUse(merging)).toBe(true);
    const tsv = toPtcTsv({ ...library, tags: merging });
    expect(ptcFormatProblems(tsv, articles)).toEqual([]);
    expect(tsv.trimEnd().split('\n')).toContain('doc-a\tLoaded_Language\t18\t29');
  });

  it('the check does catch a file the scorers refuse', () => {
    const tsv = toPtcTsv(library);
    expect(ptcFormatProblems(tsv, articles)).toContainEqual(
      expect.stringContaining('Outlet affiliation is not a technique'),
    );
    expect(ptcFormatProblems('doc-a\tDoubt\t5\t5\n', articles)).toEqual([
      'line 1: start is not before end',
    ]);
    expect(ptcFormatProblems('doc-a\tDoubt\t5\t99999\n', articles)).toEqual([
      'line 1: end is beyond the article',
    ]);
    expect(ptcFormatProblems('doc-z\tDoubt\t1\t2', articles)).toEqual([
      'the file does not end with a line break',
    ]);
  });
});

const CORPUS =
  process.env['SLANT_PTC_TRAIN'] ??
  fileURLToPath(new URL('../../../../../shared/corpora/ptc-train/', import.meta.url));
const ARTICLE = '111111111';
const corpusFound = existsSync(`${CORPUS}/articles/article${ARTICLE}.txt`);

describe.runIf(corpusFound)(
  'PTC span file on a corpus article (read from the shared corpus)',
  () => {
    it('gives back the corpus’s own label lines for the corpus’s spans', () => {
      const text = readFileSync(`${CORPUS}/articles/article${ARTICLE}.txt`, 'utf8');
      const gold = readFileSync(`${CORPUS}/train-task2-TC.labels`, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith(`${ARTICLE}\t`));
      expect(gold.length).toBeGreaterThan(3);
      const document: SlantDocument = {
        id: ARTICLE,
        title: text.split('\n', 1)[0]!,
        text,
        importedAt: '2025-03-08T09:00:00.000Z',
        contentHash: '0'.repeat(64),
        collectionIds: [],
      };
      const points = [...text];
      const toUtf16 = (codePoint: number) => points.slice(0, codePoint).join('').length;
      const annotations = gold.map((line, index): Annotation => {
        const [, technique, start, end] = line.split('\t') as [string, string, string, string];
        return {
          id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          documentId: ARTICLE,
          layerId: 'layer-mine',
          tagIds: [tagIdOfPtcTechnique(technique)!],
          target: describeRange(text, toUtf16(Number(start)), toUtf16(Number(end))),
          note: '',
          fields: {},
          annotator: 'PTC',
          origin: 'manual',
          status: 'anchored',
          createdAt: '2025-03-08T10:00:00.000Z',
          updatedAt: '2025-03-08T10:00:00.000Z',
        };
      });
      const tsv = toPtcTsv({ documents: [document], annotations, tags: withPreset });
      expect(ptcFormatProblems(tsv, new Map([[ARTICLE, text]]))).toEqual([]);
      expect(tsv.trimEnd().split('\n').sort()).toEqual([...gold].sort());
    });
  },
);
