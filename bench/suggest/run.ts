/**
 * `npm run bench:suggest [-- --json] [-- --curve] [-- --folds 5] [-- --runs 5]`
 *
 * Measures the Suggestions feature on the PTC training split (SemEval-2020 Task 11): 5-fold
 * cross-validation by article of the loaded-language detector, scored with the task's
 * span-identification metric against Loaded_Language gold spans, at the more point (best F1)
 * and at the precise point (the default, chosen in training for precision >= 0.5), both with the
 * default settings (in-quote suggestions off), with the L2 penalty each fold chose on its inner
 * folds and whether the model has a prior for unseen words ("prior": how many words it rates, or
 * "no") and the context network's share in the mix ("net"), as chosen there too; and the
 * throughput of the full `analyze`. Every figure for quality is held out: no fold is scored by
 * a model that saw it. Ideas are compared on bench/suggest/inner-folds.ts, never on these
 * held-out figures.
 * A secondary line scores the same suggestions against Loaded_Language and Name_Calling,Labeling
 * gold together (labels such as "terrorist president" are suggested too); it is not a target.
 * With --curve it also prints the held-out precision/recall at other seed thresholds. With
 * --json the last line printed is one JSON object with all the figures.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crossValidate, type FoldResult } from './cross-validate';
import { addToCurve, type CurvePoint } from './curve';
import { formatTable } from './format-table';
import { readPtc } from './read-ptc';
import { measureThroughput } from './throughput';

/** Issue 18: F1 at the more point; precision and recall at the precise point (the default);
 *  the shipped model's size and the speed of the full analysis. */
const TARGET = {
  moreF1: 0.38,
  precisePrecision: 0.5,
  preciseRecall: 0.2,
  megabytesPerSecond: 1,
  modelMegabytes: 10,
};
const MODEL_FILES = ['loaded-language-lexicon.json', 'loaded-language-context.json'].map(
  (name) => new URL(`../../src/analysis/data/${name}`, import.meta.url),
);

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    curve: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
  },
});
const k = Number(values.folds);
const runs = Number(values.runs);

const fixed = (n: number, digits = 3): string => n.toFixed(digits);
const mean = (results: readonly FoldResult[], key: 'precision' | 'recall' | 'f1'): number =>
  results.reduce((sum, r) => sum + r[key], 0) / results.length;

const articles = readPtc();
console.log(
  `PTC training split: ${articles.length} articles; ${k}-fold cross-validation by article.`,
);
const curve = new Map<number, CurvePoint>();
const results = crossValidate(articles, k, (r, model, test) => {
  console.log(
    `  fold ${r.fold}: trained on ${r.trainArticles} articles in ${fixed(r.trainSeconds, 1)} s`,
  );
  if (values.curve) addToCurve(curve, test, model);
});
const summary = {
  precision: mean(results, 'precision'),
  recall: mean(results, 'recall'),
  f1: mean(results, 'f1'),
};
const texts = articles.map((a) => a.text);
const modelThroughput = measureThroughput(texts, runs, {
  unattributedClaims: false,
  outlets: false,
});
const throughput = measureThroughput(texts, runs);

console.log(
  '\nLoaded language at the more point (best F1 in training), span identification ' +
    '(SemEval-2020 Task 11 SI), held-out folds, in-quote suggestions off:\n',
);
console.log(
  formatTable(
    [
      'fold',
      'articles',
      'L2',
      'prior',
      'net',
      'seed',
      'extend',
      'growth',
      'predicted',
      'gold',
      'P',
      'R',
      'F1',
    ],
    [
      ...results.map((r) => [
        String(r.fold),
        String(r.testArticles),
        r.l2 === undefined ? '' : String(r.l2),
        r.priorWords === 0 ? 'no' : String(r.priorWords),
        fixed(r.contextShare, 2),
        fixed(r.thresholds.seed, 2),
        fixed(r.thresholds.extend, 2),
        String(r.thresholds.growth ?? 3),
        String(r.predictedSpans),
        String(r.goldSpans),
        fixed(r.precision),
        fixed(r.recall),
        fixed(r.f1),
      ]),
      [
        'mean',
        ...Array.from({ length: 10 }, () => ''),
        fixed(summary.precision),
        fixed(summary.recall),
        fixed(summary.f1),
      ],
    ],
  ),
);
const labelMean = (key: 'precision' | 'recall' | 'f1'): number =>
  results.reduce((sum, r) => sum + r.withLabels[key], 0) / results.length;
const withLabels = {
  precision: labelMean('precision'),
  recall: labelMean('recall'),
  f1: labelMean('f1'),
};
console.log(
  `\nSecondary, not a target: the same held-out suggestions scored against Loaded_Language and ` +
    `Name_Calling,Labeling gold together: P ${fixed(withLabels.precision)} R ` +
    `${fixed(withLabels.recall)} F1 ${fixed(withLabels.f1)}.`,
);
const precise = results.map((r) => r.precise);
const preciseMean = (key: 'precision' | 'recall' | 'f1'): number =>
  precise.reduce((sum, r) => sum + r[key], 0) / precise.length;
const preciseSummary = {
  precision: preciseMean('precision'),
  recall: preciseMean('recall'),
  f1: preciseMean('f1'),
};
console.log(
  '\nThe precise point (the default; chosen in training for precision >= 0.5), held-out:\n',
);
console.log(
  formatTable(
    ['fold', 'seed', 'extend', 'growth', 'predicted', 'P', 'R', 'F1'],
    [
      ...results.map((r) => [
        String(r.fold),
        fixed(r.precise.thresholds.seed, 2),
        fixed(r.precise.thresholds.extend, 2),
        String(r.precise.thresholds.growth ?? 3),
        String(r.precise.predictedSpans),
        fixed(r.precise.precision),
        fixed(r.precise.recall),
        fixed(r.precise.f1),
      ]),
      [
        'mean',
        '',
        '',
        '',
        '',
        fixed(preciseSummary.precision),
        fixed(preciseSummary.recall),
        fixed(preciseSummary.f1),
      ],
    ],
  ),
);
const curveRows = [...curve.values()].map((point) => {
  const avg = (key: 'precision' | 'recall' | 'f1'): number =>
    point.folds.reduce((sum, s) => sum + s[key], 0) / point.folds.length;
  return { seed: point.seed, precision: avg('precision'), recall: avg('recall'), f1: avg('f1') };
});
if (values.curve) {
  console.log('\nOther operating points (held-out, mean of folds; extend as chosen per fold):\n');
  console.log(
    formatTable(
      ['seed', 'P', 'R', 'F1'],
      curveRows.map((p) => [fixed(p.seed, 2), fixed(p.precision), fixed(p.recall), fixed(p.f1)]),
    ),
  );
}
const describeThroughput = (what: string, t: typeof throughput) =>
  `${what}: ${fixed(t.megabytes, 2)} MB, median of ${runs} runs ${fixed(t.medianSeconds, 3)} s = ` +
  `${fixed(t.megabytesPerSecond, 2)} MB/s (${t.suggestions} suggestions).`;
console.log(
  '\n' +
    describeThroughput('Throughput of the shipped model (loaded language alone)', modelThroughput),
);
console.log(
  describeThroughput('Throughput of analyze() with all detectors (not a target)', throughput),
);
const modelMegabytes = MODEL_FILES.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
console.log(`Shipped model (weights and context network): ${fixed(modelMegabytes, 2)} MB.`);
const met = {
  moreF1: summary.f1 >= TARGET.moreF1,
  precisePrecision: preciseSummary.precision >= TARGET.precisePrecision,
  preciseRecall: preciseSummary.recall >= TARGET.preciseRecall,
  throughput: modelThroughput.megabytesPerSecond >= TARGET.megabytesPerSecond,
  modelSize: modelMegabytes <= TARGET.modelMegabytes,
};
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(
  `Targets: more F1 >= ${TARGET.moreF1} ${verdict(met.moreF1)}; precise P >= ` +
    `${TARGET.precisePrecision} ${verdict(met.precisePrecision)} with R >= ${TARGET.preciseRecall} ` +
    `${verdict(met.preciseRecall)}; model >= ${TARGET.megabytesPerSecond} MB/s ` +
    `${verdict(met.throughput)}; model <= ${TARGET.modelMegabytes} MB ${verdict(met.modelSize)}.`,
);

if (values.json) {
  console.log(
    JSON.stringify({
      corpus: 'ptc-train',
      articles: articles.length,
      folds: results,
      mean: summary,
      precise: preciseSummary,
      withLabels,
      ...(values.curve ? { curve: curveRows } : {}),
      throughput,
      modelThroughput,
      modelMegabytes,
      targets: TARGET,
      met,
    }),
  );
}
