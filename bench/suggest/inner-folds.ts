/**
 * The development loop for the loaded-language suggestions, which never looks at a held-out
 * article of bench:suggest: inner k-fold cross-validation by article inside the training articles
 * of bench:suggest's outer fold 1 only. Each inner fold trains the built-in way (thresholds,
 * penalty and the other choices made on folds inside it) plus the given training options, and is
 * scored at both operating points; compare ideas on these figures, then run bench:suggest once.
 *
 *   npx tsx bench/suggest/inner-folds.ts ['{"thresholdFolds":5}'] [--folds 5]
 *
 * The built-in way includes the word vectors (word-vectors.ts), so the inner folds choose whether
 * to use the prior for unseen words; '{"wordPriorChoices":[false]}' leaves it out,
 * '{"wordPriorChoices":[true]}' always uses it.
 */
import { parseArgs } from 'node:util';
import { trainLoadedLanguageModel } from '../../src/analysis/loaded-language/train';
import {
  scoreSpanIdentification,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import { predictLoadedLanguage, trainingDocuments } from './cross-validate';
import { foldsByArticle } from './folds';
import { readPtc } from './read-ptc';
import { builtInTraining } from './built-in-training';

const OUTER_FOLDS = 5;
const { values, positionals } = parseArgs({
  options: { folds: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const k = Number(values.folds);
const extra = JSON.parse(positionals[0] ?? '{}') as Record<string, unknown>;

const development = foldsByArticle(readPtc(), OUTER_FOLDS).slice(1).flat();
const folds = foldsByArticle(development, k);
const scores: { more: SpanScore; precise: SpanScore }[] = [];
folds.forEach((test, fold) => {
  const train = folds.filter((_, i) => i !== fold).flat();
  const model = trainLoadedLanguageModel(trainingDocuments(train), {
    ...builtInTraining(),
    ...extra,
  });
  const more = scoreSpanIdentification(predictLoadedLanguage(test, model, 'more'));
  const precise = scoreSpanIdentification(predictLoadedLanguage(test, model, 'precise'));
  scores.push({ more, precise });
  console.log(
    `inner fold ${fold + 1}: more ${JSON.stringify(model.thresholds)} F1 ${more.f1.toFixed(3)}; ` +
      `precise ${JSON.stringify(model.precise)} P ${precise.precision.toFixed(3)} ` +
      `R ${precise.recall.toFixed(3)}; L2 ${model.l2}; word prior ${model.priors ? 'yes' : 'no'}`,
  );
});
const mean = (point: 'more' | 'precise', key: 'precision' | 'recall' | 'f1'): string =>
  (scores.reduce((sum, s) => sum + s[point][key], 0) / scores.length).toFixed(3);
console.log(
  `inner mean over ${k} folds of ${development.length} articles: more P ${mean('more', 'precision')} ` +
    `R ${mean('more', 'recall')} F1 ${mean('more', 'f1')} | precise P ` +
    `${mean('precise', 'precision')} R ${mean('precise', 'recall')} F1 ${mean('precise', 'f1')}`,
);
