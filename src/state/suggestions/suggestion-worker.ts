/**
 * The detectors and the learning, off the main thread: a long article takes long enough to
 * analyse that the page would stutter, and the loaded-language model (about 1 MB) and the NLP
 * tagger behind source attribution (compromise) load only here. The worker also answers who a
 * text cites and where its figures come from, for Compare, learns a tag's model from the
 * reader's annotations, and keeps the learned models the page installed for later suggestions.
 */
import {
  analyze,
  articleAttribution,
  rememberAttribution,
  trainTagModel,
  LEARNED_FORMAT,
} from '../../analysis';
import type { LearnedModels } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

let learned: LearnedModels | undefined;

function answer(request: AnalysisRequest): AnalysisResponse {
  const { id } = request;
  switch (request.kind) {
    case 'attribution':
      return { id, attribution: articleAttribution(request.text) };
    case 'install':
      learned =
        request.models.length > 0
          ? { format: LEARNED_FORMAT, version: 1, models: request.models }
          : undefined;
      return { id, installed: request.models.length };
    case 'learn':
      return { id, learned: trainTagModel(request.tag, request.examples) };
    case 'suggestions':
      if (request.attribution) rememberAttribution(request.text, request.attribution);
      return { id, suggestions: analyze(request.text, { ...request.options, learned }) };
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let response: AnalysisResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = {
      id: event.data.id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
};
