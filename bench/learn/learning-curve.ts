/**
 * The learning curve of suggestions learned from a reader's annotations: for one PTC technique
 * and one outer fold, learn the technique from the annotations of `size` training articles (the
 * tag never marked in some of them: they teach what it is not) exactly as the app and
 * `slant learn` do (`trainTagModel`, from nothing), and score the learned suggestions on the
 * held-out fold with the span-identification metric. Thresholds are chosen inside the drawn
 * articles, never on the held-out fold.
 */
import { suggestLearned, trainTagModel, type TagExample } from '../../src/analysis';
import type { OperatingPoint } from '../../src/analysis/loaded-language/operating-points';
import {
  scoreSpanIdentification,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import type { PtcArticle } from '../suggest/read-ptc';

export function examplesOf(articles: readonly PtcArticle[], technique: string): TagExample[] {
  return articles.map((a) => ({ text: a.text, marked: a.spans.get(technique) ?? [] }));
}

export function scoreLearned(
  model: ReturnType<typeof trainTagModel>,
  test: readonly PtcArticle[],
  technique: string,
  point: OperatingPoint,
): SpanScore {
  return scoreSpanIdentification(
    test.map((a) => ({
      predicted: suggestLearned(model, a.text, point),
      gold: a.spans.get(technique) ?? [],
    })),
  );
}

export interface CurvePoint extends SpanScore {
  technique: string;
  fold: number;
  articles: number;
  annotations: number;
}

export function learnAndScore(
  technique: string,
  fold: number,
  train: readonly PtcArticle[],
  test: readonly PtcArticle[],
): CurvePoint {
  const examples = examplesOf(train, technique);
  const annotations = examples.reduce((n, e) => n + e.marked.length, 0);
  if (annotations === 0) {
    // Nothing marked in the drawn articles: a reader who marked nothing gets no suggestions.
    const none = scoreSpanIdentification(
      test.map((a) => ({ predicted: [], gold: a.spans.get(technique) ?? [] })),
    );
    return { technique, fold, articles: train.length, annotations, ...none };
  }
  const model = trainTagModel(technique, examples, { base: null });
  return {
    technique,
    fold,
    articles: train.length,
    annotations,
    ...scoreLearned(model, test, technique, 'more'),
  };
}
