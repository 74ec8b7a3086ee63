import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring';
import { defaultLayer } from '../../../../src/domain/layers';
import { AFFILIATIONS, UNDERLINE_STYLES } from '../../../../src/domain/types';
import type {
  Annotation,
  Claim,
  Collection,
  Lesson,
  Outlet,
  SlantDocument,
  Submission,
  Tag,
} from '../../../../src/domain/types';
import {
  MAX_BACKUP_BYTES,
  parseBackup,
  toBackup,
  type BackupContents,
} from '../../../../src/io/backup';
import { library } from '../sample-data';

const exportedAt = new Date('2025-03-10T12:00:00.000Z');

// ---- Arbitrary valid libraries -------------------------------------------------------------

/** Any text, with astral characters, quotes, backslashes, line breaks and lone surrogates. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', '\n', 'é', '😀', '𠀋', '"', '\\', '<', '\u2028', '\ud800'),
    maxLength: 30,
  }),
);
const articleText = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '\n', 'ü', '😀', '👩‍👩‍👧', '𝐓', '"', '\t'),
  minLength: 1,
  maxLength: 120,
});
const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/));
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10)));
const pick = <T>(values: readonly T[]) =>
  values.length === 0
    ? fc.constant([] as T[])
    : fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });

const tagArb = fc.record(
  {
    id,
    label: anyText,
    description: anyText,
    colour: fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
    underline: fc.constantFrom(...UNDERLINE_STYLES),
    shortcut: fc.string({ maxLength: 1 }),
    taxonomyId: anyText,
    order: fc.integer({ min: -5, max: 50 }),
  },
  { requiredKeys: ['id', 'label', 'description', 'colour', 'underline', 'taxonomyId', 'order'] },
);

const outletArb = fc.record(
  {
    id,
    name: anyText,
    aliases: fc.array(anyText, { maxLength: 2 }),
    domains: fc.array(fc.domain(), { maxLength: 2 }),
    affiliation: fc.constantFrom(...AFFILIATIONS),
    country: anyText,
    owner: anyText,
    notes: anyText,
    evidence: fc.array(fc.record({ url: fc.webUrl(), label: anyText }, { requiredKeys: ['url'] }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['id', 'name', 'aliases', 'domains', 'affiliation', 'evidence'] },
);

function annotationArb(document: SlantDocument, tagIds: readonly string[]) {
  const length = document.text.length;
  return fc
    .record(
      {
        id,
        tagIds: pick([...tagIds, 'removed-tag']),
        a: fc.nat({ max: length }),
        b: fc.nat({ max: length }),
        orphan: fc.option(
          fc.record({
            start: fc.nat(500),
            span: fc.nat(40),
            exact: anyText.filter((t) => t.length > 0),
            prefix: anyText,
            suffix: anyText,
          }),
          { freq: 4 },
        ),
        note: anyText,
        fields: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/), anyText, {
          maxKeys: 2,
        }),
        annotator: anyText,
        origin: fc.constantFrom('manual' as const, 'suggestion' as const),
        createdAt: date,
        updatedAt: date,
      },
      { noNullPrototype: true },
    )
    .map(({ a, b, orphan, ...rest }): Annotation => {
      let [start, end] = [Math.min(a, b), Math.max(a, b)];
      // Whole characters only, and at least one, as the editor stores them.
      if (/[\udc00-\udfff]/.test(document.text[start] ?? '')) start -= 1;
      if (/[\udc00-\udfff]/.test(document.text[end] ?? '')) end += 1;
      if (start === end)
        end = Math.min(length, end + (/[\ud800-\udbff]/.test(document.text[end] ?? '') ? 2 : 1));
      if (start === end) start -= /[\udc00-\udfff]/.test(document.text[start - 1] ?? '') ? 2 : 1;
      const anchored = orphan === null;
      return {
        ...rest,
        layerId: 'layer-mine',
        documentId: document.id,
        target: anchored
          ? describeRange(document.text, start, end)
          : {
              start: orphan.start,
              end: orphan.start + orphan.span,
              exact: orphan.exact,
              prefix: orphan.prefix,
              suffix: orphan.suffix,
            },
        status: anchored ? 'anchored' : 'orphaned',
      };
    });
}

const contentsArb = fc.gen().map((g): BackupContents => {
  // One key applies one tag: the taxonomy editor refuses a key another tag has.
  const keys = new Set<string>();
  const tags: Tag[] = g(() => fc.uniqueArray(tagArb, { selector: (t) => t.id, maxLength: 4 })).map(
    ({ shortcut, ...tag }) =>
      shortcut && !keys.has(shortcut) && keys.add(shortcut) ? { ...tag, shortcut } : tag,
  );
  const outlets: Outlet[] = g(() =>
    fc.uniqueArray(outletArb, { selector: (o) => o.id, maxLength: 3 }),
  );
  const collectionIds = g(() => fc.uniqueArray(id, { maxLength: 3 }));
  const documents: SlantDocument[] = g(() =>
    fc.uniqueArray(
      fc.record(
        {
          id,
          title: anyText,
          text: articleText,
          outletId:
            outlets.length > 0 ? fc.constantFrom(...outlets.map((o) => o.id)) : fc.constant('x'),
          url: fc.webUrl(),
          author: anyText,
          publishedAt: date,
          importedAt: date,
          language: fc.constantFrom('en', 'ar', 'pt-BR'),
          contentHash: fc.stringMatching(/^[0-9a-f]{64}$/),
          collectionIds: pick(collectionIds),
          deletedAt: date,
        },
        {
          requiredKeys: ['id', 'title', 'text', 'importedAt', 'contentHash', 'collectionIds'],
        },
      ),
      { selector: (d) => d.id, maxLength: 4 },
    ),
  );
  const collections: Collection[] = collectionIds.map((collectionId) => ({
    id: collectionId,
    name: g(() => anyText),
    description: g(() => anyText),
    documentIds: documents.filter((d) => d.collectionIds.includes(collectionId)).map((d) => d.id),
  }));
  const seen = new Set<string>();
  const annotations = documents
    .flatMap((document) =>
      g(() =>
        fc.array(
          annotationArb(
            document,
            tags.map((t) => t.id),
          ),
          { maxLength: 4 },
        ),
      ),
    )
    .filter((a) => !seen.has(a.id) && seen.add(a.id));
  const tagIds = tags.map((t) => t.id);
  const claims: Claim[] = g(() =>
    fc.uniqueArray(
      fc.record({
        id,
        layerId: fc.constant('layer-mine'),
        name: anyText,
        note: anyText,
        annotationIds: pick(annotations.map((a) => a.id)),
        createdAt: date,
        updatedAt: date,
      }),
      { selector: (c) => c.id, maxLength: 2 },
    ),
  );
  const lessons: Lesson[] = g(() =>
    fc.uniqueArray(
      fc.record(
        {
          id,
          title: anyText,
          instructions: anyText,
          documentIds: pick(documents.map((d) => d.id)),
          tagIds: pick(tagIds),
          role: fc.constantFrom('teacher' as const, 'student' as const),
          createdAt: date,
        },
        {
          requiredKeys: [
            'id',
            'title',
            'instructions',
            'documentIds',
            'tagIds',
            'role',
            'createdAt',
          ],
        },
      ),
      { selector: (l) => l.id, maxLength: 2 },
    ),
  );
  const submissions: Submission[] =
    lessons.length === 0
      ? []
      : g(() =>
          fc.uniqueArray(
            fc.record({
              id,
              lessonId: fc.constantFrom(...lessons.map((l) => l.id)),
              student: anyText.filter((name) => name.trim().length > 0),
              layerId: id,
              orphanCount: fc.nat(5),
              exportedAt: date,
              importedAt: date,
            }),
            { selector: (s) => s.id, maxLength: 2 },
          ),
        );
  return {
    documents,
    annotations,
    tags,
    outlets,
    collections,
    claims,
    lessons,
    submissions,
    layers: g(() => fc.boolean()) ? [defaultLayer('Maya', '2025-01-01T00:00:00.000Z')] : [],
    tombstones: g(() =>
      fc.uniqueArray(
        fc.record({ id, layerId: fc.constant('layer-mine'), documentId: id, deletedAt: date }),
        { selector: (t) => t.id, maxLength: 3 },
      ),
    ),
    unplaced: g(() => fc.boolean()) ? [waitingAnnotation] : [],
    meta: lessons.map((lesson) => ({
      key: `lesson-content-changed:${lesson.id}`,
      value: g(() => date),
    })),
    dismissedSuggestions:
      documents.length === 0
        ? []
        : g(() =>
            fc.uniqueArray(
              fc.record({
                id,
                documentId: fc.constantFrom(...documents.map((d) => d.id)),
                layerId: fc.constant('layer-mine'),
                tag: fc.constantFrom('loaded-language', 'unattributed-claim'),
                start: fc.nat(20),
                end: fc.nat(40),
                exact: anyText,
                dismissedAt: date,
              }),
              { selector: (d) => d.id, maxLength: 3 },
            ),
          ),
  };
});

/** An imported annotation waiting in the Unplaced list for its article. */
const waitingAnnotation = {
  id: 'waiting-1',
  layerId: 'layer-mine',
  sources: ['https://example.org/news/1'],
  passage: { exact: 'a quote', prefix: '', suffix: '' },
  tagIds: [],
  note: 'Waiting for its article',
  fields: {},
  annotator: 'Maya',
  origin: 'manual' as const,
  fileName: 'hypothesis.json',
  createdAt: '2025-01-02T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
};

// ---- Tests ---------------------------------------------------------------------------------

function refusal(text: string, options = {}) {
  const result = parseBackup(text, options);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

const file = (change: (backup: Record<string, unknown> & BackupContents) => void) => {
  const backup = JSON.parse(toBackup(structuredClone(library), exportedAt));
  change(backup);
  return JSON.stringify(backup);
};

describe('Slant backup', () => {
  it('restores exactly what was exported, for any valid library (property)', () => {
    fc.assert(
      fc.property(contentsArb, (contents) => {
        const parsed = parseBackup(toBackup(contents, exportedAt));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.exportedAt).toBe(exportedAt.toISOString());
        expect(parsed.contents).toEqual(contents);
        // Byte for byte, key order included: the restore writes what was read.
        expect(JSON.stringify(parsed.contents)).toBe(JSON.stringify(contents));
      }),
      // No shrinking: shrinking a whole library can take minutes; the first failure is enough.
      { numRuns: 300, endOnFailure: true },
    );
  }, 60_000);

  it('restores the sample library, with a format and version at the top', () => {
    const text = toBackup(library, exportedAt);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "format": "slant-backup",',
      '  "version": 4,',
      '  "exportedAt": "2025-03-10T12:00:00.000Z",',
    ]);
    expect(parseBackup(text)).toEqual({
      ok: true,
      contents: {
        ...library,
        claims: [],
        lessons: [],
        submissions: [],
        layers: [],
        tombstones: [],
        unplaced: [],
        meta: [],
        dismissedSuggestions: [],
      },
      exportedAt: '2025-03-10T12:00:00.000Z',
      warnings: [],
    });
  });

  it('refuses invalid JSON, saying the line and column', () => {
    const text = toBackup(library, exportedAt).replace('"version": 4,', '"version": 4,,');
    expect(refusal(text, { fileName: 'slant-backup.json' })).toMatch(
      /^“slant-backup\.json” is not valid JSON at line 3, column 16: /,
    );
    expect(refusal('   ')).toBe('The file is empty.');
  });

  it('refuses another format, a newer version and a version that is not one', () => {
    expect(refusal(file((b) => (b.format = 'slant-outlet-registry')))).toBe(
      'The file is not a Slant backup.',
    );
    expect(
      refusal(
        JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
        }),
      ),
    ).toMatch(/not a Slant backup \(it looks like W3C annotations/);
    expect(refusal(file((b) => (b.version = 5)))).toMatch(
      /made by a newer Slant \(backup format version 5; this Slant reads version 4\)/,
    );
    expect(refusal(file((b) => (b.version = '1' as unknown as number)))).toMatch(
      /no valid format version \(found "1"\)/,
    );
  });

  it('recognises a file cut off anywhere as ended early', () => {
    const text = toBackup(library, exportedAt);
    const cuts = fc.sample(fc.integer({ min: 1, max: text.lastIndexOf('}') - 1 }), {
      numRuns: 200,
      seed: 7,
    });
    for (const cut of [...cuts, 1, 12, text.indexOf('😡') + 1, text.lastIndexOf('}') - 1]) {
      expect(refusal(text.slice(0, cut), { fileName: 'backup.json' })).toBe(
        '“backup.json” ends early (it may have been cut off while saving or downloading).',
      );
    }
  });

  it('refuses offsets beyond the text of an anchored annotation, naming the document', () => {
    const error = refusal(
      file((b) => {
        b.annotations[0]!.target.end = 5012;
      }),
      { fileName: 'class.json' },
    );
    expect(error).toBe(
      '“class.json” cannot be restored:\n' +
        'annotations[0].target.end: 5012 is beyond the end of document “Clashes in the north” (302 characters)',
    );
  });

  it('accepts an orphan whose old offsets lie beyond the text, and warns of a moved quote', () => {
    const orphan = library.annotations.find((a) => a.status === 'orphaned')!;
    const result = parseBackup(
      file((b) => {
        b.annotations.find((a) => a.id === orphan.id)!.target.start = 9000;
        b.annotations.find((a) => a.id === orphan.id)!.target.end = 9020;
        b.annotations[0]!.target.exact = 'slaughtering';
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        {
          where: 'annotations[0].target.exact',
          message: expect.stringMatching(
            /^the quote differs from the text of “Clashes in the north” at 18–29; Slant will look for it/,
          ),
        },
      ],
    });
  });

  it('refuses unknown tags, but takes the removed ones the backup declares', () => {
    const error = refusal(
      file((b) => (b.annotations[1]!.tagIds = ['loaded-language', 'no-such-tag'])),
    );
    expect(error).toMatch(
      /annotations\[1\]\.tagIds\[1\]: unknown tag “no-such-tag” \(the backup’s tags are “loaded-language”, “unattributed-claim”/,
    );
    const removed = { ...library, tags: library.tags.filter((t) => t.id !== 'outlet-affiliation') };
    const text = toBackup(removed, exportedAt);
    expect(text).toContain('"removedTagIds": ["outlet-affiliation"]');
    expect(parseBackup(text)).toMatchObject({ ok: true, contents: removed });
  });

  it('refuses duplicate ids in any table', () => {
    expect(refusal(file((b) => b.documents.push(b.documents[0]!)))).toMatch(
      /documents\[2\]\.id: “doc-a” is used twice \(also by documents\[0\]\)/,
    );
    expect(refusal(file((b) => (b.annotations[3]!.id = b.annotations[1]!.id)))).toMatch(
      /annotations\[3\]\.id: “[0-9a-f-]+” is used twice \(also by annotations\[1\]\)/,
    );
  });

  it('refuses references to records that are not in the backup', () => {
    const error = refusal(
      file((b) => {
        b.annotations[2]!.documentId = 'doc-gone';
      }),
    );
    expect(error).toContain('annotations[2].documentId: document “doc-gone” is not in the backup');
  });

  it('repairs what an older Slant could leave inconsistent, saying what and where', () => {
    const parsed = parseBackup(
      file((b) => {
        b.collections[0]!.documentIds.push('doc-gone', 'doc-a');
        b.documents[0]!.collectionIds.push('collection-1');
        b.tags[1]!.shortcut = b.tags[0]!.shortcut;
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.contents.collections[0]?.documentIds).toEqual(['doc-a', 'doc-b']);
    expect(parsed.contents.documents[0]?.collectionIds).toEqual(['collection-1']);
    expect(parsed.contents.tags[1]).not.toHaveProperty('shortcut');
    expect(parsed.contents.tags[0]?.shortcut).toBe(library.tags[0]?.shortcut);
    expect(parsed.warnings.map((w) => [w.where, w.repaired])).toEqual([
      ['collections[0].documentIds[2]', true],
      ['collections[0].documentIds[3]', true],
      ['documents[0].collectionIds[1]', true],
      ['tags[1].shortcut', true],
    ]);
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'collection “One event, two outlets” lists document “doc-gone”, which is not in the backup; it was taken out of the list',
      '“doc-a” is listed twice; the repeat was taken out',
      '“collection-1” is listed twice; the repeat was taken out',
      `key “${library.tags[0]?.shortcut}” is also the key of tag “${library.tags[0]?.label}” (tags[0]); tag “${library.tags[1]?.label}” was left without a key`,
    ]);
  });

  it('says where a record has the wrong type, a missing or an unknown field', () => {
    const error = refusal(
      file((b) => {
        (b.annotations[0]!.target as unknown as Record<string, unknown>).start = '5';
        delete (b.documents[1] as Partial<SlantDocument>).importedAt;
        (b.tags[0] as unknown as Record<string, unknown>).colour = 'red; background: url(x)';
        (b.outlets[0] as unknown as Record<string, unknown>).rating = 5;
        b.annotations[2]!.createdAt = 'yesterday';
        b.annotations[3]!.origin = 'robot' as 'manual';
      }),
    );
    expect(error.split('\n')).toEqual([
      'The file cannot be restored:',
      'tags[0].colour: must be a colour such as #D55E00',
      'outlets[0]: unknown field “rating”',
      'documents[1].importedAt: is missing',
      'annotations[0].target.start: must be a number',
      'annotations[2].createdAt: must be a date such as 2025-03-08 or 2025-03-08T10:00:00.000Z',
      '… and 1 more problems.',
    ]);
    expect(refusal(file((b) => (b.documents[0]!.importedAt = '2025-02-31T10:00')))).toMatch(
      /documents\[0\]\.importedAt: is not a real date/,
    );
  });

  it('refuses a `__proto__` field, which zod itself lets through', () => {
    const text = toBackup(library, exportedAt).replace(
      '"fields":{"shouldCite"',
      '"fields":{"__proto__":"x","shouldCite"',
    );
    expect(refusal(text)).toMatch(
      /annotations\[1\]\.fields\.__proto__: is not a field name Slant uses/,
    );
  });

  it('refuses a file over the size limit before reading it, saying how large it is', () => {
    const huge = ' '.repeat(100 * 1024 * 1024);
    expect(MAX_BACKUP_BYTES).toBeLessThan(huge.length);
    expect(refusal(huge, { fileName: 'huge.json' })).toBe(
      '“huge.json” is 100 MB; Slant reads files up to 64 MB. Is it the right file?',
    );
    // The limit counts UTF-8 bytes: 400 characters of Cyrillic are 800 bytes.
    expect(refusal(`"${'ж'.repeat(400)}"`, { maxBytes: 500 })).toMatch(
      /^The file is 1 KB; Slant reads files up to 1 KB/,
    );
    expect(parseBackup(toBackup(library, exportedAt), { maxBytes: 100_000 }).ok).toBe(true);
  });
});
