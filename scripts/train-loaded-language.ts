/**
 * Trains the loaded-language model that ships with Slant, on the whole PTC training split
 * (Loaded_Language spans), and writes it to src/analysis/data/: the weights to
 * loaded-language-lexicon.json, its context network to loaded-language-context.json (the
 * lexicon keeps only the network's share in the mix), and their revision (a digest of both
 * files) to loaded-language-revision.json: a new built-in model makes readers' adapted
 * loaded-language models learn again (learner-revision.ts). The model is a list of weighted
 * features (words, stems, word pairs, flags) and a network over short word vectors, never text
 * from the articles. Its held-out quality is measured by `npm run bench:suggest`, which trains the
 * same way inside each cross-validation fold.
 *
 *   npx tsx scripts/train-loaded-language.ts            (corpus in /work/shared/corpora/ptc-train)
 *   PTC_DIR=/path/to/ptc-train npx tsx scripts/train-loaded-language.ts
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { trainingDocuments } from '../bench/suggest/cross-validate';
import { readPtc } from '../bench/suggest/read-ptc';
import { builtInTraining } from '../bench/suggest/built-in-training';
import { trainLoadedLanguageModel } from '../src/analysis/loaded-language/train';

const dataFile = (name: string) =>
  fileURLToPath(new URL(`../src/analysis/data/${name}`, import.meta.url));
const target = dataFile('loaded-language-lexicon.json');
const contextFile = dataFile('loaded-language-context.json');
const revisionFile = dataFile('loaded-language-revision.json');

const articles = readPtc();
const started = performance.now();
const model = trainLoadedLanguageModel(trainingDocuments(articles), builtInTraining());
const seconds = (performance.now() - started) / 1000;

const options = (await prettier.resolveConfig(target)) ?? {};
const formatted = (data: unknown) =>
  prettier.format(JSON.stringify(data), { ...options, parser: 'json' });
// The lexicon refers to the network (a share without `net`: the built-in one); when the inner
// folds chose no network, its file holds null.
const { context, ...weights } = model;
const json = await formatted(context ? { ...weights, context: { alpha: context.alpha } } : weights);
const contextJson = await formatted(context?.net ?? null);
await writeFile(target, json);
await writeFile(contextFile, contextJson);
const revision = createHash('sha256').update(json).update(contextJson).digest('hex').slice(0, 16);
await writeFile(revisionFile, await formatted({ revision }));
const mb = (text: string) => `${(text.length / 1e6).toFixed(2)} MB`;
console.log(
  `Trained on ${articles.length} articles in ${seconds.toFixed(1)} s: ${model.weights.length} ` +
    `weighted features, thresholds seed ${model.thresholds.seed} / extend ` +
    `${model.thresholds.extend}, context network's share ${context ? 1 - context.alpha : 0}. ` +
    `Wrote ${target} (${mb(json)}) and ${contextFile} (${mb(contextJson)}).`,
);
