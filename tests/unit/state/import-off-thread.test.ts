/**
 * The page's side of the import worker: files go to a worker one at a time, progress names the
 * file being read, Cancel stops the worker and keeps only whole files, and a worker that dies
 * costs one file (with a message saying what to do), not the batch. The "worker" here runs the
 * real worker code (answerImport) in this process.
 */
import { describe, expect, it } from 'vitest';
import { answerImport } from '../../../src/state/import/answer-import';
import {
  importOffThread,
  type ImportProgress,
  type ImportWorker,
} from '../../../src/state/import/import-off-thread';
import type { ImportRequest } from '../../../src/state/import/import-messages';
import { cancelledMessage } from '../../../src/ui/import/use-file-import';
import { fixtureFile, textFile } from '../io/import/fixtures';

const NEWS_TITLE = 'Saltmere council approves tidal barrier after six-hour debate';

interface FakeWorkers {
  start: () => ImportWorker;
  started: number;
  terminated: number;
  /** Requests the workers received, by file name. */
  received: string[];
}

/** Workers that run answerImport, or hold a file forever, or crash on a named file. */
function fakeWorkers({ hold, crash }: { hold?: string; crash?: string } = {}): FakeWorkers {
  const workers: FakeWorkers = {
    started: 0,
    terminated: 0,
    received: [],
    start: () => {
      workers.started++;
      const worker: ImportWorker = {
        onmessage: null,
        onerror: null,
        terminate: () => void workers.terminated++,
        postMessage: (request: ImportRequest) => {
          workers.received.push(request.file.name);
          setTimeout(() => {
            const deliver = (data: unknown) => worker.onmessage?.({ data } as MessageEvent<never>);
            if (request.file.name === crash) {
              deliver({ id: request.id, kind: 'started' });
              worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
            } else if (request.file.name === hold) {
              deliver({ id: request.id, kind: 'started' });
            } else {
              void answerImport(request, deliver);
            }
          }, 0);
        },
      };
      return worker;
    },
  };
  return workers;
}

const article = (title: string) =>
  textFile(`${title}.txt`, `${title}\nThe first paragraph of an article about ${title}.`);

describe('importing files off the main thread', () => {
  it('imports each file in turn and reports which file it is reading', async () => {
    const workers = fakeWorkers();
    const progress: ImportProgress[] = [];
    const run = importOffThread(
      [fixtureFile('news-article.html'), fixtureFile('binary-renamed.txt'), article('Tides')],
      { startWorker: workers.start, onProgress: (p) => progress.push(p) },
    );
    const { outcomes, cancelled } = await run.finished;

    expect(cancelled).toBe(false);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const first = outcomes[0]!;
    expect(first.ok && first.article.title).toBe(NEWS_TITLE);
    expect(first.ok && first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const refused = outcomes[1]!;
    expect(!refused.ok && refused.error.code).toBe('binary');
    expect(!refused.ok && refused.error.message).toContain('binary-renamed.txt');
    expect(progress.filter((p) => p.current).map((p) => [p.current, p.done])).toEqual([
      ['news-article.html', 0],
      ['binary-renamed.txt', 1],
      ['Tides.txt', 2],
    ]);
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
    expect(workers.started).toBe(1);
    expect(workers.terminated).toBe(1);
  });

  it('cancel stops the worker, keeps whole files only and never reads the rest', async () => {
    const workers = fakeWorkers({ hold: 'huge.html' });
    const files = [article('Harbour'), textFile('huge.html', '<p>x</p>'), article('Ferries')];
    let reading = '';
    const run = importOffThread(files, {
      startWorker: workers.start,
      onProgress: (p) => (reading = p.current ?? reading),
    });
    for (let i = 0; i < 200 && reading !== 'huge.html'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(reading).toBe('huge.html');
    run.cancel();
    const { outcomes, cancelled } = await run.finished;

    expect(cancelled).toBe(true);
    expect(outcomes.map((o) => o.fileName)).toEqual(['Harbour.txt']);
    expect(workers.terminated).toBe(1);
    expect(workers.received).not.toContain('Ferries.txt');
    expect(cancelledMessage(outcomes.length, files.length)).toMatch(
      /after 1 file of 3; the other 2 files were not read\. Nothing was added to your library/,
    );
  });

  it('a worker that dies fails that file with a message, and a new worker reads the rest', async () => {
    const workers = fakeWorkers({ crash: 'enormous.html' });
    const run = importOffThread([textFile('enormous.html', '<p>x</p>'), article('Lighthouse')], {
      startWorker: workers.start,
    });
    const { outcomes } = await run.finished;

    const [crashed, next] = outcomes;
    expect(crashed?.ok).toBe(false);
    expect(!crashed?.ok && crashed?.error.message).toMatch(
      /stopped reading “enormous\.html”.*out of memory.*Nothing was changed/,
    );
    expect(next?.ok && next.article.title).toBe('Lighthouse');
    expect(workers.started).toBe(2);
  });

  it('without Web Workers every file says why it was not imported', async () => {
    const run = importOffThread([article('Quay')], {
      startWorker: () => {
        throw new Error('This browser cannot run background tasks (Web Workers)');
      },
    });
    const { outcomes } = await run.finished;
    expect(!outcomes[0]!.ok && outcomes[0]!.error.message).toMatch(
      /Quay\.txt.*Web Workers.*Nothing was changed/,
    );
  });
});
