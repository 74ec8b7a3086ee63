/**
 * Runs `analyze` (or the attribution of sources and figures) in the suggestion worker and
 * answers with a promise. Only the worker loads the detectors, their model and the NLP tagger:
 * the page never does.
 */
import type { ArticleAttribution, Suggestion } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

type Answer = Suggestion[] | ArticleAttribution;
type Waiting = { resolve: (answer: Answer) => void; reject: (e: Error) => void };
type Question =
  | Omit<Extract<AnalysisRequest, { kind: 'suggestions' }>, 'id'>
  | Omit<Extract<AnalysisRequest, { kind: 'attribution' }>, 'id'>;

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
    else if ('attribution' in event.data) entry.resolve(event.data.attribution);
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

function ask(question: Question): Promise<Answer> {
  if (typeof Worker === 'undefined') {
    return Promise.reject(new Error('this browser cannot run background tasks (Web Workers)'));
  }
  worker ??= startWorker();
  const id = nextId++;
  const request = { id, ...question } as AnalysisRequest;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}

export async function analyzeOffThread(
  text: string,
  options: Extract<AnalysisRequest, { kind: 'suggestions' }>['options'],
): Promise<Suggestion[]> {
  return (await ask({ kind: 'suggestions', text, options })) as Suggestion[];
}

/** Who `text` cites and where its figures come from (attribution/article-attribution.ts). */
export async function attributeOffThread(text: string): Promise<ArticleAttribution> {
  return (await ask({ kind: 'attribution', text })) as ArticleAttribution;
}
