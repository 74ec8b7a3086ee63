import { describe, expect, it } from 'vitest';
import { TAXONOMY_PRESETS } from '../../../../src/domain/taxonomy-presets';
import type { Annotation } from '../../../../src/domain/types';
import { ptcTechniqueOf, toPtcTsv } from '../../../../src/io/ptc';
import { annotate, docA, library, tags } from '../sample-data';

describe('PTC span file (SemEval-2020 Task 11)', () => {
  it('maps every PTC preset tag back to the corpus’s technique name', () => {
    const preset = TAXONOMY_PRESETS.find((p) => p.id === 'semeval-2020')!;
    const names = preset.tags.map((t) => ptcTechniqueOf(t.id));
    expect(names).not.toContain(undefined);
    expect(ptcTechniqueOf('ptc-loaded-language')).toBe('Loaded_Language');
    expect(ptcTechniqueOf('ptc-name-calling-labeling')).toBe('Name_Calling,Labeling');
    expect(ptcTechniqueOf('loaded-language')).toBeUndefined();
  });

  it('writes id, technique, start, end per span and tag, in code points, without orphans', () => {
    const tsv = toPtcTsv(library);
    const lines = tsv.trimEnd().split('\n');
    expect(tsv.endsWith('\n')).toBe(true);
    expect(lines).toContain('doc-a\tLoaded language\t18\t29');
    // After one emoji, "RTX" starts at code point 164 (UTF-16 offset 165).
    expect(lines).toContain('doc-a\tOutlet affiliation\t164\t167');
    // A quote holding an emoji, tagged twice: two lines, the PTC tag under its corpus name.
    expect(lines).toContain('doc-a\tLoaded language\t186\t200');
    expect(lines).toContain('doc-a\tName_Calling,Labeling\t186\t200');
    expect(lines.filter((l) => l.startsWith('doc-b'))).toEqual(['doc-b\tLoaded language\t31\t51']);
    // Sliced by code points, as Python does, each span gives back its quote.
    const points = [...docA.text];
    expect(points.slice(186, 200).join('')).toBe('"terrorists" 😡');
  });

  it('keeps its columns when a label holds a tab or a line break', () => {
    const odd = { ...tags[0]!, id: 'odd', label: 'Odd\ttag\nname' };
    const annotation: Annotation = { ...annotate(docA, 'civilians'), tagIds: ['odd'] };
    expect(toPtcTsv({ documents: [docA], annotations: [annotation], tags: [odd] })).toBe(
      `doc-a\tOdd tag name\t${docA.text.indexOf('civilians')}\t${docA.text.indexOf('civilians') + 9}\n`,
    );
  });
});
