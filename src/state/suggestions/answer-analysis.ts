/**
 * What the suggestion worker (suggestion-worker.ts) answers: a text's suggestions, who it cites,
 * a tag's model learned, the learned models to suggest with kept.
 *
 * The NLP tagger behind attribution (compromise, with the rules over it: about 380 kB) is a chunk
 * of its own, loaded the first time a text's attribution must be worked out: suggestions for a
 * text whose attribution the page sends (Compare keeps them) or that is remembered here do not
 * wait for it. So this imports the analysis modules it uses one by one, not analysis/index.ts,
 * which would bring the tagger in at start.
 */
import type { ArticleAttribution } from '../../analysis';
import {
  rememberAttribution,
  rememberedAttribution,
} from '../../analysis/attribution/remembered-attribution';
import { LEARNED_FORMAT, type LearnedModels } from '../../analysis/learn/learned-models';
import { trainTagModel } from '../../analysis/learn/train-tag-model';
import { needsAttribution, runDetectors } from '../../analysis/run-detectors';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

let learned: LearnedModels | undefined;

async function attributionOf(text: string): Promise<ArticleAttribution> {
  const known = rememberedAttribution(text);
  if (known) return known;
  const { articleAttribution } = await import('../../analysis/attribution/article-attribution');
  return articleAttribution(text);
}

/** The worker's answer to one request (throws what it cannot answer). */
export async function answerAnalysis(request: AnalysisRequest): Promise<AnalysisResponse> {
  const { id } = request;
  switch (request.kind) {
    case 'attribution':
      return { id, attribution: await attributionOf(request.text) };
    case 'install':
      learned =
        request.models.length > 0
          ? { format: LEARNED_FORMAT, version: 1, models: request.models }
          : undefined;
      return { id, installed: request.models.length };
    case 'learn':
      return { id, learned: trainTagModel(request.tag, request.examples) };
    case 'suggestions': {
      // The models installed when the text was asked about, even if others come meanwhile.
      const options = { ...request.options, learned };
      if (request.attribution) rememberAttribution(request.text, request.attribution);
      const attribution = needsAttribution(options) ? await attributionOf(request.text) : undefined;
      return { id, suggestions: runDetectors(request.text, options, attribution) };
    }
  }
}
