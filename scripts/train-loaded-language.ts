/**
 * Trains the loaded-language model that ships with Slant, on the whole PTC training split
 * (Loaded_Language spans), and writes it to src/analysis/data/loaded-language-lexicon.json, with
 * its revision (a digest of that file) in loaded-language-revision.json beside it: a new
 * built-in model makes readers' adapted loaded-language models learn again (learner-revision.ts).
 * The model is a list of weighted features (words, stems, word pairs, flags), never text from
 * the articles. Its held-out quality is measured by `npm run bench:suggest`, which trains the
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

const target = fileURLToPath(
  new URL('../src/analysis/data/loaded-language-lexicon.json', import.meta.url),
);
const revisionFile = fileURLToPath(
  new URL('../src/analysis/data/loaded-language-revision.json', import.meta.url),
);

const articles = readPtc();
const started = performance.now();
const model = trainLoadedLanguageModel(trainingDocuments(articles), builtInTraining());
const seconds = (performance.now() - started) / 1000;

const options = (await prettier.resolveConfig(target)) ?? {};
const json = await prettier.format(JSON.stringify(model), { ...options, parser: 'json' });
await writeFile(target, json);
const revision = createHash('sha256').update(json).digest('hex').slice(0, 16);
const revisionJson = JSON.stringify({ revision });
await writeFile(revisionFile, await prettier.format(revisionJson, { ...options, parser: 'json' }));
console.log(
  `Trained on ${articles.length} articles in ${seconds.toFixed(1)} s: ${model.weights.length} ` +
    `weighted features, thresholds seed ${model.thresholds.seed} / extend ` +
    `${model.thresholds.extend}. Wrote ${target} (${(json.length / 1e6).toFixed(2)} MB).`,
);
