import { describe, expect, it } from 'vitest';
import { importedLayer } from '../../../../src/domain/layers';
import { ptcFilesByLayer, toPtcTsv } from '../../../../src/io/ptc';
import { annotate, docA, docB, tags } from '../sample-data';

describe('PTC span files per layer', () => {
  const mine = annotate(docA, 'slaughtered', { tagIds: ['loaded-language'] });
  const theirs = {
    ...annotate(docB, 'shelling', { tagIds: ['loaded-language'] }),
    layerId: 'layer-import-1',
  };
  const documents = [docA, docB];

  it('writes one file, named as before, when every annotation is in one layer', () => {
    const files = ptcFilesByLayer({ documents, annotations: [mine], tags });
    expect(files).toEqual([
      { layerId: 'layer-mine', label: '', tsv: toPtcTsv({ documents, annotations: [mine], tags }) },
    ]);
  });

  it('writes each layer’s spans to its own file, labelled by the layer', () => {
    const layers = [importedLayer('layer-import-1', 'Ana’s work', 1, '2025-03-01')];
    const files = ptcFilesByLayer({ documents, annotations: [mine, theirs], tags, layers });
    expect(files.map((f) => [f.layerId, f.label])).toEqual([
      ['layer-mine', 'layer-mine'],
      ['layer-import-1', 'Ana’s work'],
    ]);
    expect(files[0]!.tsv).toBe(toPtcTsv({ documents, annotations: [mine], tags }));
    expect(files[1]!.tsv).toBe(toPtcTsv({ documents, annotations: [theirs], tags }));
    expect(files[1]!.tsv).toContain(`${docB.id}\tLoaded language\t`);
  });
});
