/**
 * `npm run bench:learn [-- --json] [-- --folds 5] [-- --draws 3] [-- --techniques 'A;B']`
 *
 * How well suggestions learned from a reader's own annotations work, on the PTC training split
 * (SemEval-2020 Task 11), with article-level folds:
 *
 * 1. Learning curve: for each technique with at least 150 spans in the split, learn it from the
 *    annotations of 10, 30 and all training articles of each outer fold (`trainTagModel`, as
 *    `slant learn` and the app do) and score its suggestions on the held-out fold (span
 *    identification, the more point). F1 per technique and size, the mean over folds.
 * 2. Adaptation, for loaded language: the built-in model refitted on each fold's training
 *    articles, against the same model adapted with the annotations of 30 of them, over 5 folds x
 *    3 random draws (adaptation.ts); also against a built-in model that never saw the drawn
 *    articles, as the shipped one never saw a reader's.
 *
 * Every threshold is chosen inside the training articles; no held-out article is seen before it
 * is scored. With --json the last line printed is one JSON object with all the figures.
 */
import { parseArgs } from 'node:util';
import { trainLoadedLanguageModel } from '../../src/analysis/loaded-language/train';
import type { SpanScore } from '../../src/analysis/metrics/span-identification';
import { trainingDocuments } from '../suggest/cross-validate';
import { foldsByArticle } from '../suggest/folds';
import { formatTable } from '../suggest/format-table';
import { readPtc } from '../suggest/read-ptc';
import { builtInTraining } from '../suggest/built-in-training';
import { loadWordClusters } from '../suggest/word-clusters';
import { loadWordVectors } from '../suggest/word-vectors';
import { compareAdaptation, type AdaptationResult } from './adaptation';
import { draw } from './draw';
import { learnAndScore, type CurvePoint } from './learning-curve';

const MIN_SPANS = 150;
const SIZES = [10, 30, 'all'] as const;
const ADAPT_SIZE = 30;

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    draws: { type: 'string', default: '3' },
    techniques: { type: 'string' },
    'skip-curve': { type: 'boolean', default: false },
    'skip-adaptation': { type: 'boolean', default: false },
  },
});
const k = Number(values.folds);
const draws = Number(values.draws);

const articles = readPtc();
const counts = new Map<string, number>();
for (const a of articles)
  for (const [technique, spans] of a.spans)
    counts.set(technique, (counts.get(technique) ?? 0) + spans.length);
const techniques = (values.techniques?.split(';') ?? [...counts.keys()])
  .filter((t) => (counts.get(t) ?? 0) >= MIN_SPANS)
  .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
const folds = foldsByArticle(articles, k);
const fixed = (n: number) => n.toFixed(3);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(
  `PTC training split: ${articles.length} articles; ${k} folds by article; techniques with ` +
    `>= ${MIN_SPANS} spans: ${techniques.map((t) => `${t} (${counts.get(t)})`).join(', ')}.`,
);

const curve: CurvePoint[] = [];
if (!values['skip-curve']) {
  for (const technique of techniques) {
    for (const [fold, test] of folds.entries()) {
      const train = folds.filter((_, i) => i !== fold).flat();
      for (const size of SIZES) {
        const drawn = size === 'all' ? train : draw(train, size, 7919 * (fold + 1) + size);
        const point = learnAndScore(technique, fold + 1, drawn, test);
        curve.push(point);
        console.log(
          `  ${technique}, fold ${fold + 1}, ${drawn.length} articles ` +
            `(${point.annotations} spans): F1 ${fixed(point.f1)}`,
        );
      }
    }
  }
}
const curveRows = techniques.map((technique) => {
  const cells = SIZES.map((size) => {
    const points = curve.filter(
      (p) => p.technique === technique && (size === 'all' ? p.articles > 30 : p.articles === size),
    );
    return points.length === 0 ? null : mean(points.map((p) => p.f1));
  });
  return { technique, spans: counts.get(technique) ?? 0, f1: cells };
});
if (curve.length > 0) {
  console.log(
    '\nLearning curve: F1 on the held-out fold (mean over folds), learned from N articles:\n',
  );
  console.log(
    formatTable(
      ['technique', 'spans', '10', '30', 'all'],
      curveRows.map((r) => [
        r.technique,
        String(r.spans),
        ...r.f1.map((f) => (f === null ? '—' : fixed(f))),
      ]),
    ),
  );
}

const adaptation: AdaptationResult[] = [];
for (const [fold, test] of values['skip-adaptation'] ? [] : folds.entries()) {
  const train = folds.filter((_, i) => i !== fold).flat();
  const base = trainLoadedLanguageModel(trainingDocuments(train), builtInTraining());
  const results = compareAdaptation(fold + 1, base, train, test, draws, ADAPT_SIZE, {
    vectors: loadWordVectors(),
    clusters: loadWordClusters(),
  });
  adaptation.push(...results);
  for (const r of results) {
    console.log(
      `  adaptation, fold ${r.fold}, draw ${r.draw}: precise F1 ${fixed(r.base.precise.f1)} -> ` +
        `${fixed(r.adapted.precise.f1)}; unseen ${fixed(r.unseenBase.precise.f1)} -> ` +
        `${fixed(r.unseenAdapted.precise.f1)}`,
    );
  }
}
type Arm = 'base' | 'adapted' | 'unseenBase' | 'unseenAdapted';
const armMean = (arm: Arm, point: 'precise' | 'more', key: keyof SpanScore) =>
  mean(adaptation.map((r) => r[arm][point][key] as number));
const arms: [Arm, string][] = [
  ['base', 'built-in, refitted on the fold'],
  ['adapted', '  adapted with 30 of its articles'],
  ['unseenBase', 'built-in, never saw the 30'],
  ['unseenAdapted', '  adapted with the 30'],
];
const gain = {
  refitted: armMean('adapted', 'precise', 'f1') - armMean('base', 'precise', 'f1'),
  unseen: armMean('unseenAdapted', 'precise', 'f1') - armMean('unseenBase', 'precise', 'f1'),
};
if (adaptation.length > 0) {
  console.log(
    `\nLoaded language, built-in vs adapted (${k} folds x ${draws} draws of ${ADAPT_SIZE} ` +
      `articles), held out, in-quote suggestions off:\n`,
  );
  console.log(
    formatTable(
      ['model', 'precise P', 'R', 'F1', 'more P', 'R', 'F1'],
      arms.map(([arm, label]) => [
        label,
        ...(['precise', 'more'] as const).flatMap((point) =>
          (['precision', 'recall', 'f1'] as const).map((key) => fixed(armMean(arm, point, key))),
        ),
      ]),
    ),
  );

  console.log(
    `\nAdaptation changes the mean F1 at the default point by ${gain.refitted >= 0 ? '+' : ''}` +
      `${fixed(gain.refitted)} against the refitted built-in model (target: higher), and by ` +
      `${gain.unseen >= 0 ? '+' : ''}${fixed(gain.unseen)} when the 30 articles are new to it.`,
  );
}

if (values.json) {
  console.log(
    JSON.stringify({
      corpus: 'ptc-train',
      articles: articles.length,
      folds: k,
      curve: curveRows,
      curvePoints: curve,
      adaptation: {
        draws,
        size: ADAPT_SIZE,
        mean: Object.fromEntries(
          arms.map(([arm]) => [
            arm,
            Object.fromEntries(
              (['precise', 'more'] as const).map((point) => [
                point,
                {
                  precision: armMean(arm, point, 'precision'),
                  recall: armMean(arm, point, 'recall'),
                  f1: armMean(arm, point, 'f1'),
                },
              ]),
            ),
          ]),
        ),
        gain,
        met: gain.refitted > 0,
      },
    }),
  );
}
