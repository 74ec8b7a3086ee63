import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MIN_ANNOTATIONS,
  learningLayerIds,
  tagsToLearn,
  trainingExamples,
  type ReaderWork,
} from '../../../src/analysis';
import {
  BUILT_IN_MODEL_REVISION,
  learnerRevision,
} from '../../../src/analysis/learn/learner-revision';
import type { AnnotationLayer } from '../../../src/domain/records';
import type { Annotation, DismissedSuggestion } from '../../../src/domain/types';

const AT = '2026-01-01T00:00:00.000Z';

const layer = (id: string, kind: AnnotationLayer['kind'], readOnly = false): AnnotationLayer => ({
  id,
  kind,
  owner: '',
  label: id,
  colour: '#1f6feb',
  readOnly,
  createdAt: AT,
  updatedAt: AT,
});

const TEXTS = new Map([
  ['d1', 'The thugs looted the glorious old market on Monday.'],
  ['d2', 'Officials said the council met on Friday.'],
  ['d3', 'Nobody marked anything here.'],
]);

function mark(
  documentId: string,
  word: string,
  tag = 'name-calling',
  more: Partial<Annotation> = {},
) {
  const text = TEXTS.get(documentId)!;
  const start = text.indexOf(word);
  return {
    id: `${documentId}-${word}-${tag}-${more.layerId ?? 'mine'}`,
    documentId,
    layerId: 'mine',
    tagIds: [tag],
    target: { start, end: start + word.length, exact: word, prefix: '', suffix: '' },
    note: '',
    fields: {},
    annotator: '',
    origin: 'manual',
    status: 'anchored',
    createdAt: AT,
    updatedAt: AT,
    ...more,
  } satisfies Annotation;
}

function rejection(documentId: string, word: string, tag = 'name-calling', exact = word) {
  const start = TEXTS.get(documentId)!.indexOf(word);
  return {
    id: `${documentId}|${tag}|${start}`,
    documentId,
    layerId: 'mine',
    tag,
    start,
    end: start + word.length,
    exact,
    dismissedAt: AT,
  } satisfies DismissedSuggestion;
}

describe('which layers learning reads', () => {
  const layers = [
    layer('mine', 'mine'),
    layer('key-mine', 'lesson-key'),
    layer('key-teacher', 'lesson-key', true),
    layer('work-mine', 'lesson-work'),
    layer('work-submitted', 'lesson-work', true),
    layer('student', 'lesson-work', true),
    layer('import', 'imported'),
    layer('classmate', 'member', true),
    layer('colleague', 'member'),
  ];

  it('reads the layers the reader owns and edits, never imports, members or read-only ones', () => {
    expect(learningLayerIds(layers, new Set())).toEqual(['mine', 'key-mine', 'work-mine']);
  });

  it('reads any other layer the reader points it at', () => {
    expect(learningLayerIds(layers, new Set(['import', 'classmate']))).toEqual([
      'mine',
      'key-mine',
      'work-mine',
      'import',
      'classmate',
    ]);
  });
});

describe('the training set of a tag', () => {
  const work: ReaderWork = {
    annotations: [
      mark('d1', 'thugs'),
      mark('d1', 'thugs', 'name-calling', { layerId: 'work' }),
      mark('d1', 'glorious', 'loaded-language'),
      mark('d2', 'council', 'name-calling', { status: 'orphaned' }),
    ],
    dismissed: [
      rejection('d1', 'Monday'),
      rejection('d2', 'Officials'),
      rejection('d2', 'Friday', 'name-calling', 'Thursday'),
    ],
  };

  it('has the marked passages as positives (once, however many layers mark them) on every text worked on', () => {
    const examples = trainingExamples('name-calling', TEXTS, work);
    expect(examples.map((e) => e.text)).toEqual([TEXTS.get('d1'), TEXTS.get('d2')]);
    expect(examples[0]!.marked).toEqual([{ start: 4, end: 9 }]);
    // An orphaned annotation's place is not known: it teaches nothing.
    expect(examples[1]!.marked).toEqual([]);
  });

  it('has the rejected suggestions as negatives, while their words are still there', () => {
    const examples = trainingExamples('name-calling', TEXTS, work);
    const monday = TEXTS.get('d1')!.indexOf('Monday');
    expect(examples[0]!.rejected).toEqual([{ start: monday, end: monday + 6 }]);
    // "Friday" was rejected as "Thursday": the text changed since, so it is left out.
    expect(examples[1]!.rejected).toEqual([{ start: 0, end: 9 }]);
  });

  it("counts a tag's other texts as negatives: a text with another tag marked is an example", () => {
    const examples = trainingExamples('loaded-language', TEXTS, work);
    expect(examples).toHaveLength(2);
    expect(examples[1]).toEqual({ text: TEXTS.get('d2'), marked: [] });
  });

  it('after a reset, counts only what was marked and rejected since', () => {
    const later = '2026-02-01T00:00:00.000Z';
    const newer: ReaderWork = {
      annotations: [
        ...work.annotations,
        mark('d2', 'Officials', 'name-calling', { id: 'n', createdAt: later }),
      ],
      dismissed: work.dismissed,
    };
    const examples = trainingExamples('name-calling', TEXTS, newer, '2026-01-15T00:00:00.000Z');
    expect(examples.flatMap((e) => e.marked)).toEqual([{ start: 0, end: 9 }]);
    expect(examples.flatMap((e) => e.rejected ?? [])).toEqual([]);
  });
});

describe('the tags to learn', () => {
  it('lists each marked tag with its counts, but not the tags rule-based detectors find', () => {
    const work: ReaderWork = {
      annotations: [
        mark('d1', 'thugs'),
        mark('d1', 'glorious', 'loaded-language'),
        mark('d2', 'Officials said', 'unattributed-claim'),
      ],
      dismissed: [rejection('d1', 'Monday')],
    };
    expect(
      tagsToLearn(work).map(({ tag, annotations, rejections }) => [tag, annotations, rejections]),
    ).toEqual([
      ['loaded-language', 1, 0],
      ['name-calling', 1, 1],
    ]);
    expect(MIN_ANNOTATIONS).toBeGreaterThan(1);
  });

  it("changes a tag's signature when its annotations change, and only then", () => {
    const before = tagsToLearn({
      annotations: [mark('d1', 'thugs'), mark('d1', 'glorious', 'praise')],
      dismissed: [],
    });
    const other = tagsToLearn({
      annotations: [mark('d1', 'thugs'), mark('d1', 'old', 'praise')],
      dismissed: [],
    });
    const more = tagsToLearn({
      annotations: [mark('d1', 'thugs'), mark('d1', 'looted')],
      dismissed: [],
    });
    const sig = (list: typeof before, tag: string) => list.find((t) => t.tag === tag)?.signature;
    expect(sig(other, 'name-calling')).toBe(sig(before, 'name-calling'));
    expect(sig(other, 'praise')).not.toBe(sig(before, 'praise'));
    expect(sig(more, 'name-calling')).not.toBe(sig(before, 'name-calling'));
  });
});

describe('learning again after an update', () => {
  const work: ReaderWork = {
    annotations: [mark('d1', 'thugs'), mark('d1', 'glorious', 'loaded-language')],
    dismissed: [],
  };
  const signatures = (learner: (tag: string) => string) =>
    Object.fromEntries(tagsToLearn(work, {}, learner).map((t) => [t.tag, t.signature]));

  it('marks a tag stale when what it is learned with changes, though the annotations did not', () => {
    const before = signatures(() => 'learner 1');
    const after = signatures(() => 'learner 2');
    expect(after['loaded-language']).not.toBe(before['loaded-language']);
    expect(after['name-calling']).not.toBe(before['name-calling']);
  });

  it('learns loaded language again for a new built-in model, and other tags only for new code', () => {
    expect(learnerRevision('loaded-language')).toContain(BUILT_IN_MODEL_REVISION);
    expect(learnerRevision('name-calling')).not.toContain(BUILT_IN_MODEL_REVISION);
    expect(tagsToLearn(work).map((t) => t.signature)).toEqual(
      tagsToLearn(work, {}, learnerRevision).map((t) => t.signature),
    );
  });

  it("names the shipped model's revision by a digest of the model's files themselves", () => {
    const file = (name: string) =>
      readFileSync(fileURLToPath(new URL(`../../../src/analysis/data/${name}`, import.meta.url)));
    const digest = createHash('sha256')
      .update(file('loaded-language-lexicon.json'))
      .update(file('loaded-language-context.json'))
      .digest('hex')
      .slice(0, 16);
    expect(BUILT_IN_MODEL_REVISION).toBe(digest);
  });
});
