import { describe, expect, it } from 'vitest';
import { defaultLayer, importedLayer, lessonWorkLayer } from '../../../../src/domain/layers';
import type { Lesson } from '../../../../src/domain/types';
import { BACKUP_TABLES, parseBackup, toBackup } from '../../../../src/io/backup';
import { annotate, docA, docB, library } from '../sample-data';

const exportedAt = new Date('2025-03-10T12:00:00.000Z');

describe('Slant backup, versions 3 and 4: layers, tombstones and the Unplaced list', () => {
  it('holds layers (with the reference data), tombstones and Unplaced, and restores them exactly', () => {
    const inLayer = { ...annotate(docA, 'slaughtered'), layerId: 'layer-import-1' };
    const contents = {
      ...library,
      annotations: [...library.annotations, inLayer],
      claims: [],
      lessons: [],
      submissions: [],
      layers: [
        defaultLayer('Maya', '2025-03-01T00:00:00.000Z'),
        importedLayer('layer-import-1', 'old.jsonld', 1, '2025-03-02T00:00:00.000Z'),
      ],
      tombstones: [
        { id: 'gone-1', layerId: 'layer-mine', documentId: docB.id, deletedAt: '2025-03-05' },
      ],
      unplaced: [
        {
          id: 'waiting-1',
          layerId: 'layer-import-1',
          sources: ['https://elsewhere.example/report'],
          passage: { exact: 'a quote from elsewhere', prefix: 'and ', suffix: '.' },
          tagIds: ['loaded-language'],
          note: 'Waits for its article',
          fields: {},
          annotator: 'Maya',
          origin: 'manual' as const,
          fileName: 'old.jsonld',
          createdAt: '2025-03-02T00:00:00.000Z',
          updatedAt: '2025-03-02T00:00:00.000Z',
        },
        {
          id: 'page-note-1',
          layerId: 'layer-import-1',
          sources: ['https://example.org/b'],
          documentId: docB.id,
          tagIds: [],
          note: 'A note on the whole page',
          fields: {},
          annotator: 'Maya',
          origin: 'manual' as const,
          fileName: 'old.jsonld',
          createdAt: '2025-03-02T00:00:00.000Z',
          updatedAt: '2025-03-02T00:00:00.000Z',
        },
      ],
      meta: [],
      dismissedSuggestions: [],
    };
    const text = toBackup(contents, exportedAt);
    expect(text).toContain('  "version": 4,');
    expect(BACKUP_TABLES.indexOf('layers')).toBeLessThan(BACKUP_TABLES.indexOf('annotations'));
    expect(parseBackup(text)).toEqual({
      ok: true,
      contents,
      exportedAt: exportedAt.toISOString(),
      warnings: [],
    });
  });

  it('reads a version 2 backup into layers as the schema upgrade does', () => {
    const studentLesson: Lesson = {
      id: 'lesson-s',
      title: 'Two reports',
      instructions: '',
      documentIds: [docA.id],
      tagIds: [],
      role: 'student',
      createdAt: '2025-03-08T09:00:00.000Z',
    };
    const before = annotate(docA, 'slaughtered', { createdAt: '2025-03-08T08:00:00.000Z' });
    const after = annotate(docA, 'fabrications', { createdAt: '2025-03-08T10:00:00.000Z' });
    const other = annotate(docB, 'shelling', { createdAt: '2025-03-08T10:00:00.000Z' });
    const old = JSON.parse(
      toBackup({ ...library, annotations: [before, after, other], lessons: [studentLesson] }),
    );
    old.version = 2;
    delete old.layers;
    delete old.tombstones;
    delete old.meta;
    delete old.dismissedSuggestions;
    for (const annotation of old.annotations) delete annotation.layerId;
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.contents.annotations.map((a) => a.layerId)).toEqual([
      'layer-mine',
      'layer-work-lesson-s',
      'layer-mine',
    ]);
    expect(parsed.contents.layers).toEqual([lessonWorkLayer(studentLesson, 1, parsed.exportedAt)]);
    expect(parsed.contents.tombstones).toEqual([]);
  });
});
