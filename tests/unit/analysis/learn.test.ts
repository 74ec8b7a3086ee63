import { describe, expect, it } from 'vitest';
import {
  adaptationNote,
  analyze,
  LearnedModelError,
  suggestLearned,
  toLearnedModels,
  trainTagModel,
  updateTagModel,
  type TagExample,
} from '../../../src/analysis';
import {
  scoreTokens,
  SHIPPED_MODEL,
} from '../../../src/analysis/loaded-language/detect-loaded-language';
import { learnedModelSchema } from '../../../src/domain/records';
import { modelOf } from '../../../src/analysis/learn/train-tag-model';
import { readSeed } from './read-seed';

const PRAISE = ['magnificent', 'glorious', 'heroic', 'splendid'];
const PLACES = ['harbour', 'station', 'market', 'bridge'];

/** A text praising a place, with the praise word marked as the tag. */
function praised(i: number): TagExample {
  const word = PRAISE[i % PRAISE.length] as string;
  const place = PLACES[i % PLACES.length] as string;
  const text = `Report ${i}: the mayor opened the ${word} new ${place} on Monday, officials said.`;
  const start = text.indexOf(word);
  return { text, marked: [{ start, end: start + word.length }] };
}

/** A text where the tag was never marked. */
function plain(i: number): TagExample {
  const place = PLACES[i % PLACES.length] as string;
  return { text: `Note ${i}: the council repaired the old ${place} on Friday.`, marked: [] };
}

const examples = [...Array.from({ length: 16 }, (_, i) => praised(i)), ...[0, 1, 2, 3].map(plain)];

describe('trainTagModel and suggestLearned', () => {
  const model = trainTagModel('praise', examples);

  it('suggests a tag learned from marked spans in a new text, saying how many it learned from', () => {
    const text = 'Later the mayor praised the glorious new station.';
    const found = suggestLearned(model, text);
    expect(found.map((s) => s.exact)).toEqual(['glorious']);
    expect(found[0]).toMatchObject({
      tag: 'praise',
      reason: 'learned from 16 of your annotations',
    });
    expect(model).toMatchObject({ tag: 'praise', annotations: 16, rejections: 0, texts: 20 });
    expect(model.adapted).toBeUndefined();
  });

  it('suggests nothing in a text without the kind of wording it learned', () => {
    expect(suggestLearned(model, 'The council repaired the old market on Friday.')).toEqual([]);
  });

  it('learns from rejections: a rejected word becomes less likely', () => {
    const withRejections = examples.map((e) => {
      const start = e.text.indexOf('Monday');
      return start === -1 ? e : { ...e, rejected: [{ start, end: start + 6 }] };
    });
    const probe = 'The mayor spoke on Monday.';
    const monday = (m: ReturnType<typeof trainTagModel>) => {
      const scored = scoreTokens(probe, m.model, false);
      const i = scored.tokens.findIndex((t) => t.lower === 'monday');
      return scored.probabilities[i] ?? 1;
    };
    const rejecting = trainTagModel('praise', withRejections);
    expect(rejecting.rejections).toBe(16);
    expect(monday(rejecting)).toBeLessThan(monday(model));
  });

  it('refuses to learn a tag nobody marked', () => {
    expect(() => trainTagModel('praise', [0, 1].map(plain))).toThrow(LearnedModelError);
  });

  it('adds what later annotations teach to what it learned before', () => {
    const more = [
      ...[0, 1, 2, 3, 4, 5].map((i) => {
        const text = `Item ${i}: a stupendous parade filled the square.`;
        const start = text.indexOf('stupendous');
        return { text, marked: [{ start, end: start + 10 }] };
      }),
    ];
    const updated = updateTagModel(model, more);
    expect(updated).toMatchObject({ annotations: 22, texts: 26 });
    const found = suggestLearned(updated, 'A stupendous and glorious parade.').map((s) => s.exact);
    expect(found.join(' ')).toMatch(/stupendous/);
    expect(found.join(' ')).toMatch(/glorious/);
  });
});

/** Eight short stories, each with "boondoggle" marked as loaded language. */
function boondoggleStories(): TagExample[] {
  return Array.from({ length: 8 }, (_, i) => {
    const text = `Story ${i}: the pipeline is a boondoggle, the committee heard on Tuesday.`;
    const start = text.indexOf('boondoggle');
    return { text, marked: [{ start, end: start + 10 }] };
  });
}

describe('loaded language learned from a reader', () => {
  it('starts from the built-in model and adapts it to what the reader marks', () => {
    const texts = boondoggleStories();
    const learned = trainTagModel('loaded-language', texts);
    expect(learned.adapted).toBe(true);
    // Its operating points, chosen on hundreds of articles, are kept: only the weights move.
    expect(learned.model.thresholds).toEqual(SHIPPED_MODEL.thresholds);
    expect(learned.model.precise).toEqual(SHIPPED_MODEL.precise);
    // So is its share in the mix with the built-in context network, which the browser’s record
    // keeps without the network itself.
    expect(learned.model.context).toEqual(SHIPPED_MODEL.context);
    const record = { ...learned, signature: 's', trainedAt: '2026-01-01T00:00:00.000Z' };
    expect(learnedModelSchema.parse(record).model.context).toEqual(SHIPPED_MODEL.context);
    const probe = 'Critics say the new tunnel is a boondoggle.';
    const before = analyze(probe, { unattributedClaims: false, outlets: false });
    expect(before.some((s) => s.exact.includes('boondoggle'))).toBe(false);
    const after = analyze(probe, {
      unattributedClaims: false,
      outlets: false,
      learned: { format: 'slant-learned-models', version: 1, models: [learned] },
    });
    const hit = after.find((s) => s.exact.includes('boondoggle'));
    expect(hit?.tag).toBe('loaded-language');
    expect(hit?.reason).toMatch(/learned from 8 of your annotations/);
    // Still the built-in model underneath: what it suggested is still suggested.
    const known = 'A blood-curdling massacre has shaken the nation.';
    const models = {
      format: 'slant-learned-models' as const,
      version: 1 as const,
      models: [learned],
    };
    expect(
      analyze(known, { learned: models }).some((s) => s.exact.includes('blood-curdling')),
    ).toBe(true);
  });
});

describe('loaded language a reader marks as the built-in model does', () => {
  it('keeps the built-in model as it is, and says so', () => {
    const texts: TagExample[] = Array.from({ length: 8 }, (_, i) => {
      const text = `Report ${i}: the horrific massacre in the valley was reported on Tuesday.`;
      const start = text.indexOf('horrific massacre');
      return { text, marked: [{ start, end: start + 'horrific massacre'.length }] };
    });
    const learned = trainTagModel('loaded-language', texts);
    expect(learned).toMatchObject({ adapted: true, kept: true, annotations: 8 });
    expect(adaptationNote(learned)).toMatch(/built-in model .* stays as it is/);
    // Stored without a copy of the built-in model's weights: the running one suggests.
    expect(learned.model.weights).toEqual([]);
    expect(modelOf(learned)).toBe(SHIPPED_MODEL);
    const record = { ...learned, signature: 's', trainedAt: new Date(0).toISOString() };
    expect(learnedModelSchema.parse(record).kept).toBe(true);
    expect(JSON.stringify(record).length).toBeLessThan(1000);
    // Its suggestions are the built-in ones, and do not claim to be learned.
    const learnedFile = { format: 'slant-learned-models' as const, version: 1 as const };
    const probe = 'A horrific massacre followed.';
    const found = analyze(probe, { learned: { ...learnedFile, models: [learned] } });
    const hit = found.find((s) => s.exact === 'horrific massacre');
    expect(hit?.reason).not.toMatch(/learned from/);
    expect(hit?.reason).toBe(analyze(probe).find((s) => s.exact === 'horrific massacre')?.reason);
    // A reader who marks what it does not suggest still moves it.
    const boondoggles = trainTagModel('loaded-language', boondoggleStories());
    expect(boondoggles.kept).toBeUndefined();
    expect(adaptationNote(boondoggles)).toBe(', adapting the built-in model');
  });
});

describe('a base model with a prior for unseen words', () => {
  it('keeps the prior as it adapts, in the model and in the browser’s record', () => {
    const texts = boondoggleStories();
    const priors = { 'e:4': ['quillow'] };
    const base = {
      ...SHIPPED_MODEL,
      priors,
      weights: [...SHIPPED_MODEL.weights, ['e:4', 3] as [string, number]],
    };
    const { model, ...counts } = trainTagModel('loaded-language', texts, { base });
    expect(model.priors).toEqual(priors);
    const probe = 'Critics say the tunnel is quillow.';
    const at = (m: typeof model) => scoreTokens(probe, m).probabilities[5] ?? 0;
    const { priors: _none, ...withoutPrior } = model;
    // Several times likelier with the prior (mixed with the context network, which has no
    // vector for this made-up word).
    expect(at(model)).toBeGreaterThan(4 * at(withoutPrior));
    const record = { ...counts, model, signature: 's', trainedAt: '2026-01-01T00:00:00.000Z' };
    expect(learnedModelSchema.parse(record).model.priors).toEqual(priors);
  });
});

describe('analyze with learned models', () => {
  const learned = {
    format: 'slant-learned-models' as const,
    version: 1 as const,
    models: [trainTagModel('praise', examples)],
  };

  it('suggests the learned tags beside the built-in detectors', () => {
    const text = 'The glorious new bridge opened, reports suggest, after a horrific storm.';
    const tags = new Set(analyze(text, { learned, point: 'more' }).map((s) => s.tag));
    expect(tags.has('praise')).toBe(true);
    expect(tags.has('unattributed-claim')).toBe(true);
  });

  it('reads back a model file written as JSON, and refuses a foreign one', () => {
    const again = toLearnedModels(JSON.parse(JSON.stringify(learned)));
    expect(suggestLearned(again.models[0]!, 'A glorious day.').map((s) => s.exact)).toEqual([
      'glorious',
    ]);
    expect(() => toLearnedModels({ type: 'AnnotationCollection' })).toThrow(LearnedModelError);
    expect(() => toLearnedModels({ ...learned, models: [{ tag: 'x' }] })).toThrow(/model 1/);
  });
});

describe('a new tag learned from a handful of marks', () => {
  it('suggests the marked wording on another article (six marks on one seed article)', () => {
    const marked = readSeed('002_7858cea97ce4f018.txt');
    const marks = [...marked.matchAll(/\bterrorists?\b/gi)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(marks.length).toBeGreaterThanOrEqual(5);
    const model = trainTagModel('name-calling', [{ text: marked, marked: marks }]);
    const other = readSeed('000_da10e5d0690c0007.txt');
    expect(suggestLearned(model, other).map((s) => s.exact)).toEqual(['terrorist']);
    expect(suggestLearned(model, readSeed('004_f9f508b3207d511e.txt'))).toEqual([]);
  });
});
