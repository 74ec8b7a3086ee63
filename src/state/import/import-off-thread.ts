/**
 * Imports files in the import worker, one after another, and reports each as it starts and
 * ends. The page only sends files and receives plain articles, so no file, however large or
 * deeply nested, holds up the page. Cancel stops the worker at once: the file it was reading is
 * dropped whole, the files not yet read are never read, and the outcomes so far are kept.
 * If the worker dies (out of memory on a huge page, say), that file fails with a message and a
 * fresh worker takes the rest.
 */
import { ImportError, type FileLike, type ImportOutcome } from '../../io/import';
import type { ImportRequest, ImportResponse } from './import-messages';

/** What of a Worker this uses; tests pass their own. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: ImportRequest): void;
  terminate(): void;
}

export interface ImportProgress {
  /** Files finished (imported or refused). */
  done: number;
  total: number;
  /** The file being read now, if any. */
  current?: string;
}

export interface ImportRunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Called as each file ends, in order, so a preview can grow while the rest are read. */
  onOutcome?: (outcome: ImportOutcome) => void;
  startWorker?: () => ImportWorker;
}

export interface ImportRun {
  /** Every file's outcome, or those finished before Cancel. */
  finished: Promise<{ outcomes: ImportOutcome[]; cancelled: boolean }>;
  cancel(): void;
}

function browserWorker(): ImportWorker {
  if (typeof Worker === 'undefined') {
    throw new Error(
      'This browser cannot run background tasks (Web Workers), which importing needs.',
    );
  }
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ImportWorker;
}

function workerFailed(file: FileLike, detail: string): ImportError {
  return new ImportError(
    'unreadable',
    `Slant stopped reading “${file.name}”: the background import failed (${detail}). ` +
      'Nothing was changed. The file may be too large or complex for this device: try it on its own, ' +
      'or save the article page again without its comments.',
    file.name,
  );
}

function outcomeOf(file: FileLike, response: ImportResponse): ImportOutcome | undefined {
  if (response.kind === 'article') {
    return {
      fileName: file.name,
      ok: true,
      article: response.article,
      contentHash: response.contentHash,
    };
  }
  if (response.kind === 'refused') {
    return {
      fileName: file.name,
      ok: false,
      error: new ImportError(response.code, response.message, file.name),
    };
  }
  return undefined;
}

export function importOffThread(
  files: readonly FileLike[],
  { onProgress, onOutcome, startWorker = browserWorker }: ImportRunOptions = {},
): ImportRun {
  const outcomes: ImportOutcome[] = [];
  let worker: ImportWorker | null = null;
  let stopped = false;
  let settle: (result: { outcomes: ImportOutcome[]; cancelled: boolean }) => void = () => {};
  const finished = new Promise<{ outcomes: ImportOutcome[]; cancelled: boolean }>(
    (resolve) => (settle = resolve),
  );

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const finish = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    onOutcome?.(outcome);
    onProgress?.({ done: outcomes.length, total: files.length });
    next();
  };
  const next = () => {
    if (stopped) return;
    const index = outcomes.length;
    const file = files[index];
    if (!file) {
      stopped = true;
      stopWorker();
      settle({ outcomes, cancelled: false });
      return;
    }
    try {
      worker ??= startWorker();
    } catch (error) {
      finish({
        fileName: file.name,
        ok: false,
        error: workerFailed(file, (error as Error).message),
      });
      return;
    }
    worker.onmessage = ({ data }) => {
      if (stopped || data.id !== index) return;
      if (data.kind === 'started') {
        onProgress?.({ done: index, total: files.length, current: file.name });
        return;
      }
      const outcome = outcomeOf(file, data);
      if (outcome) finish(outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (stopped) return;
      stopWorker();
      finish({
        fileName: file.name,
        ok: false,
        error: workerFailed(file, event.message || 'it ran out of memory or crashed'),
      });
    };
    worker.postMessage({ id: index, file: file as File });
  };

  onProgress?.({ done: 0, total: files.length });
  next();
  return {
    finished,
    cancel: () => {
      if (stopped) return;
      stopped = true;
      stopWorker();
      settle({ outcomes, cancelled: true });
    },
  };
}
