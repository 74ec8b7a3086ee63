/**
 * The suggestion detectors, off the main thread: a long article takes long enough to analyse
 * that the page would stutter, and the loaded-language model (about 1 MB) loads only here.
 */
import { analyze } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, text, options } = event.data;
  let response: AnalysisResponse;
  try {
    response = { id, suggestions: analyze(text, options) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
