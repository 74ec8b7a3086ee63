/**
 * Runs `analyze` (or the attribution of sources and figures, or learning a tag's model) in the
 * suggestion worker and answers with a promise. Only the worker loads the detectors, their model
 * and the NLP tagger: the page never does. The learned models to suggest with are installed in
 * the worker once per revision (and again in a worker started afresh), not sent with each text.
 */
import type { ArticleAttribution, Suggestion, TagExample, TagModel } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

type Answer = Suggestion[] | ArticleAttribution | TagModel | number;
type Waiting = { resolve: (answer: Answer) => void; reject: (e: Error) => void };
type Question = AnalysisRequest extends infer R
  ? R extends AnalysisRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** The learned models suggestions use, named by a revision that changes with them. */
export interface InstalledModels {
  revision: string;
  models: TagModel[];
}

export const NO_LEARNED_MODELS: InstalledModels = { revision: '', models: [] };

let worker: Worker | null = null;
let installedRevision = '';
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  const started = new Worker(new URL('./suggestion-worker.ts', import.meta.url), {
    type: 'module',
  });
  installedRevision = '';
  started.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    const data = event.data;
    if ('error' in data) entry.reject(new Error(data.error));
    else if ('attribution' in data) entry.resolve(data.attribution);
    else if ('learned' in data) entry.resolve(data.learned);
    else if ('installed' in data) entry.resolve(data.installed);
    else entry.resolve(data.suggestions);
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
  learned: InstalledModels = NO_LEARNED_MODELS,
  attribution?: ArticleAttribution,
): Promise<Suggestion[]> {
  if (learned.revision !== installedRevision || worker === null) {
    // Messages are handled in order: the models are in place before the text is analysed.
    const installing = ask({ kind: 'install', models: learned.models });
    installedRevision = learned.revision;
    installing.catch(() => (installedRevision = ''));
  }
  return (await ask({
    kind: 'suggestions',
    text,
    options,
    ...(attribution && { attribution }),
  })) as Suggestion[];
}

/** Who `text` cites and where its figures come from (attribution/article-attribution.ts). */
export async function attributeOffThread(text: string): Promise<ArticleAttribution> {
  return (await ask({ kind: 'attribution', text })) as ArticleAttribution;
}

/** Learns one tag's model from the reader's annotations (analysis/learn), in the worker. */
export async function learnOffThread(tag: string, examples: TagExample[]): Promise<TagModel> {
  return (await ask({ kind: 'learn', tag, examples })) as TagModel;
}
