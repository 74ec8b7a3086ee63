/**
 * Runs `analyze` in the suggestion worker and answers with a promise. Only the worker loads the
 * detectors and their model: the page never does.
 */
import type { Suggestion } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

type Waiting = { resolve: (s: Suggestion[]) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  const started = new Worker(new URL('./suggestion-worker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    if ('error' in event.data) entry.reject(new Error(event.data.error));
    else entry.resolve(event.data.suggestions);
  };
  started.onerror = (event) => {
    // A worker that fails to load fails every request; the next call starts a fresh one.
    const error = new Error(event.message || 'The suggestion worker could not start.');
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
    started.terminate();
    worker = null;
  };
  return started;
}

export async function analyzeOffThread(
  text: string,
  options: AnalysisRequest['options'],
): Promise<Suggestion[]> {
  if (typeof Worker === 'undefined') {
    throw new Error('this browser cannot run background tasks (Web Workers)');
  }
  worker ??= startWorker();
  const id = nextId++;
  const request: AnalysisRequest = { id, text, options };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
